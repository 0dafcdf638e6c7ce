// missing-non-mtus-citation: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimumFor } from '../../helpers/letters';
import { check, splice, real } from './inject';

test('missing-non-mtus-citation: the Non-MTUS sentence deleted after "outside of the MTUS"', () => {
  const n = check('missing-non-mtus-citation', real, (letter, text) => {
    for (const item of letter.items) {
      for (const f of [item.claimsAdministrator, item.maximus]) {
        const outside = f?.citations.find((c) => c.kind === 'outsideMtus');
        const non = f?.citations.find((c) => c.kind === 'nonMtus');
        if (outside && non && f!.citations.every((c) => c.kind === 'outsideMtus' || c.kind === 'nonMtus')) {
          return { text: splice(text, outside.span.end, f!.span.end, ''), at: outside.span.start };
        }
      }
    }
    return undefined;
  });
  assert.ok(n >= minimumFor(80, real), `${n}`);
});
