// modified-request: the reviewer's own modification or partial certification of the request, found by its
// words and reported at them; what utilization review or the provider did, and "no provision for modification",
// are not. Sentences are read one at a time: a word that silences one sentence does not silence the next.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../../server/src/letter';
import { lint, RULES } from '../../../server/src/rules';
import { corpusLetters, minimumFor } from '../../helpers/letters';

const rule = 'modified-request';

/** A small letter of one item: the decisions section and the item (as oneItemLetter in ./inject, without loading the corpus). */
function oneItemLetter(header: string, opts: { rationale?: string } = {}): string {
  return `IMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on decisions for the disputed items/services set forth below:\n${header}: Upheld\nClaims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment.\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment.\nDecision rationale: ${opts.rationale ?? 'The request is not medically necessary.'}\n`;
}
const splice = (text: string, start: number, end: number, insert: string): string => text.slice(0, start) + insert + text.slice(end);
/** The findings of this rule alone (the others are not run: the real-letter test stays quick). */
const reported = (_rule: string, text: string) =>
  lint(
    parseLetter(text),
    RULES.filter((r) => r.name === rule),
  );
const MESSAGE = 'The rationale modifies the request, but IMR decides each disputed item whole: Upheld or Overturned.';

/** A one-item letter whose rationale is `body`. */
const letterOf = (body: string) => oneItemLetter('Physical therapy 12 sessions', { rationale: body });
/** The text of each finding in a rationale that puts `sentence` between a first sentence and the conclusion. */
function hits(sentence: string, before = 'Guidelines allow 10 visits.'): string[] {
  const text = letterOf(`${before} ${sentence} The request is not medically necessary.`);
  return reported(rule, text).map((p) => text.slice(p.span.start, p.span.end));
}

test('modified-request: each way the reviewer modifies or partly certifies is reported at its words, as a warning with its message', () => {
  const cases: [string, string][] = [
    ['Therefore, the request is modified to 6 sessions.', 'request is modified'],
    ['It was therefore modified.', 'It was therefore modified'],
    ['Treatment has been hereby modified.', 'Treatment has been hereby modified'],
    ['The quantity will be partially approved.', 'quantity will be partially approved'],
    ['The request should be partially authorized.', 'request should be partially authorized'],
    ['The request can be partially authorised.', 'request can be partially authorised'],
    ['The request is being partially certified.', 'request is being partially certified'],
    ['The request would be modified.', 'request would be modified'],
    ['The request   is\nmodified.', 'request   is\nmodified'],
    ['I will modify this request to 6 sessions.', 'modify this request'],
    ['Modifying the request to 6 sessions is appropriate.', 'Modifying the request'],
    ['Having modified the request, 6 sessions remain.', 'modified the request'],
    ['We are partially approving 6 sessions.', 'We are partially approving'],
    ['I am partially authorizing 6 sessions.', 'I am partially authorizing'],
    ['I will partially certify nothing; I will modifying 6 sessions.', 'I will modifying'],
    ['I am partially authorising 6 sessions.', 'I am partially authorising'],
    ['The number is modified to allow 6 sessions.', 'modified to allow'],
    ['The number is modified to approve 6 sessions.', 'modified to approve'],
    ['The number is modified to certify 6 sessions.', 'modified to certify'],
    ['The number is modified to authorise 6 sessions.', 'modified to authorise'],
    ['Partial approval of 6 sessions is recommended.', 'Partial approval of'],
    ['Partial authorization is recommended.', 'Partial authorization is'],
    ['A partial certification of 6 sessions is recommended.', 'partial certification of'],
  ];
  for (const [sentence, words] of cases) assert.deepEqual(hits(sentence), [words], sentence);
  const [p] = reported(rule, letterOf('Therefore, the request is modified to 6 sessions.'));
  assert.equal(p.message, MESSAGE);
  assert.equal(p.level, 'warning');
  assert.equal(p.fixes, undefined);
  assert.equal(p.related, undefined);
});

test('modified-request: look-alikes of the modifying words are not reported', () => {
  for (const sentence of [
    'Activity modification is advised.',
    'The requests were modified.',
    'The request is modifiable.',
    'The request is partial.',
    'Partially, the request is supported.',
    'I will modify these requests.',
    'We will remodify the request.',
    'The requested quantity is partially documented.',
    'Partial certifications are common.',
    'Partial relief is documented.',
  ])
    assert.deepEqual(hits(sentence), [], sentence);
});

