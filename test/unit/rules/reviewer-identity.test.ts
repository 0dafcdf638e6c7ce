// reviewer-identity: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimumFor } from '../../helpers/letters';
import { RULES } from '../../../server/src/rules';
import type { Problem } from '../../../server/src/rules';
import { parseLetter } from '../../../server/src/letter';
import { check, splice, real, oneItemLetter, reported } from './inject';

const PHYSICIAN = "a physician's name";
const DEGREE = 'a name with a professional degree';
const LICENCE = 'a licence number';
const NPI = 'an NPI number';
const SIGNATURE = 'a signature';
const BLOCK = 'a signature block';
const REVIEWER = "the reviewer's name";

/** What the rule reports in `text`: each finding's text (the text at its span) and what it says it is. */
function identities(text: string): [string, string | undefined][] {
  return reported('reviewer-identity', text).map((p) => [
    text.slice(p.span.start, p.span.end),
    / is (.*?): the expert reviewer must stay anonymous/.exec(p.message)?.[1],
  ]);
}
/** `lines` before the decisions (outside the items), and at the end of the one item's rationale. */
const before = (lines: string): string => `HOW THE IMR FINAL DETERMINATION WAS MADE\n${lines}\n${oneItemLetter('Norco 10/325mg #120')}`;
const inItem = (lines: string): string => `${oneItemLetter('Norco 10/325mg #120')}${lines}\n`;

