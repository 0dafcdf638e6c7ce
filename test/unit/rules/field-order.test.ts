// field-order: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../../server/src/letter';
import { minimumFor } from '../../helpers/letters';
import { check, splice, real, firstItem } from './inject';

test('field-order: the two guideline lines of item 1 swapped (fix restores the order)', () => {
  const n = check(
    'field-order',
    real,
    (letter, text) => {
      const item = firstItem(letter);
      const ca = item?.claimsAdministrator;
      const mx = item?.maximus;
      if (!ca || !mx || item.fields[0] !== ca || item.fields[1] !== mx) return undefined;
      const a = text.slice(ca.span.start, ca.span.end);
      const sep = text.slice(ca.span.end, mx.span.start);
      const b = text.slice(mx.span.start, mx.span.end);
      const mutated = splice(text, ca.span.start, mx.span.end, b + sep + a);
      // The swapped letter still has the same items (a line ending "Section(s): Special Studies." is no header).
      assert.equal(parseLetter(mutated).items.length, letter.items.length);
      return { text: mutated, at: ca.span.start + b.length + sep.length };
    },
    { fix: 'required', restores: true },
  );
  assert.ok(n >= minimumFor(290, real), `${n}`);
});

test('field-order: the rationale moved before the MAXIMUS line', () => {
  const n = check(
    'field-order',
    real,
    (letter, text) => {
      const item = firstItem(letter);
      const mx = item?.maximus;
      const r = item?.rationale;
      if (!mx || !r || item.fields[1] !== mx || item.fields[2] !== r) return undefined;
      const a = text.slice(mx.span.start, mx.span.end);
      const sep = text.slice(mx.span.end, r.span.start);
      const b = text.slice(r.span.start, r.span.end);
      return { text: splice(text, mx.span.start, r.span.end, b + sep + a), at: mx.span.start + b.length + sep.length };
    },
    { fix: 'required', restores: true },
  );
  assert.ok(n >= minimumFor(290, real), `${n}`);
});
