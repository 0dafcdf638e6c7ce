// missing-conclusion: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimumFor } from '../../helpers/letters';
import { check, splice, real, firstItem } from './inject';

test('missing-conclusion: every deciding phrase of a rationale removed (fix appends one)', () => {
  const n = check(
    'missing-conclusion',
    real,
    (letter, text) => {
      const item = firstItem(letter);
      const r = item?.rationale;
      if (!r || !item.outcome?.valid) return undefined;
      const body = text
        .slice(r.body.span.start, r.body.span.end)
        .replace(/medical(?:ly)?[\s-]+(?:necessary|necessity|indicated|reasonable|appropriate)|\b(?:un|non-?)?necessary\b/gi, 'covered');
      return { text: splice(text, r.body.span.start, r.body.span.end, body), at: r.label.span.start };
    },
    { fix: 'required' },
  );
  assert.ok(n >= minimumFor(290, real), `${n}`);
});
