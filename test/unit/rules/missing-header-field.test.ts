// missing-header-field: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../../server/src/letter';
import { check, splice, corpus } from './inject';

test('missing-header-field: a header label removed', () => {
  let n = 0;
  for (const key of ['priority', 'caseNumber', 'decisionDate'] as const) {
    n += check('missing-header-field', corpus, (letter, text) => {
      const f = letter.header?.fields.find((x) => x.key === key);
      if (!f || !letter.header) return undefined;
      // Remove both label and value (they may stand on different lines).
      const spans = [f.label.span, ...(f.value ? [f.value.span] : [])].sort((a, b) => b.start - a.start);
      let out = text;
      for (const s of spans) out = splice(out, s.start, s.end, '');
      return { text: out, at: parseLetter(out).header?.span.start ?? 0 };
    });
  }
  assert.equal(n, corpus.length * 3);
});
