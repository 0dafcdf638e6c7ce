// invalid-case-number: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, splice, corpus } from './inject';

test('invalid-case-number: a digit dropped, or lower case (fix for the spelling only)', () => {
  const n = check('invalid-case-number', corpus, (letter, text) => {
    const v = letter.header?.fields.find((f) => f.key === 'caseNumber')?.value;
    return v ? { text: splice(text, v.span.end - 1, v.span.end, ''), at: v.span.start } : undefined;
  });
  const m = check(
    'invalid-case-number',
    corpus,
    (letter, text) => {
      const v = letter.header?.fields.find((f) => f.key === 'caseNumber')?.value;
      return v ? { text: splice(text, v.span.start, v.span.start + 2, 'cm'), at: v.span.start } : undefined;
    },
    { fix: 'required', restores: true },
  );
  assert.equal(n + m, corpus.length * 2);
});
