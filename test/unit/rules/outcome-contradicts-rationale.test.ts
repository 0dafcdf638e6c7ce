// outcome-contradicts-rationale: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimumFor } from '../../helpers/letters';
import { check, splice, real, firstItem, oneItemLetter, reported } from './inject';

test('outcome-contradicts-rationale: the outcome swapped against the conclusion, on every item of every letter (fix restores)', () => {
  let n = 0;
  for (let index = 0; index < 4; index++) {
    n += check(
      'outcome-contradicts-rationale',
      real,
      (letter, text) => {
        const o = letter.items[index]?.outcome;
        if (!o) return undefined;
        return { text: splice(text, o.span.start, o.span.end, o.text === 'Upheld' ? 'Overturned' : 'Upheld'), at: o.span.start };
      },
      // The outcome was the defect here: the fix that changes it back (offered, never preferred) restores the letter.
      { fix: 'required', restores: true, pick: (f) => !!f.changesOutcome },
    );
  }
  assert.ok(n >= minimumFor(500, real), `${n} items`);
});

test('outcome-contradicts-rationale: the conclusion negated or un-negated instead', () => {
  const n = check('outcome-contradicts-rationale', real, (letter, text) => {
    const item = firstItem(letter);
    const c = item?.rationale?.conclusion;
    if (!item?.outcome || !c) return undefined;
    const phrase = text.slice(c.phrase.span.start, c.phrase.span.end);
    const sentence = text.slice(c.sentence.span.start, c.sentence.span.end);
    let changed: string;
    if ((sentence.match(/\b(?:not|cannot|no|never|unnecessary)\b|n't/gi) ?? []).length > 1) return undefined;
    if (c.kind === 'notNecessary') {
      changed = sentence
        .replace(/\s+not(?=\s+(?:been\s+)?(?:medically|established|necessary))/i, '')
        .replace(/\bcannot\b/i, 'can')
        .replace(/\bunnecessary\b/i, 'necessary');
      if (changed === sentence) return undefined;
    } else {
      if (!/^medically/i.test(phrase)) return undefined;
      changed = sentence.replace(phrase, `not ${phrase}`);
    }
    return { text: splice(text, c.sentence.span.start, c.sentence.span.end, changed), at: item.outcome.span.start };
  });
  assert.ok(n >= minimumFor(250, real), `${n} letters`);
});

test('outcome-contradicts-rationale: nothing to compare, nothing reported: no outcome, an outcome word with no meaning, no rationale, no conclusion', () => {
  const rule = 'outcome-contradicts-rationale';
  const notNecessary = 'No improvement is documented. The request is not medically necessary.';
  // The pair that does contradict, as the control.
  assert.equal(reported(rule, oneItemLetter('Norco #60', { outcome: 'Overturned', rationale: notNecessary })).length, 1);
  assert.equal(reported(rule, oneItemLetter('Norco #60', { outcome: '', rationale: notNecessary })).length, 0);
  for (const word of ['Modified', 'Partially overturned', 'Pending review'])
    assert.equal(reported(rule, oneItemLetter('Norco #60', { outcome: word, rationale: notNecessary })).length, 0, word);
  assert.equal(reported(rule, oneItemLetter('Norco #60', { outcome: 'Overturned', rationale: 'No improvement is documented.' })).length, 0);
  const noRationale = oneItemLetter('Norco #60', { outcome: 'Overturned' }).replace(/^Decision rationale: .*\n/m, '');
  assert.equal(reported(rule, noRationale).length, 0);
});
