// Completion on small letters written for each behaviour: chapters ranked by the item (cited chapters first,
// then the request's body region and treatment), every section real letters cite, ODG chapters in the form
// letters write, the 2014 wording, and a conclusion sentence only where a rationale concludes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem } from 'vscode-languageserver-types';
import { parseLetter } from '../../server/src/letter';
import { completions } from '../../server/src/features/completion';
import { choicesAtEnd, DECISIONS_HEAD as HEAD } from '../helpers/completion';
import { drafts, WRITTEN } from '../helpers/golden';

/** The choices at the end of `text`, in the order the editor shows them. */
const at = (text: string, invoked = false): CompletionItem[] => choicesAtEnd(text, invoked).items;
const top = (items: CompletionItem[], n = 3): string[] => items.slice(0, n).map((c) => c.label);

test('chapters: an acupuncture item offers Acupuncture Treatment first; a knee MRI offers Knee Complaints first', () => {
  const acu = at(`${HEAD}Acupuncture 2 times a week for 3 weeks: Upheld\nClaims Administrator guideline: Decision based on MTUS `);
  assert.equal(acu[0].label, 'Acupuncture Treatment 2007');
  const knee = at(`${HEAD}MRI of the left knee without contrast: Upheld\nClaims Administrator guideline: Decision based on MTUS `);
  assert.equal(knee[0].label, 'Knee Complaints 2004');
  // A drug with no body region: the Chronic Pain guideline first; an opioid brings the Opioid guideline.
  assert.equal(
    at(`${HEAD}Cyclobenzaprine 7.5mg #60: Upheld\nClaims Administrator guideline: Decision based on MTUS `)[0].label,
    'Chronic Pain Medical Treatment 2016',
  );
  assert.ok(
    top(at(`${HEAD}Norco 10/325mg #90: Upheld\nClaims Administrator guideline: Decision based on MTUS `)).includes('Opioid Treatment 2016'),
  );
});

test('chapters: the chapter the Claims Administrator cited for this item comes first on the MAXIMUS line', () => {
  const text = `${HEAD}MRI of the left knee: Upheld\nClaims Administrator guideline: Decision based on MTUS Elbow Complaints 2007.\nMAXIMUS guideline: Decision based on MTUS `;
  const items = at(text);
  assert.equal(items[0].label, 'Elbow Complaints 2007');
  assert.match(String(items[0].documentation ?? ''), /Cited for this item/);
  assert.equal(items[1].label, 'Knee Complaints 2004');
  // A chapter cited earlier on the same line is not offered first again: the line's next citation is another.
  const second = at(
    `${HEAD}MRI of the left knee: Upheld\nClaims Administrator guideline: Decision based on MTUS Knee Complaints 2004. Decision based on MTUS `,
  );
  assert.notEqual(second[0].label, 'Knee Complaints 2004');
});

test('chapters: the 2014 wording without a year is offered, first in a letter that cites that way', () => {
  const fresh = at(`${HEAD}Xanax 0.5mg #60: Upheld\nClaims Administrator guideline: Decision based on MTUS `);
  assert.ok(
    fresh.some((c) => c.label === 'Chronic Pain Treatment Guidelines'),
    'the yearless label is offered',
  );
  const older = at(
    `${HEAD}Xanax 0.5mg #60: Upheld\nClaims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Benzodiazepines Page(s): 24.\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 24.\nDecision rationale: Not recommended. Therefore, the request is not medically necessary.\nSoma 350mg #30: Upheld\nClaims Administrator guideline: Decision based on MTUS `,
  );
  assert.equal(older[0].label, 'Chronic Pain Treatment Guidelines');
  // The chapter being typed, a space after it or not, is not one the letter cites without a year.
  for (const typed of ['Chronic', 'Chronic ', 'Chronic  '])
    assert.deepEqual(
      at(`${HEAD}Xanax 0.5mg #60: Upheld\nClaims Administrator guideline: Decision based on MTUS ${typed}`)
        .map((c) => c.label)
        .filter((l) => !/^Chronic Pain/.test(l)),
      [],
      JSON.stringify(typed),
    );
  // The yearless label is followed by its topic, not by "Section(s):"; then the topics with their pages.
  const edit = older[0].textEdit;
  assert.ok(edit && 'newText' in edit && !edit.newText.includes('Section(s)'));
  const pages = at(
    `${HEAD}Xanax 0.5mg #60: Upheld\nClaims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines `,
  );
  assert.match(pages[0].label, /^Benzodiazepines Page\(s\): \d/);
  const soma = at(
    `${HEAD}Soma 350mg #30: Upheld\nClaims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Carisop`,
  );
  assert.ok(soma.length > 0 && soma.every((c) => c.label.toLowerCase().startsWith('carisop')), soma.map((c) => c.label).join(' | '));
  assert.deepEqual(
    at(
      `${HEAD}Xanax 0.5mg #60: Upheld\nClaims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Benzodiazepines Page(s): `,
    ),
    [],
  );
});

