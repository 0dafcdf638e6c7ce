// missing-outcome: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimumFor } from '../../helpers/letters';
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
