// page-out-of-range: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seedLetters } from '../../helpers/letters';
import { check, splice } from './inject';

test('page-out-of-range: page 200, and a page that is not the topic\'s (fix gives the topic\'s page)', () => {
  const seeds = seedLetters();
  const n = check('page-out-of-range', seeds, (letter, text) => {
    const c = letter.items.flatMap((i) => i.maximus?.citations ?? []).find((x) => x.kind === 'mtus' && x.pages.length);
    if (!c || c.kind !== 'mtus') return undefined;
    return { text: splice(text, c.pages[0].span.start, c.pages[0].span.end, '200'), at: c.pages[0].span.start };
  });
  const m = check(
    'page-out-of-range',
    seeds,
    (letter, text) => {
      const c = letter.items.flatMap((i) => i.maximus?.citations ?? []).find((x) => x.kind === 'mtus' && x.pages.length && x.topic);
      if (!c || c.kind !== 'mtus') return undefined;
      return { text: splice(text, c.pages[0].span.start, c.pages[0].span.end, '42'), at: c.pages[0].span.start };
    },
    { fix: 'required', restores: true },
  );
  assert.ok(n === 5 && m >= 4, `${n} ${m}`);
});