test('sections: every section real letters cite for the chapter, ranked by the request and what the item cited', () => {
  const text = `${HEAD}MRI of the lumbar spine: Upheld\nClaims Administrator guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): `;
  const labels = at(text).map((c) => c.label);
  // Cited in real letters only in lists ("Diagnostic Criteria, Special Studies"), still a section of its own.
  assert.ok(labels.includes('Diagnostic Criteria'));
  assert.ok(!labels.some((l) => l.includes(', ')), 'no list of sections offered as one section');
  assert.deepEqual(top(at(text), 2).sort(), ['Diagnostic Criteria', 'Special Studies']);
  // On the MAXIMUS line, the sections the Claims Administrator cited for that chapter lead.
  const mx = at(
    `${HEAD}MRI of the lumbar spine: Upheld\nClaims Administrator guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Physical Methods.\nMAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): `,
  );
  assert.equal(mx[0].label, 'Physical Methods');
  // A section already in the list being written is not offered again.
  const next = at(
    `${HEAD}MRI of the lumbar spine: Upheld\nClaims Administrator guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies, `,
  );
  assert.ok(!next.some((c) => c.label === 'Special Studies'));
  // The section named with the request's drug first, then its class.
  assert.deepEqual(
    top(
      at(
        `${HEAD}Cyclobenzaprine 7.5mg #60: Upheld\nClaims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): `,
      ),
      2,
    ),
    ['Cyclobenzaprine (Flexeril)', 'Muscle relaxants (for pain)'],
  );
  assert.equal(
    at(
      `${HEAD}Neurontin 600mg #90: Upheld\nClaims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): `,
    )[0].label,
    'Gabapentin (Neurontin)',
  );
});

test("Non-MTUS: ODG chapters in the form letters write, the item's region first", () => {
  const knee = at(`${HEAD}MRI of the right knee: Upheld\nClaims Administrator guideline: Decision based on Non-MTUS Citation `);
  assert.equal(knee[0].label, 'Official Disability Guidelines (ODG), Knee & Leg Chapter');
  const drug = at(`${HEAD}Tramadol 50mg #60: Upheld\nClaims Administrator guideline: Decision based on Non-MTUS Citation `);
  assert.equal(drug[0].label, 'Official Disability Guidelines (ODG), Pain Chapter');
  // A citation that wraps "Decision based\\non Non-MTUS Citation" still gets its chapters.
  assert.ok(
    at(`${HEAD}MRI of the lumbar spine: Upheld\nClaims Administrator guideline: Decision based\non Non-MTUS Citation `)[0].label.endsWith(
      'Low Back Chapter',
    ),
  );
  // Once the writer goes on with words of their own, no popup of chapters.
  assert.deepEqual(
    at(
      `${HEAD}MRI of the lumbar spine: Upheld\nClaims Administrator guideline: Decision based on Non-MTUS Citation Harris J. Occupational `,
    ),
    [],
  );
});

const RATIONALE = `${HEAD}Norco 10/325mg #90: Upheld\nClaims Administrator guideline: Decision based on MTUS Opioid Treatment 2016.\nMAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016.\nDecision rationale: The guideline recommends weaning.`;

test('conclusion: offered after "Therefore," or "As such," and when asked, not at every sentence start', () => {
  assert.deepEqual(at(`${RATIONALE} `), [], 'a typed space at a sentence start opens nothing');
  const asked = at(`${RATIONALE} `, true);
  assert.equal(asked[0].label, 'Therefore, the request for Norco 10/325mg #90 is not medically necessary.');
  const therefore = at(`${RATIONALE} Therefore, `);
  assert.equal(
    therefore[0].label,
    'the request for Norco 10/325mg #90 is not medically necessary.',
    'the conclusion that agrees with Upheld first',
  );
  assert.equal(at(`${RATIONALE} As such, the req`)[0].label, 'the request for Norco 10/325mg #90 is not medically necessary.');
  assert.deepEqual(at(`${RATIONALE} Therefore, a trial `), [], 'a "Therefore," sentence that is not the conclusion closes the popup');
  const overturned = at(RATIONALE.replace(': Upheld', ': Overturned') + ' Therefore, ');
  assert.equal(overturned[0].label, 'the request for Norco 10/325mg #90 is medically necessary.');
});

