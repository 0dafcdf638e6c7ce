// missing-quantity: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strengthsOf } from '../../../server/src/letter/quantities';
import { minimumFor } from '../../helpers/letters';
import { check, splice, real } from './inject';

test('missing-quantity: "#N" removed from a medication request', () => {
  const n = check('missing-quantity', real, (letter, text) => {
    for (const item of letter.items) {
      if (item.partial || !strengthsOf(item.request.text).length) continue;
      const doc = text.slice(item.request.span.start, item.request.span.end);
      const m = /\s*#\s*\d+/.exec(doc);
      if (
        !m ||
        /refill|quantity|qty|supply|times|\bby mouth\b|\b(?:bid|tid|qid|daily|once|twice|take|q\d+h?)\b|\d+\s*(?:g|ml|gm|tabs?|caps?|days?|weeks?|months?)\b/i.test(
          doc.replace(m[0], ''),
        )
      )
        continue;
      return {
        text: splice(text, item.request.span.start + m.index, item.request.span.start + m.index + m[0].length, ''),
        at: item.request.span.start,
      };
    }
    return undefined;
  });
  assert.ok(n >= minimumFor(30, real), `${n}`);
});
