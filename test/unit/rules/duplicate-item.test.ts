// duplicate-item: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../../server/src/letter';
import { minimumFor } from '../../helpers/letters';
import { check, splice, real, firstItem } from './inject';

test('duplicate-item: item 1 pasted twice', () => {
  const n = check('duplicate-item', real, (letter, text) => {
    const item = firstItem(letter);
    if (!item) return undefined;
    const copy = text.slice(item.span.start, item.span.end);
    const at = item.span.end;
    const mutated = splice(text, at, at, `\n\n${copy}`);
    const second = parseLetter(mutated).items[1];
    return second ? { text: mutated, at: second.header.span.end - 1 } : undefined;
  });
  assert.ok(n >= minimumFor(290, real), `${n}`);
});