test('modified-request: a sentence about what another reviewer, the provider or a date did, or that no modification is possible, is not reported', () => {
  for (const sentence of [
    'The request was modified by utilization review to #27.',
    'The request was modified by UR to #27.',
    'The request was modified by the Claims Administrator to #27.',
    'The request was modified at prior review to 6 sessions.',
    'The request was modified at previous review to 6 sessions.',
    'The request was previously modified to 6 sessions.',
    'There is no provision for modification of the current request.',
    'The request cannot be modified by this review.',
    'The request can not be modified by this review.',
    'The request is modified only when not modified elsewhere.',
    'The request is not be modified here; partial certification of it is not possible.',
    'We are unable to say the request is modified.',
    'The request was modified on 10/12/2016 to 6 sessions.',
    'The request was modified on 1-2-16 to 6 sessions.',
    'The treating provider modified the request to 6 sessions.',
    'The physician modified the request to 6 sessions.',
    'The treater modified the request to 6 sessions.',
    'The doctor modified the request to 6 sessions.',
    'The surgeon modified the request to 6 sessions.',
    'The PTP modified the request to 6 sessions.',
    'The adjuster modified the request to 6 sessions.',
    'The carrier modified the request to 6 sessions.',
  ])
    assert.deepEqual(hits(sentence), [], sentence);
  // Words that merely contain those are no excuse.
  for (const [sentence, words] of [
    ['In your view, the request is modified to 6 sessions.', 'request is modified'],
    ['The request is modified to 6 urgent sessions.', 'request is modified'],
    ['The request is modified to 6 sessions at the providers clinic.', 'request is modified'],
    ['The request is modified to 6 sessions on 10/12.', 'request is modified'],
    ['The request is modified to 6 sessions, a claims review.', 'request is modified'],
  ] as const)
    assert.deepEqual(hits(sentence), [words], sentence);
});

test('modified-request: sentences are read one at a time, split at ".", "!" or "?" before a capital, a quote or a parenthesis', () => {
  // The excuse is in the sentence before: the modification is still the reviewer's.
  for (const before of [
    'Utilization review denied it.',
    'Utilization review denied it!',
    'Utilization review denied it?',
    'Utilization review denied it.\n',
  ])
    assert.deepEqual(hits('The request is modified to 6 sessions.', before), ['request is modified'], before);
  assert.deepEqual(hits('"The request is modified to 6 sessions."', 'Utilization review denied it.'), ['request is modified']);
  assert.deepEqual(hits('(The request is modified to 6 sessions.)', 'Utilization review denied it.'), ['request is modified']);
  // No sentence end between them: one sentence, excused.
  assert.deepEqual(hits('the request is modified to 6 sessions.', 'Utilization review denied it.'), []);
  assert.deepEqual(hits('The request is modified to 6 sessions.', 'Utilization review denied it.5'), []);
  assert.deepEqual(hits('The request is modified to 6 sessions.', 'Utilization review denied it,'), []);
  // A full stop with no space after it ends no sentence: what follows it still belongs to the sentence.
  assert.deepEqual(reported(rule, letterOf('Therefore, the request is modified to 6 sessions.UR')), []);
  // A rationale that opens with a stray full stop: the sentence after it is read whole.
  const stray = letterOf('. The request is modified to 6 sessions. It is not medically necessary.');
  assert.deepEqual(
    reported(rule, stray).map((p) => stray.slice(p.span.start, p.span.end)),
    ['request is modified'],
  );
  // The excuse in the sentence after does not reach back.
  assert.deepEqual(
    reported(rule, letterOf('The request is modified to 6 sessions. Utilization review denied it.')).map((p) => p.message),
    [MESSAGE],
  );
  // A last sentence with no full stop is read too.
  const open = letterOf('Guidelines allow 10 visits. Therefore, the request is modified to 6 sessions');
  assert.deepEqual(
    reported(rule, open).map((p) => open.slice(p.span.start, p.span.end)),
    ['request is modified'],
  );
});

test('modified-request: one finding per item, at the first modifying sentence; none without a rationale', () => {
  const text = letterOf('The request is modified to 6 sessions. Partial approval of 4 sessions is recommended.');
  const ps = reported(rule, text);
  assert.deepEqual(
    ps.map((p) => text.slice(p.span.start, p.span.end)),
    ['request is modified'],
  );
  // An excused sentence first, then the reviewer's own: the second is reported.
  const second = letterOf('The UR modified the request. Partial approval of 4 sessions is recommended.');
  assert.deepEqual(
    reported(rule, second).map((p) => second.slice(p.span.start, p.span.end)),
    ['Partial approval of'],
  );
  const noRationale = letterOf('x').replace(/Decision rationale: x\n/, '');
  assert.equal(parseLetter(noRationale).items[0].rationale, undefined);
  assert.deepEqual(reported(rule, noRationale), []);
  // Only the rationale is read: the words in the item header are not.
  assert.deepEqual(
    reported(
      rule,
      oneItemLetter('Physical therapy 12 sessions, request is modified to 6', { rationale: 'It is not medically necessary.' }),
    ),
    [],
  );
});

test('modified-request: appended to a real rationale it is reported at its words, in that item only', () => {
  let n = 0;
  const misses: string[] = [];
  // One extraction of each corpus letter (the layout one repeats the same rationales).
  const letters = corpusLetters().filter((x) => x.id.startsWith('letters/'));
  for (const l of letters) {
    const letter = parseLetter(l.text);
    const item = letter.items.find((i) => i.rationale);
    if (!item) continue;
    const end = item.rationale!.body.span.end;
    const text = splice(l.text, end, end, ' Partial certification of 6 sessions is recommended.');
    const ps = reported(rule, text);
    n++;
    const got = ps.map((p) => text.slice(p.span.start, p.span.end));
    if (got.join('|') !== 'Partial certification of' || ps[0].span.start !== end + 1) misses.push(`${l.id}: ${JSON.stringify(got)}`);
  }
  assert.deepEqual(misses.slice(0, 10), [], `${misses.length} misses`);
  assert.ok(n >= minimumFor(140, letters), `${n} letters`);
});
