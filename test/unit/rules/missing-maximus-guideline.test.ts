// missing-maximus-guideline: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../../server/src/letter';
import { minimumFor } from '../../helpers/letters';
import { check, splice, real, firstItem } from './inject';

test('missing-maximus-guideline: the line deleted from item 1 (fix inserts it)', () => {
  for (const [rule, kind] of [['missing-maximus-guideline', 'maximus']] as const) {
    const n = check(
      rule,
      real,
      (letter, text) => {
        const item = firstItem(letter);
        const k = item?.fields.findIndex((f) => f.kind === kind) ?? -1;
        if (!item || k < 0) return undefined;
        const f = item.fields[k];
        const end = k + 1 < item.fields.length ? item.fields[k + 1].span.start : f.span.end;
        const mutated = splice(text, f.span.start, end, '');
        const again = parseLetter(mutated).items[0];
        return again
          ? { text: mutated, at: again.header.span.end > again.header.span.start ? again.header.span.end - 1 : again.span.start }
          : undefined;
      },
      { fix: 'required', stubReportedBy: 'empty-citation' },
    );
    assert.ok(n >= minimumFor(290, real), `${rule}: ${n} letters`);
  }
});
