// conclusion-vs-item: the restatement of the request in the conclusion, as the message quotes it (the words
// that lead to the deciding phrase, quotes and commas dropped), its strength or count against the item's, the
// finding on the conclusion sentence pointing at the requested item; and the cases with nothing to compare.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../../server/src/letter';
import { lint, RULES, type Problem } from '../../../server/src/rules';

const rule = 'conclusion-vs-item';

/** A small letter of one item: the decisions section and the item (as oneItemLetter in ./inject, without loading the corpus). */
function oneItemLetter(header: string, opts: { rationale?: string } = {}): string {
  return `IMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on decisions for the disputed items/services set forth below:\n${header}: Upheld\nClaims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment.\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment.\nDecision rationale: ${opts.rationale ?? 'The request is not medically necessary.'}\n`;
}
const only = RULES.filter((r) => r.name === rule);
/** Every problem this rule gives on the letter (an internal error of the rule included, wherever it lies). */
const found = (text: string): Problem[] => lint(parseLetter(text), only);

/** A one-item letter with `header` whose rationale ends in `conclusion`. */
const letterOf = (header: string, conclusion: string) => oneItemLetter(header, { rationale: `Guidelines allow 10 visits. ${conclusion}` });

/** Each finding as [message, the text at its span, its related places as [message, text]]. */
function described(header: string, conclusion: string) {
  const text = letterOf(header, conclusion);
  return found(text).map((p) => {
    assert.equal(p.level, 'warning');
    assert.equal(p.fixes, undefined);
    return [p.message, text.slice(p.span.start, p.span.end), p.related?.map((r) => [r.message, text.slice(r.span.start, r.span.end)])];
  });
}

test('conclusion-vs-item: another strength is reported on the conclusion sentence, quoting the restated strength and every strength of the item', () => {
  const one = 'Therefore, the request for Norco 5/325mg #60 is not medically necessary.';
  assert.deepEqual(described('Norco 10/325mg #60', one), [
    [
      'The conclusion restates the request with the strength "5/325mg", but the item requests "10/325mg".',
      one,
      [['the requested item', 'Norco 10/325mg #60']],
    ],
  ]);
  const two = 'Therefore, the request for Tramadol 100mg #60 is not medically necessary.';
  assert.deepEqual(described('Tramadol 50mg/Acetaminophen 325mg #60', two), [
    [
      'The conclusion restates the request with the strength "100mg", but the item requests "50mg", "325mg".',
      two,
      [['the requested item', 'Tramadol 50mg/Acetaminophen 325mg #60']],
    ],
  ]);
  // A strength on one side only is nothing to compare; the counts still are.
  assert.deepEqual(described('Lidoderm patch #30', 'Therefore, the request for Lidoderm 5% patch #30 is not medically necessary.'), []);
  assert.deepEqual(described('Norco 10/325mg #60', 'Therefore, the request for Norco #60 is not medically necessary.'), []);
  const count = 'Therefore, the request for Norco #90 is not medically necessary.';
  assert.deepEqual(described('Norco 10/325mg #60', count), [
    ['The conclusion decides 90 ("Norco #90"), but the item requests 60.', count, [['the requested item', 'Norco 10/325mg #60']]],
  ]);
});

test('conclusion-vs-item: another count is reported with the restatement as written, the verbs before the deciding phrase, quotes, commas and extra spaces left out', () => {
  const header = 'Physical therapy 8 sessions';
  const related = [['the requested item', header]];
  const message = (said: string) => `The conclusion decides 12 ("${said}"), but the item requests 8.`;
  for (const [conclusion, said] of [
    ['Therefore, the request for physical therapy 12 sessions is not medically necessary.', 'physical therapy 12 sessions'],
    ['Therefore, the request for " physical therapy 12 sessions, " is not medically necessary.', 'physical therapy 12 sessions'],
    ['Therefore, the request for "physical therapy 12 sessions" is not medically necessary.', 'physical therapy 12 sessions'],
    ['Therefore, the request for “physical therapy 12 sessions” is not medically necessary.', 'physical therapy 12 sessions'],
    ['Therefore, the request for physical therapy 12 sessions, is not medically necessary.', 'physical therapy 12 sessions'],
    ['Therefore, the request for physical therapy 12 sessions is, not medically necessary.', 'physical therapy 12 sessions'],
    ['Therefore, the request for physical therapy 12 sessions is "not" medically necessary.', 'physical therapy 12 sessions'],
    ['Therefore, the request for physical therapy 12  sessions is not medically necessary.', 'physical therapy 12 sessions'],
    ['Therefore, the request for physical therapy 12\n sessions is not medically necessary.', 'physical therapy 12 sessions'],
    ['Therefore, 12 sessions of physical therapy have also been deemed as not medically necessary.', '12 sessions of physical therapy'],
    ['Physical therapy 12 sessions is not medically necessary.', 'Physical therapy 12 sessions'],
    // An overturned request is decided the same way.
    ['The request for physical therapy 12 sessions is medically necessary.', 'physical therapy 12 sessions'],
  ])
    assert.deepEqual(described(header, conclusion), [[message(said), conclusion, related]], conclusion);
  // The span is the conclusion sentence alone, not the sentence before it.
  const text = letterOf(header, 'The patient had no gain. Physical therapy 12 sessions is not medically necessary.');
  assert.deepEqual(
    found(text).map((p) => text.slice(p.span.start, p.span.end)),
    ['Physical therapy 12 sessions is not medically necessary.'],
  );
});

test('conclusion-vs-item: a partly authorised item is compared with the remaining portion, and the message says it is left in dispute', () => {
  const header =
    'Baclofen 100mg #30 was the original request. Baclofen 100mg #27 was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Baclofen 100mg #3';
  const conclusion = 'Therefore, the request for Baclofen 100mg #30 is not medically necessary.';
  assert.deepEqual(described(header, conclusion), [
    [
      'The conclusion decides 30 ("Baclofen 100mg #30"), but the item leaves in dispute 3.',
      conclusion,
      [['the requested item', 'Baclofen 100mg #3']],
    ],
  ]);
  assert.deepEqual(described(header, conclusion.replace('#30', '#3')), []);
});

test('conclusion-vs-item: nothing to compare (no conclusion, no rationale, no count on one side, a range, the same count, a request of verbs alone) gives nothing', () => {
  const header = 'Physical therapy 8 sessions';
  // No conclusion, no rationale: nothing, and no internal error.
  assert.deepEqual(found(letterOf(header, 'No gain is documented.')), []);
  assert.deepEqual(found(letterOf(header, 'x').replace(/Decision rationale: .*\n/, '')), []);
  for (const [h, conclusion] of [
    [header, 'Therefore, the request for physical therapy is not medically necessary.'],
    ['Physical therapy', 'Therefore, the request for physical therapy 12 sessions is not medically necessary.'],
    ['Physical therapy 8-10 sessions', 'Therefore, the request for physical therapy 12 sessions is not medically necessary.'],
    [header, 'Therefore, the request for physical therapy 8-12 sessions is not medically necessary.'],
    [header, 'Therefore, the request for physical therapy 8 sessions is not medically necessary.'],
    [header, 'Therefore, the request is not medically necessary.'],
    // A request named only by one of the verbs that lead to the deciding phrase: nothing to compare, and no error.
    ['Considered', 'Therefore, the request for considered is not medically necessary.'],
  ])
    assert.deepEqual(found(letterOf(h, conclusion)), [], conclusion);
});
