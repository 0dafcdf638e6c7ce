// missing-quantity: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strengthsOf } from '../../../server/src/letter/quantities';
import { minimumFor } from '../../helpers/letters';
import { check, splice, real, oneItemLetter, reported } from './inject';

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

test('missing-quantity: a partly authorised request whose remaining part has no quantity, but whose original request does', () => {
  const header = (original: string) =>
    `${original} was the original request. Norco 10/325mg #60 was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Norco 10/325mg is`;
  assert.deepEqual(reported('missing-quantity', oneItemLetter(header('Norco 10/325mg #120'))), []);
  assert.deepEqual(
    reported('missing-quantity', oneItemLetter(header('Norco 10/325mg'))).map((p) => p.message),
    ['"Norco 10/325mg" gives a strength but no quantity or frequency: how much is requested?'],
  );
});
