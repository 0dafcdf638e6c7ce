// invalid-priority: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../../server/src/letter';
import { lint, RULES } from '../../../server/src/rules';
import { check, splice, corpus } from './inject';

test('invalid-priority: "Urgent", "standard", "Expidited"', () => {
  let n = 0;
  for (const [word, fix] of [
    ['Urgent', 'optional'],
    ['standard', 'required'],
    ['Expidited', 'required'],
  ] as const) {
    n += check(
      'invalid-priority',
      corpus,
      (letter, text) => {
        const v = letter.header?.fields.find((f) => f.key === 'priority')?.value;
        return v ? { text: splice(text, v.span.start, v.span.end, word), at: v.span.start } : undefined;
      },
      { fix },
    );
  }
  assert.equal(n, corpus.length * 3);
});

test('invalid-priority: two edits from a priority is a misspelling, three is another word; the fix is safe only for a change of case', () => {
  const v = parseLetter(corpus[0].text).header!.fields.find((f) => f.key === 'priority')!.value!;
  const problem = (word: string) =>
    lint(parseLetter(splice(corpus[0].text, v.span.start, v.span.end, word)), RULES).find((x) => x.rule === 'invalid-priority');
  assert.equal(problem('Standard'), undefined);
  assert.equal(problem('Expedited'), undefined);
  const lower = problem('standard')!;
  assert.equal(lower.message, '"standard" is not an IMR priority: use "Standard" or "Expedited" (did you mean "Standard"?).');
  assert.deepEqual(
    lower.fixes?.map((f) => [f.title, f.edits[0].newText, f.safe]),
    [['Change to "Standard"', 'Standard', true]],
  );
  assert.deepEqual(
    problem('Stanadrd')!.fixes?.map((f) => [f.edits[0].newText, f.safe]),
    [['Standard', false]],
    'two edits',
  );
  assert.deepEqual(
    problem('Stndrd')!.fixes?.map((f) => [f.edits[0].newText, f.safe]),
    [['Standard', false]],
    'two letters left out: two edits',
  );
  assert.deepEqual(problem('Stndr')!.fixes, undefined, 'three letters left out');
  assert.deepEqual(
    problem('STANDARD')!.fixes?.map((f) => [f.edits[0].newText, f.safe]),
    [['Standard', true]],
    'case only, upper',
  );
  // Three edits: no longer a misspelling of either word.
  const far = problem('Stxnxxrd')!;
  assert.equal(far.fixes, undefined);
  assert.equal(far.message, '"Stxnxxrd" is not an IMR priority: use "Standard" or "Expedited".');
  // "Expedite..." and "Urgent..." words mean Expedited, only at the start.
  assert.deepEqual(
    problem('Expedite review')!.fixes?.map((f) => f.edits[0].newText),
    ['Expedited'],
  );
  assert.deepEqual(
    problem('Urgent')!.fixes?.map((f) => f.edits[0].newText),
    ['Expedited'],
  );
  assert.equal(problem('Not urgent')!.fixes, undefined);
  assert.equal(problem('Non-expedited')!.fixes, undefined);
});

test('invalid-priority: a header without a priority field has nothing to check (missing-header-field reports it)', () => {
  const f = parseLetter(corpus[0].text).header!.fields.find((x) => x.key === 'priority')!;
  const text = splice(corpus[0].text, f.label.span.start, f.value!.span.end, '');
  assert.equal(
    parseLetter(text).header!.fields.find((x) => x.key === 'priority'),
    undefined,
  );
  assert.deepEqual(
    lint(parseLetter(text), RULES).filter((x) => x.rule === 'invalid-priority'),
    [],
  );
});