test('outcome words only after an item header, never after a colon in a rationale', () => {
  assert.deepEqual(top(at(`${HEAD}Norco 10/325mg #90: `), 2), ['Upheld', 'Overturned']);
  assert.deepEqual(at(`${RATIONALE} The criteria are as follows: `), []);
});

test('bad input: empty, binary and a cursor past the end give a list, never a throw', () => {
  assert.deepEqual(at(''), at(''));
  assert.ok(Array.isArray(at('\u0000\u0001\uffff Decision based on MTUS ')));
  const letter = parseLetter(`${HEAD}X: `);
  assert.ok(Array.isArray(completions(letter, { line: 9999, character: 9999 }).items));
});

test('words parted by two spaces instead of one get the same choices, wherever completion offers any in the hand-written letters', () => {
  let compared = 0;
  for (const w of WRITTEN) {
    const states = [...w.text].flatMap((ch, i) => (ch === ' ' || ch === ':' ? [w.text.slice(0, i + 1)] : []));
    for (const s of [...states, ...drafts(w.text)])
      for (const invoked of [false, true]) {
        const once = choicesAtEnd(s, invoked).items.map((c) => c.label);
        if (!once.length) continue;
        // The last 300 characters (the line being written and those before it) with every single space doubled.
        const from = Math.max(0, s.length - 300);
        const twice = s.slice(0, from) + s.slice(from).replace(/(\S) (?=\S)/g, '$1  ');
        assert.deepEqual(
          choicesAtEnd(twice, invoked).items.map((c) => c.label),
          once,
          `${w.id}: ${JSON.stringify(s.slice(-60))}`,
        );
        compared++;
      }
  }
  assert.ok(compared > 400, `${compared} places compared`);
});

