// invalid-outcome: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimumFor } from '../../helpers/letters';
import { check, splice, real, firstItem } from './inject';

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