const CASES: readonly [string, [string, string][]][] = [
  // A titled name, with every spacing, initial and degree it may carry.
  ['Dr. John Smith, MD', [['Dr. John Smith, MD', PHYSICIAN]]],
  ['seen by Dr  John  Q.  Smith today', [['Dr  John  Q.  Smith', PHYSICIAN]]],
  ['Dr.  Smith,  M. D. agreed', [['Dr.  Smith,  M. D.', PHYSICIAN]]],
  ['Dr. Smith, D.O. agreed', [['Dr. Smith, D.O.', PHYSICIAN]]],
  ['Dr. Smith, D. C. agreed', [['Dr. Smith, D. C.', PHYSICIAN]]],
  ['Dr. Smith, Ph.D. agreed', [['Dr. Smith, Ph.D.', PHYSICIAN]]],
  ['Dr. Smith, PA-C agreed', [['Dr. Smith, PA-C', PHYSICIAN]]],
  ["Dr. O'Brien-Smith agreed", [["Dr. O'Brien-Smith", PHYSICIAN]]],
  // A degree run into another (MD/PhD) or into a word is left out of the name.
  ['Dr. Smith, MD/PhD agreed', [['Dr. Smith', PHYSICIAN]]],
  ['Dr. Smith, MD / PhD agreed', [['Dr. Smith', PHYSICIAN]]],
  ['Dr. Smith, MDX agreed', [['Dr. Smith', PHYSICIAN]]],
  ['ADr. Smith', []],
  ['Dr. smith', []],
  ['Dr.Smith', []],
  // A name with a degree.
  ['Jane  Q.  Doe,  MD agreed', [['Jane  Q.  Doe,  MD', DEGREE]]],
  ['Jane Doe MD agreed', [['Jane Doe MD', DEGREE]]],
  ['Jane Doe, M.D. agreed', [['Jane Doe, M.D.', DEGREE]]],
  ['Jane Doe, D. O. agreed', [['Jane Doe, D. O.', DEGREE]]],
  ['Jane Doe, PhD agreed', [['Jane Doe, PhD', DEGREE]]],
  ["Mary O'Neil-Park, NP agreed", [["Mary O'Neil-Park, NP", DEGREE]]],
  ['Jane Doe, MD/PhD agreed', []],
  ['aJane Doe, MD agreed', []],
  ['Jane Doe, MDX agreed', []],
  ['JANE Doe, MD agreed', []],
  // Licence numbers: a label and three digits (up to three letters before them), or "License" and four digits after one or two letters.
  ['Medical  License No.: CA-123 on file', [['Medical  License No.: CA-123', LICENCE]]],
  ['Lic.#123 on file', [['Lic.#123', LICENCE]]],
  ['license number 1234 on file', [['license number 1234', LICENCE]]],
  ['LICENCE NUM. 555 on file', [['LICENCE NUM. 555', LICENCE]]],
  ['License No. ABC123 on file', [['License No. ABC123', LICENCE]]],
  ['License GH-1234 on file', [['License GH-1234', LICENCE]]],
  ['Licence G1234 on file', [['Licence G1234', LICENCE]]],
  ['License No. ABCD123 on file', []],
  ['License GHI1234 on file', []],
  ['XLicense No. 123 on file', []],
  ['State(s) of Licensure: California', []],
  // NPI numbers: six digits or more, with or without a label.
  ['NPI 123456 on file', [['NPI 123456', NPI]]],
  ['NPI No. 1234567 on file', [['NPI No. 1234567', NPI]]],
  ['NPI No 123456 on file', [['NPI No 123456', NPI]]],
  ['NPI#123456 on file', [['NPI#123456', NPI]]],
  ['NPI Number:  1234567 on file', [['NPI Number:  1234567', NPI]]],
  ['NPI: 12345 on file', []],
  ['XNPI 123456 on file', []],
  ['npi 123456 on file', []],
  // Signatures run to the end of their line (trailing spaces and punctuation left out).
  ['Electronically  signed  by: Jane Doe', [['Electronically  signed  by: Jane Doe', SIGNATURE]]],
  ['Signed by Jane;  ', [['Signed by Jane', SIGNATURE]]],
  ['signed by:Jane', [['signed by:Jane', SIGNATURE]]],
  ['Signature : ___', [['Signature : ___', SIGNATURE]]],
  ['/s/Jane Doe', [['/s/Jane Doe', SIGNATURE]]],
  ['/s/  Jane Doe', [['/s/  Jane Doe', SIGNATURE]]],
  ['The brace was designed by Acme.', []],
  ['Signed byline', []],
  ['Signature on file', []],
  ['Sincerely, yours', [['Sincerely, yours', BLOCK]]],
  ['Sincerely yours', [['Sincerely yours', BLOCK]]],
  ['Sincerely,', [['Sincerely', BLOCK]]],
  ['ASincerely yours', []],
  ['sincerely yours', []],
  // The reviewer named as such.
  ["Expert  Reviewer's  name : X", [["Expert  Reviewer's  name : X", REVIEWER]]],
  ['Reviewer name: X', [['Reviewer name: X', REVIEWER]]],
  ['Reviewed  by:  Paul', [['Reviewed  by:  Paul', REVIEWER]]],
  ['Reviewed by Paul Adams', [['Reviewed by Paul Adams', REVIEWER]]],
  ['Expert Reviewer:Paul Adams', [['Expert Reviewer:Paul Adams', REVIEWER]]],
  ['Reviewer : Paul  Adams', [['Reviewer : Paul  Adams', REVIEWER]]],
  ['Reviewed by paul', []],
  ['Reviewed byPaul', []],
  ['XReviewed by Paul', []],
  ['Reviewer: Paul adams', []],
  ['Reviewer: paul Adams', []],
  ['Reviewer name withheld', []],
  // Several on a line, in text order; overlapping or touching ones are one finding named by the one that starts first (the longer on a tie).
  [
    'Jane Doe, MD and Dr. Smith.',
    [
      ['Jane Doe, MD', DEGREE],
      ['Dr. Smith', PHYSICIAN],
    ],
  ],
  ['Sincerely Jane, MD, Los Angeles', [['Sincerely Jane, MD, Los Angeles', BLOCK]]],
  ['Sincerely, Dr. John Smith, MD;', [['Sincerely, Dr. John Smith, MD', BLOCK]]],
  ['Dr. Smith/s/ X', [['Dr. Smith/s/ X', PHYSICIAN]]],
  // Across lines: a match may start on the line before its anchor and end on the line after.
  [
    'Seen by Dr. Smith.\nDr.\nJones',
    [
      ['Dr. Smith', PHYSICIAN],
      ['Dr.\nJones', PHYSICIAN],
    ],
  ],
  [
    'Dr. Smith agreed.\nSo did Dr.\nJones.',
    [
      ['Dr. Smith', PHYSICIAN],
      ['Dr.\nJones', PHYSICIAN],
    ],
  ],
  ['Jane\nDoe, MD agreed', [['Jane\nDoe, MD', DEGREE]]],
  ['Expert\nReviewer: Paul Adams', [['Expert\nReviewer: Paul Adams', REVIEWER]]],
  // Two anchors whose lines overlap are read as one stretch, so a match may run over both (an initial "D." and "MD").
  ['Jane\nD.\nDoe,\nMD', [['Jane\nD.\nDoe,\nMD', DEGREE]]],
  // Stretches that do not overlap are read apart: a name is read no further than the line after its anchor.
  [
    'Dr. Adams agreed.\nx\nx\nx\nDr.\nJohn\nQ.\nSmith',
    [
      ['Dr. Adams', PHYSICIAN],
      ['Dr.\nJohn', PHYSICIAN],
    ],
  ],
  // Nor from further back than the line before its anchor: the lines between two stretches are not read.
  ['Vitamin D. was low.\nx\nx\nJane\nQ.\nDoe, MD', []],
  [
    'Jane Doe, MD\nwas\nnot\nconsulted;\nJohn Roe, M.D. was',
    [
      ['Jane Doe, MD', DEGREE],
      ['John Roe, M.D.', DEGREE],
    ],
  ],
];