test('outcome words: where they are offered after an item header, and what they insert', () => {
  /** The outcome choices at the end of `text`, what the first inserts and from which character of its line. */
  const outcome = (text: string): string | undefined => {
    const items = at(text, true).filter((c) => c.label === 'Upheld' || c.label === 'Overturned');
    if (!items.length) return undefined;
    const e = items[0].textEdit as { range: { start: { character: number } }; newText: string };
    return `${items.map((c) => c.label).join('|')} ${e.range.start.character} ${JSON.stringify(e.newText)}`;
  };
  const cases: [string, string | undefined][] = [
    // Right after the colon: a space goes in first; after a space or a tab, the word alone.
    ['Norco 10/325mg #90:', 'Upheld|Overturned 19 " Upheld"'],
    ['Norco 10/325mg #90: ', 'Upheld|Overturned 20 "Upheld"'],
    ['Norco 10/325mg #90:\t', 'Upheld|Overturned 20 "Upheld"'],
    ['Norco 10/325mg #90:\u00a0', 'Upheld|Overturned 20 "Upheld"'],
    ['Norco 10/325mg #90:  Up', 'Upheld 21 "Upheld"'],
    ['Norco 10/325mg #90: Ov', 'Overturned 20 "Overturned"'],
    // A colon alone, or after one character, heads no item.
    [': ', undefined],
    ['X: ', 'Upheld|Overturned 3 "Upheld"'],
    [' : ', undefined],
    // A header wrapped, its outcome on the next line: after a line ending in a colon, within three lines.
    ['Physical therapy for the\nlumbar spine:\n', 'Upheld|Overturned 0 "Upheld"'],
    ['Physical therapy for the\nlumbar spine:\nUp', 'Upheld 0 "Upheld"'],
    ['Physical therapy for the\nlumbar spine:\n\n\n', 'Upheld|Overturned 0 "Upheld"'],
    ['Physical therapy for the\nlumbar spine:\n\n\n\n', undefined],
    ['Physical therapy for the\n:\n', undefined],
    ['Norco: Upheld\nDecision rationale:\n', undefined],
    ['Norco: Upheld\nClaims Administrator guideline:\n', undefined],
    ['Physical therapy:\n  Up', 'Upheld 2 "Upheld"'],
    // Never on a field, header or Section(s) line.
    ['Norco: Upheld\nDecision rationale: ', undefined],
    ['Norco: Upheld\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): ', undefined],
    ['Norco: Upheld\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Sections: ', undefined],
    // The next item's header, typed on a line after the rationale's conclusion (read as the rationale's until its
    // outcome is there); a colon in a rationale not yet concluded, or on the conclusion's own line, heads nothing.
    ['Norco: Upheld\nDecision rationale: The request is not medically necessary.\nTramadol 50mg #60: ', 'Upheld|Overturned 19 "Upheld"'],
    ['Norco: Upheld\nDecision rationale: The request is not medically necessary.\n2. Tramadol 50mg #60:', 'Upheld|Overturned 21 " Upheld"'],
    ['Norco: Upheld\nDecision rationale: The records show:\nTramadol 50mg #60: ', undefined],
    ['Norco: Upheld\nDecision rationale: The request is not medically necessary. Criteria: ', undefined],
  ];
  for (const [tail, want] of cases) assert.equal(outcome(`${HEAD}${tail}`), want, JSON.stringify(tail));
  // The sentence opening the decisions ends in a colon but heads no item: nothing on the line after it or on it.
  assert.equal(outcome(HEAD), undefined);
  assert.equal(outcome(`${HEAD}\n`), undefined);
  const opening = HEAD.slice(HEAD.indexOf('The Final Determination'));
  assert.equal(outcome(`${HEAD.slice(0, HEAD.indexOf('The Final Determination'))}${opening.trimEnd()} `), undefined);
  // Before the decisions heading, none; in a draft without it, only from its first item on.
  assert.equal(outcome('Case Number: CM16-0213037\nPriority: '), undefined);
  assert.equal(outcome('HOW THE IMR FINAL DETERMINATION WAS MADE\nNorco 10/325mg #90: '), undefined);
  const draft =
    'Case Number: CM16-0213037\n\nNorco 10/325mg #90: Upheld\nDecision rationale: The request is not medically necessary.\nTramadol 50mg #60: ';
  assert.equal(outcome(draft), 'Upheld|Overturned 19 "Upheld"');
  assert.equal(outcome('Norco 10/325mg #90: '), undefined, 'no item yet, no heading: not an item header');
});

test('conclusion: offered while the request is typed out, digits, slashes and signs included; not once the sentence is finished', () => {
  const rationale = `${HEAD}Norco 10/325mg #90: Upheld\nDecision rationale: Not recommended. `;
  const conclusions = (typed: string): string[] =>
    at(`${rationale}${typed}`)
      .map((c) => c.label)
      .filter((l) => l.includes('medically necessary'));
  const both = [
    'the request for Norco 10/325mg #90 is not medically necessary.',
    'the request for Norco 10/325mg #90 is medically necessary.',
  ];
  for (const typed of [
    'Therefore, the request for Norco',
    'Therefore, the request for Norco 1',
    'Therefore, the request for Norco 10/3',
    'Therefore, the request for Norco 10/325mg #',
  ])
    assert.deepEqual(conclusions(typed), both, typed);
  assert.deepEqual(conclusions('Therefore, the request for Norco 10/325mg #90 is not'), [both[0]]);
  // After a colon and a blank, or as the rationale's first sentence.
  const afterColon = `${HEAD}Norco 10/325mg #90: Upheld\nDecision rationale: The guideline says: Therefore, the request for Norco 10/3`;
  assert.deepEqual(
    at(afterColon)
      .map((c) => c.label)
      .filter((l) => l.includes('medically necessary')),
    both,
  );
  const first = `${HEAD}Norco 10/325mg #90: Upheld\nDecision rationale: Therefore, the request for Norco 10/3`;
  assert.deepEqual(
    at(first)
      .map((c) => c.label)
      .filter((l) => l.includes('medically necessary')),
    both,
  );
  // Another request, or the sentence finished: nothing.
  assert.deepEqual(conclusions('Therefore, the request for Norco 5/'), []);
  assert.deepEqual(conclusions('Therefore, the request for Norco 10/325mg #90 is not medically necessary.'), []);
  assert.deepEqual(conclusions('Therefore, the request for Norco 10/325mg #90 is not medically necessary. '), []);
});
