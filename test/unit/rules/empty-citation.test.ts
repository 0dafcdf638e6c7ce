// empty-citation: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimumFor } from '../../helpers/letters';
import { check, splice, real, firstItem } from './inject';

test('empty-citation: a MAXIMUS line that cites nothing', () => {
  const n = check('empty-citation', real, (letter, text) => {
    const f = firstItem(letter)?.maximus;
    return f ? { text: splice(text, f.body.span.start, f.body.span.end, 'Decision based on'), at: f.label.span.start } : undefined;
  });
  assert.ok(n >= minimumFor(290, real), `${n}`);
});
