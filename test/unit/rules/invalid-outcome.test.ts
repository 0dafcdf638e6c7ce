// invalid-outcome: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimumFor } from '../../helpers/letters';
import { parseLetter } from '../../../server/src/letter';
import { lint, RULES } from '../../../server/src/rules';
import { check, splice, real, firstItem, oneItemLetter } from './inject';

test('invalid-outcome: Uphold, Denied, upheld, OVERTURNED, Approved (fix restores)', () => {
  const words: Record<string, Record<string, string>> = {
    Upheld: { Uphold: 'Upheld', Denied: 'Upheld', upheld: 'Upheld' },
    Overturned: { Overturn: 'Overturned', Approved: 'Overturned', OVERTURNED: 'Overturned' },
  };
  let n = 0;
  for (const k of [0, 1, 2]) {
    n += check(
      'invalid-outcome',
      real,
      (letter, text) => {
        const o = firstItem(letter)?.outcome;
        if (!o) return undefined;
        const choices = Object.keys(words[o.text]);
        return { text: splice(text, o.span.start, o.span.end, choices[k]), at: o.span.start };
      },
      { fix: 'required', restores: true },
    );
  }
  assert.ok(n >= minimumFor(850, real), `${n}`);
});

test('invalid-outcome: "Partially overturned" is reported, with the outcome the conclusion supports', () => {
  const n = check(
    'invalid-outcome',
    real,
    (letter, text) => {
      const o = firstItem(letter)?.outcome;
      return o ? { text: splice(text, o.span.start, o.span.end, 'Partially overturned'), at: o.span.start } : undefined;
    },
    { fix: 'required', restores: true },
  );
  assert.ok(n >= minimumFor(290, real), `${n}`);
});

test('invalid-outcome: a word that means an outcome is fixed safely to it; one that does not takes the conclusion, not safely; neither, no fix', () => {
  const item = (word: string, rationale: string) =>
    `IMR ISSUES, DECISIONS AND RATIONALES\nNorco 10/325mg #120: ${word}\nClaims Administrator guideline: Decision based on MTUS Opioid Treatment 2016.\nMAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016.\nDecision rationale: ${rationale}\n`;
  const problem = (word: string, rationale = 'The request is not medically necessary.') =>
    lint(parseLetter(item(word, rationale)), RULES).find((p) => p.rule === 'invalid-outcome');
  const meant = problem('Denied')!;
  assert.equal(meant.message, '"Denied" is not an item outcome: use "Upheld" or "Overturned" (here "Upheld").');
  assert.deepEqual(
    meant.fixes?.map((f) => [f.title, f.edits[0].newText, f.safe]),
    [['Change "Denied" to "Upheld"', 'Upheld', true]],
  );
  const fromConclusion = problem('Partially overturned', 'The request is medically necessary.')!;
  assert.deepEqual(
    fromConclusion.fixes?.map((f) => [f.edits[0].newText, f.safe]),
    [['Overturned', false]],
  );
  assert.deepEqual(
    problem('Partially overturned')!.fixes?.map((f) => [f.edits[0].newText, f.safe]),
    [['Upheld', false]],
  );
  const neither = problem('Partially overturned', 'The request is covered.')!;
  assert.equal(neither.fixes, undefined);
  assert.equal(neither.message, '"Partially overturned" is not an item outcome: use "Upheld" or "Overturned".');
});

test('invalid-outcome: an item without a rationale gets no fix for a word that means neither outcome, and no crash', () => {
  const text = oneItemLetter('Norco #60', { outcome: 'Partially overturned' }).replace(/^Decision rationale: .*\n/m, '');
  const problems = lint(parseLetter(text), RULES).filter((p) => p.rule === 'invalid-outcome');
  assert.deepEqual(
    problems.map((p) => [p.message, p.fixes]),
    [['"Partially overturned" is not an item outcome: use "Upheld" or "Overturned".', undefined]],
  );
});