test('reviewer-identity: what each kind of identifying text covers, outside the items and inside one', () => {
  const wrong: string[] = [];
  for (const [line, expected] of CASES) {
    for (const [where, text] of [
      ['before the decisions', before(line)],
      ['in an item', inItem(line)],
    ]) {
      const got = identities(text);
      if (JSON.stringify(got) !== JSON.stringify(expected)) wrong.push(`${where}: ${JSON.stringify(line)} gave ${JSON.stringify(got)}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('reviewer-identity: the message says what was found and why; the fix deletes exactly it', () => {
  const text = before('The reviewer, Dr. John Smith, MD, agreed.');
  const [p, ...more] = reported('reviewer-identity', text);
  assert.deepEqual(more, []);
  assert.equal(p.level, 'warning');
  assert.equal(
    p.message,
    `"Dr. John Smith, MD" is a physician's name: the expert reviewer must stay anonymous (Labor Code 4610.6), so the letter names no one and carries no signature or licence number.`,
  );
  assert.deepEqual(
    p.fixes?.map((f) => [f.title, f.edits.map((e) => [text.slice(e.span.start, e.span.end), e.newText])]),
    [['Delete "Dr. John Smith, MD"', [['Dr. John Smith, MD', '']]]],
  );
});

/** Two items; `first` and `second` are their headers, `prelude` comes before the decisions, `end` ends the first item. */
const twoItems = (prelude: string, first: string, end: string, second: string): string =>
  `HOW THE IMR FINAL DETERMINATION WAS MADE\n${prelude}\nIMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on decisions for the disputed items/services set forth below:\n${first}: Upheld\nClaims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids.\nDecision rationale: The request is not medically necessary.\n${end}\n\n${second}: Upheld\nClaims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids.\nDecision rationale: The request is not medically necessary.\nSincerely yours`;

test('reviewer-identity: each finding is reported once, by the item or the text around it, up to the last character of the letter', () => {
  const text = twoItems('Reviewed by Paul Adams', 'Dr. Adams consult', 'Dr. Smith agreed.', 'Dr. Jones consult');
  assert.equal(parseLetter(text).items.length, 2);
  assert.deepEqual(identities(text), [
    ['Reviewed by Paul Adams', REVIEWER],
    ['Dr. Adams', PHYSICIAN],
    ['Dr. Smith', PHYSICIAN],
    ['Dr. Jones', PHYSICIAN],
    ['Sincerely yours', BLOCK],
  ]);
  // The whole-letter check finds the same as the item and outside checks the linter runs.
  const rule = RULES.find((r) => r.name === 'reviewer-identity')!;
  const all: Problem[] = [];
  rule.check!(parseLetter(text), (p) => all.push(p as Problem));
  assert.deepEqual(all.map((p) => text.slice(p.span.start, p.span.end)).sort(), [
    'Dr. Adams',
    'Dr. Jones',
    'Dr. Smith',
    'Reviewed by Paul Adams',
    'Sincerely yours',
  ]);
  // An item's header right after the line that ends the item before: each is reported by its own item only.
  const adjacent = twoItems('The reviewer is licensed.', 'Norco 10/325mg #120', 'Dr. Smith agreed.', 'Dr. Jones consult').replace(
    'Dr. Smith agreed.\n\n',
    'Dr. Smith agreed.\n',
  );
  assert.equal(parseLetter(adjacent).items.length, 2);
  assert.deepEqual(identities(adjacent), [
    ['Dr. Smith', PHYSICIAN],
    ['Dr. Jones', PHYSICIAN],
    ['Sincerely yours', BLOCK],
  ]);
  // A name on the letter's first line.
  assert.deepEqual(identities(`Dr. Smith reviewed the file.\n${oneItemLetter('Norco 10/325mg #120')}`), [['Dr. Smith', PHYSICIAN]]);
  // A letter with no items is all outside text.
  assert.deepEqual(identities('HOW THE IMR FINAL DETERMINATION WAS MADE\nDr. Smith and Dr. Jones'), [
    ['Dr. Smith', PHYSICIAN],
    ['Dr. Jones', PHYSICIAN],
  ]);
});

test('reviewer-identity: a name, a degree, a licence number or a signature inserted (fix deletes it)', () => {
  const inserts = [
    'Dr. John Smith, MD',
    'Jane Doe, M.D.',
    'License No. A12345',
    'Sincerely, Robert Brown',
    'NPI: 1234567890',
    'Reviewed by: Mary Major',
    'License: G54321',
    'Expert Reviewer: Paul Adams',
    'Electronically signed by P. Adams',
  ];
  let n = 0;
  inserts.forEach((ins, k) => {
    n += check(
      'reviewer-identity',
      real,
      (letter, text) => {
        // Alternate places: the reviewer's credentials, the case summary, the end of the letter.
        const where =
          k % 3 === 0
            ? letter.sections.find((s) => s.kind === 'determination')?.bodySpan.end
            : k % 3 === 1
              ? letter.sections.find((s) => s.kind === 'caseSummary')?.bodySpan.end
              : text.length;
        if (where === undefined) return undefined;
        return { text: splice(text, where, where, `\n${ins}\n`), at: where + 1 };
      },
      { fix: 'required' },
    );
  });
  assert.ok(n >= minimumFor(2600, real), `${n}`);
});

test('reviewer-identity: a licence number needs three digits after a label (four without one), an NPI six', () => {
  const fires = (line: string): number => reported('reviewer-identity', `${oneItemLetter('Norco 10/325mg #120')}\n${line}\n`).length;
  for (const named of ['License No. A123', 'License: 123', 'License G1234', 'NPI: 123456', 'Lic. # 555'])
    assert.equal(fires(named), 1, named);
  for (const notNamed of ['License No. A12', 'License: 12', 'License G123', 'NPI: 12345', 'The licensing board reviewed 12 cases.'])
    assert.equal(fires(notNamed), 0, notNamed);
});

test('reviewer-identity: a name may wrap onto the next line, but not into a heading or a field label that starts it', () => {
  // Before the decisions heading: the name, not the heading's first word; its fix leaves the heading whole.
  const heading = `HOW THE IMR FINAL DETERMINATION WAS MADE\nThe case was reviewed with Dr. Smith\n${oneItemLetter('Norco 10/325mg #120')}`;
  assert.deepEqual(identities(heading), [['Dr. Smith', PHYSICIAN]]);
  const [p] = reported('reviewer-identity', heading);
  const fixed = heading.slice(0, p.fixes![0].edits[0].span.start) + heading.slice(p.fixes![0].edits[0].span.end);
  assert.ok(fixed.includes('\nIMR ISSUES, DECISIONS AND RATIONALES\n'));
  // "Dr." alone before a heading names no one.
  assert.deepEqual(identities(`HOW THE IMR FINAL DETERMINATION WAS MADE\nSeen by Dr.\n${oneItemLetter('Norco 10/325mg #120')}`), []);
  // In an item: not into the label of the next field.
  const label = oneItemLetter('Norco 10/325mg #120').replace(
    'Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment.',
    'Claims Administrator guideline: Decision based on the opinion of Dr. Jones',
  );
  assert.deepEqual(identities(label), [['Dr. Jones', PHYSICIAN]]);
  // A line break inside the name itself is crossed; so is one before its degree.
  assert.deepEqual(identities(before('Seen by Dr. John\nSmith today.')), [['Dr. John\nSmith', PHYSICIAN]]);
  assert.deepEqual(identities(before('Seen by Dr. Smith\nD.O. today.')), [['Dr. Smith\nD.O.', PHYSICIAN]]);
});

test('reviewer-identity: a degree without a comma is not taken for a middle initial', () => {
  for (const degree of ['D.O.', 'D. O.', 'M.D.', 'D.C.', 'Ph.D.'])
    assert.deepEqual(identities(before(`Seen by Dr. Smith ${degree} today.`)), [[`Dr. Smith ${degree}`, PHYSICIAN]], degree);
  assert.deepEqual(identities(before('Seen by Dr. John A. Smith today.')), [['Dr. John A. Smith', PHYSICIAN]]);
});
