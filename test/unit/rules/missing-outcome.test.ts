// missing-outcome: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimumFor } from '../../helpers/letters';
import { parseLetter } from '../../../server/src/letter';
import { lint, RULES } from '../../../server/src/rules';
import { applyFix, check, splice, real, firstItem, reported } from './inject';

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

test('missing-outcome: reported on the header line that ends the header (a wrapped one too), due right after the colon', () => {
  const item = (header: string, rationale: string) =>
    `IMR ISSUES, DECISIONS AND RATIONALES\n${header}\nClaims Administrator guideline: Decision based on MTUS Opioid Treatment 2016.\nMAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016.\nDecision rationale: ${rationale}\n`;
  const found = (text: string) =>
    reported('missing-outcome', text).map((p) => ({
      level: p.level,
      at: text.slice(p.span.start, p.span.end),
      due: p.due,
      edits: p.fixes?.map((f) => f.edits),
    }));
  const one = item('Norco 10/325mg #120:', 'The request is not medically necessary.');
  const slot = one.indexOf('#120:') + 5;
  assert.deepEqual(found(one), [
    {
      level: 'error',
      at: 'Norco 10/325mg #120:',
      due: { at: slot, what: 'the outcome', item: 'Norco 10/325mg #120' },
      edits: [[{ span: { start: slot, end: slot }, newText: ' Upheld' }]],
    },
  ]);
  assert.equal(applyFix(one, reported('missing-outcome', one)[0]), one.replace('#120:', '#120: Upheld'));
  const wrapped = item('Norco 10/325mg\n#120:', 'The request is medically necessary.');
  assert.deepEqual(
    found(wrapped).map((f) => [f.at, f.due]),
    [['#120:', { at: wrapped.indexOf('#120:') + 5, what: 'the outcome', item: 'Norco 10/325mg #120' }]],
  );
  // No conclusion to go by: reported, with no fix.
  assert.deepEqual(
    found(item('Norco 10/325mg #120:', 'The request is covered.')).map((f) => [f.at, f.edits]),
    [['Norco 10/325mg #120:', undefined]],
  );
  // An outcome, even one that is no outcome word, is not missing (invalid-outcome judges it); an item with no
  // header at all has no header to end.
  assert.deepEqual(found(item('Norco 10/325mg #120: Maybe', 'The request is not medically necessary.')), []);
  assert.deepEqual(found(item('Norco 10/325mg #120: Upheld', 'The request is not medically necessary.')), []);
  assert.deepEqual(found(item('', 'The request is not medically necessary.')), []);
});

test('missing-outcome: an item without a rationale line: reported, with no outcome to suggest', () => {
  const text =
    'IMR ISSUES, DECISIONS AND RATIONALES\nNorco 10/325mg #120:\nClaims Administrator guideline: Decision based on MTUS Opioid Treatment 2016.\nMAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016.\n';
  assert.deepEqual(
    reported('missing-outcome', text).map((p) => [p.message, text.slice(p.span.start, p.span.end), p.fixes]),
    [['The item "Norco 10/325mg #120" has no outcome: end its header with "Upheld" or "Overturned".', 'Norco 10/325mg #120:', undefined]],
  );
});
