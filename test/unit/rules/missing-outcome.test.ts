// missing-outcome: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimumFor } from '../../helpers/letters';
import { parseLetter } from '../../../server/src/letter';
import { lint, RULES } from '../../../server/src/rules';
import { check, splice, real, firstItem } from './inject';

test('missing-outcome: the outcome word deleted (fix inserts the one the conclusion supports)', () => {
  const n = check(
    'missing-outcome',
    real,
    (letter, text) => {
      const o = firstItem(letter)?.outcome;
      if (!o) return undefined;
      const colon = text.lastIndexOf(':', o.span.start);
      return { text: splice(text, colon + 1, o.span.end, ''), at: colon };
    },
    { fix: 'required' },
  );
  assert.ok(n >= minimumFor(290, real), `${n}`);
});

test('missing-outcome: the fix adds the outcome the conclusion supports, after the colon or with one, and nothing without a conclusion', () => {
  const item = (header: string, rationale: string) =>
    `IMR ISSUES, DECISIONS AND RATIONALES\n${header}\nClaims Administrator guideline: Decision based on MTUS Opioid Treatment 2016.\nMAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016.\nDecision rationale: ${rationale}\n`;
  const fixOf = (text: string) => lint(parseLetter(text), RULES).find((p) => p.rule === 'missing-outcome');
  const up = fixOf(item('Norco 10/325mg #120:', 'The request is not medically necessary.'))!;
  assert.equal(up.message, 'The item "Norco 10/325mg #120" has no outcome: end its header with "Upheld" or "Overturned".');
  assert.deepEqual(
    up.fixes?.map((f) => [f.title, f.edits[0].newText, f.safe]),
    [['Add the outcome "Upheld" (the rationale concludes "not medically necessary")', ' Upheld', true]],
  );
  const over = fixOf(item('Norco 10/325mg #120:', 'The request is medically necessary.'))!;
  assert.deepEqual(
    over.fixes?.map((f) => [f.title, f.edits[0].newText]),
    [['Add the outcome "Overturned" (the rationale concludes "medically necessary")', ' Overturned']],
  );
  const text = item('Norco 10/325mg #120:', 'The request is medically necessary.');
  const edit = over.fixes![0].edits[0];
  assert.equal(text.slice(0, edit.span.start).endsWith('#120:'), true, 'right after the colon');
  assert.equal(fixOf(item('Norco 10/325mg #120:', 'The request is covered.'))?.fixes, undefined, 'no conclusion, no fix');
});
