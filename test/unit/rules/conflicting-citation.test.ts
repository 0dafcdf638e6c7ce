// conflicting-citation: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../../server/src/letter';
import { fixture, minimumFor } from '../../helpers/letters';
import { applyFix, check, reported, splice, real } from './inject';

test('conflicting-citation: a citation added after "did not cite any medical evidence", and the wrong party (fix)', () => {
  const n = check('conflicting-citation', real, (letter, text) => {
    const f = letter.items.map((i) => i.claimsAdministrator).find((x) => x?.citations.some((c) => c.kind === 'noEvidence'));
    if (!f) return undefined;
    return {
      text: splice(
        text,
        f.span.end,
        f.span.end,
        ' Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Topical analgesics.',
      ),
      at: f.span.start,
    };
  });
  const m = check(
    'conflicting-citation',
    real,
    (letter, text) => {
      const f = letter.items
        .map((i) => i.claimsAdministrator)
        .find((x) => x?.citations.some((c) => c.kind === 'noEvidence' || c.kind === 'outsideMtus'));
      const c = f?.citations.find((x) => x.kind === 'noEvidence' || x.kind === 'outsideMtus');
      if (!c) return undefined;
      const at = text.indexOf('Claims Administrator', c.span.start);
      return { text: splice(text, at, at + 'Claims Administrator'.length, 'Expert Reviewer'), at };
    },
    { fix: 'required', restores: true },
  );
  assert.ok(n >= minimumFor(40, real) && m >= minimumFor(80, real), `${n} ${m}`);
});

/** A letter of one item with the two guideline lines given (the reviewer is named earlier, in the qualifications). */
const letterWith = (ca: string, maximus: string): string =>
  `HOW THE IMR FINAL DETERMINATION WAS MADE\nThe Expert Reviewer is licensed in California.\nIMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on decisions for the disputed items/services set forth below:\nMRI of the lumbar spine: Upheld\nClaims Administrator guideline: ${ca}\nMAXIMUS guideline: ${maximus}\nDecision rationale: The request is not medically necessary.\n`;

interface Seen {
  readonly text: string;
  readonly message: string;
  readonly level: string;
  readonly fixes?: { title: string; safe?: boolean; edits: [string, string][] }[];
  readonly related?: [string, string][];
}
/** What the rule reports, with every span read back as the text it covers. */
function seen(text: string): Seen[] {
  return reported('conflicting-citation', text).map((p) => ({
    text: text.slice(p.span.start, p.span.end),
    message: p.message,
    level: p.level,
    ...(p.fixes
      ? {
          fixes: p.fixes.map((f) => ({
            title: f.title,
            safe: f.safe,
            edits: f.edits.map((e): [string, string] => [text.slice(e.span.start, e.span.end), e.newText]),
          })),
        }
      : {}),
    ...(p.related ? { related: p.related.map((r): [string, string] => [text.slice(r.span.start, r.span.end), r.message]) } : {}),
  }));
}

const CA_NONE = 'The Claims Administrator did not cite any medical evidence for its decision.';
const ER_NONE = 'The Expert Reviewer did not cite any medical evidence for its decision.';
const LOW_BACK = 'Decision based on MTUS Low Back Complaints 2004.';
// An MTUS citation's span ends before its period.
const ODG = 'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Low Back, MRIs.';

test('conflicting-citation: the wrong party on either line, its message, level and the fix that names the right one', () => {
  const outside = 'The Claims Administrator based its decision on recommendations outside of the MTUS.';
  assert.deepEqual(seen(letterWith(ER_NONE, outside)), [
    {
      text: ER_NONE,
      message:
        'The "Claims Administrator guideline:" line speaks for the Claims Administrator, but this sentence names the Expert Reviewer.',
      level: 'warning',
      fixes: [
        { title: 'Change "Expert Reviewer" to "Claims Administrator"', safe: true, edits: [['Expert Reviewer', 'Claims Administrator']] },
      ],
    },
    {
      text: outside,
      message: 'The "MAXIMUS guideline:" line speaks for the Expert Reviewer, but this sentence names the Claims Administrator.',
      level: 'warning',
      fixes: [
        { title: 'Change "Claims Administrator" to "Expert Reviewer"', safe: true, edits: [['Claims Administrator', 'Expert Reviewer']] },
      ],
    },
  ]);
  // The right party on each line: nothing.
  assert.deepEqual(seen(letterWith(CA_NONE, ER_NONE)), []);
  // Applied, the fixes leave the right party on each line and nothing to report.
  const text = letterWith(ER_NONE, outside);
  let fixed = text;
  for (const p of reported('conflicting-citation', text).reverse()) fixed = applyFix(fixed, p);
  assert.equal(fixed, letterWith(CA_NONE, outside.replace('Claims Administrator', 'Expert Reviewer')));
  assert.deepEqual(seen(fixed), []);
});

