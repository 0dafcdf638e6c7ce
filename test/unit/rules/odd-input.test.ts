// Every rule on odd input: never a throw, never a hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../../server/src/letter';
import { lint, RULES } from '../../../server/src/rules';

test('the rules never throw and never hang on odd input', () => {
  const odd = [
    '',
    '\u0000\u0001binary\uffff',
    'Case Number:',
    'IMR ISSUES, DECISIONS AND RATIONALES\n:\n:',
    'x'.repeat(200000),
    'Norco 10/325mg #120:\r\nClaims Administrator guideline:\r\n',
  ];
  for (const t of odd) {
    const problems = lint(parseLetter(t), RULES);
    assert.ok(
      problems.every((p) => !p.message.startsWith('Internal error')),
      JSON.stringify(problems.filter((p) => p.message.startsWith('Internal error'))),
    );
  }
});
