// Property tests of the letter model, the rules and the pure features on mutated real letters, plus the
// extreme inputs the issue names (1 MB lines, 100,000 items, NULs, lone surrogates, CR-only line ends).
// CI runs a bounded number of cases; `npm run fuzz -- --count N` runs N.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseLetter } from '../../server/src/letter';
import { lint, RULES } from '../../server/src/rules';
import { analyseAndCheck, offsetProblems } from './invariants';
import { fuzzAssert, fuzzCount, giantInputs, mutatedLetter, realTexts } from './mutate';

const COUNT = fuzzCount(300);

test('every real letter analyses cleanly: offsets and ranges inside the document, no rule throws', () => {
  const bad = realTexts().flatMap((t, i) => analyseAndCheck(t, [{ line: 10, character: 3 }]).map((b) => `letter ${i}: ${b}`));
  assert.deepEqual(bad.slice(0, 20), []);
});

test(`mutated real letters never break the model, the rules or the features (${COUNT} cases)`, { timeout: 3_600_000 }, () => {
  const position = fc.record({ line: fc.integer({ min: -2, max: 400 }), character: fc.integer({ min: -2, max: 200 }) });
  fuzzAssert(
    fc.property(mutatedLetter(), fc.array(position, { maxLength: 4 }), (letter, positions) => {
      const bad = analyseAndCheck(letter.text, positions);
      if (bad.length) throw new Error(`${bad.length} problems, first: ${bad.slice(0, 5).join('; ')}`);
    }),
    { numRuns: COUNT },
  );
});

test('random text of any kind never breaks the model', { timeout: 3_600_000 }, () => {
  fuzzAssert(
    fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
      const bad = analyseAndCheck(text, [{ line: 0, character: 0 }]);
      if (bad.length) throw new Error(bad.slice(0, 5).join('; '));
    }),
    { numRuns: COUNT },
  );
});

// The model and the rules on each extreme input (the features' scaling is in linear.test.ts).
for (const { name, text } of giantInputs()) {
  test(`extreme input: ${name}`, { timeout: 300_000 }, () => {
    const letter = parseLetter(text);
    assert.deepEqual(offsetProblems(letter, lint(letter, RULES)).slice(0, 10), []);
  });
}