test('conflicting-citation: the fix replaces the party as written, across extra blanks, and the first "The <party>" in the sentence', () => {
  const [ca, mx] = seen(
    letterWith(
      'The  Expert \n Reviewer did not cite any medical evidence for its decision.',
      'The Claims  Administrator did not cite any medical evidence for its decision.',
    ),
  );
  assert.deepEqual(ca.fixes?.[0].edits, [[' Expert \n Reviewer', 'Claims Administrator']]);
  assert.deepEqual(mx.fixes?.[0].edits, [['Claims  Administrator', 'Expert Reviewer']]);
  // "the" in lower case opens the sentence: the party it names is replaced there, in whatever case it is written.
  const text = letterWith(
    'the Expert Reviewer did not cite any medical evidence for its decision, as The Expert Reviewer wrote.',
    LOW_BACK,
  );
  const [p] = reported('conflicting-citation', text);
  const edit = p.fixes?.[0].edits[0];
  assert.ok(edit);
  assert.equal(edit.span.start, text.indexOf('Expert Reviewer did'));
  assert.equal(text.slice(edit.span.start, edit.span.end), 'Expert Reviewer');
});

test('conflicting-citation: the fix renames the party the sentence names, in any case, and not another party named after it', () => {
  for (const [maximus, written] of [
    ['The Claims administrator based its decision on recommendations outside of the MTUS.', 'Claims administrator'],
    ['The claims administrator did not cite any medical evidence for its decision.', 'claims administrator'],
  ]) {
    const got = seen(letterWith(CA_NONE, maximus));
    assert.deepEqual(
      got.map((s) => [s.text, s.fixes?.map((f) => [f.title, f.edits, f.safe])]),
      [[maximus, [['Change "Claims Administrator" to "Expert Reviewer"', [[written, 'Expert Reviewer']], true]]]],
      maximus,
    );
  }
  // The sentence names the Expert Reviewer in capitals, and then the Claims Administrator (the line's own party):
  // the fix renames the Expert Reviewer; the Claims Administrator named later stays as written.
  const shouting = 'THE EXPERT REVIEWER did not cite any medical evidence for its decision, unlike The Claims Administrator.';
  const got = seen(letterWith(shouting, LOW_BACK));
  assert.deepEqual(
    got.map((s) => [s.text, s.message, s.fixes?.map((f) => f.edits)]),
    [
      [
        shouting,
        'The "Claims Administrator guideline:" line speaks for the Claims Administrator, but this sentence names the Expert Reviewer.',
        [[['EXPERT REVIEWER', 'Claims Administrator']]],
      ],
    ],
  );
  const fixed = applyFix(letterWith(shouting, LOW_BACK), reported('conflicting-citation', letterWith(shouting, LOW_BACK))[0]);
  assert.deepEqual(reported('conflicting-citation', fixed), []);
  assert.ok(
    fixed.includes('THE Claims Administrator did not cite any medical evidence for its decision, unlike The Claims Administrator.'),
  );
});

test('conflicting-citation: "did not cite" and a citation on one line, with each citation as a related place', () => {
  assert.deepEqual(seen(letterWith(LOW_BACK, `${ER_NONE} ${LOW_BACK}`)), [
    {
      text: ER_NONE,
      message: '"MAXIMUS guideline:" says no medical evidence was cited, yet cites a guideline.',
      level: 'warning',
      related: [[LOW_BACK.slice(0, -1), 'Citation']],
    },
  ]);
  assert.deepEqual(seen(letterWith(`${CA_NONE} ${ODG}`, LOW_BACK)), [
    {
      text: CA_NONE,
      message: '"Claims Administrator guideline:" says no medical evidence was cited, yet cites a guideline.',
      level: 'warning',
      related: [[ODG, 'Citation']],
    },
  ]);
  assert.deepEqual(seen(letterWith(LOW_BACK, `${ER_NONE} ${LOW_BACK} ${ODG}`)), [
    {
      text: ER_NONE,
      message: '"MAXIMUS guideline:" says no medical evidence was cited, yet cites 2 guidelines.',
      level: 'warning',
      related: [
        [LOW_BACK.slice(0, -1), 'Citation'],
        [ODG, 'Citation'],
      ],
    },
  ]);
});

test('conflicting-citation: a citation that names nothing, or no known kind, does not conflict with "did not cite"', () => {
  for (const rest of [
    'Decision based on MTUS.',
    'Decision based on Non-MTUS Citation.',
    'Decision based on MTUS. Decision based on Non-MTUS Citation.',
    'Decision based on clinical judgment.',
  ]) {
    const text = letterWith(LOW_BACK, `${ER_NONE} ${rest}`);
    assert.ok(
      parseLetter(text).items[0].maximus?.citations.some((c) => c.kind === 'noEvidence'),
      rest,
    );
    assert.deepEqual(seen(text), [], rest);
  }
});

test('conflicting-citation: a MEDICAL PROFESSIONAL REVIEW letter (format 3) has no party lines, so no party is wrong', () => {
  const text = fixture('written/format3.imr').replace(
    /Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Epidural steroid injections\n\(ESIs\) Page\(s\): 46\./,
    CA_NONE,
  );
  const letter = parseLetter(text);
  assert.equal(letter.format, 'format3');
  assert.deepEqual(
    letter.items[0].maximus?.citations.map((c) => [c.kind, c.kind === 'noEvidence' ? c.party : '']),
    [['noEvidence', 'Claims Administrator']],
  );
  assert.deepEqual(seen(text), []);
});
