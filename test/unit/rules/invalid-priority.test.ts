// invalid-priority: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, splice, corpus } from './inject';

test('invalid-priority: "Urgent", "standard", "Expidited"', () => {
  let n = 0;
  for (const [word, fix] of [
    ['Urgent', 'optional'],
    ['standard', 'required'],
    ['Expidited', 'required'],
  ] as const) {
    n += check(
      'invalid-priority',
      corpus,
      (letter, text) => {
        const v = letter.header?.fields.find((f) => f.key === 'priority')?.value;
        return v ? { text: splice(text, v.span.start, v.span.end, word), at: v.span.start } : undefined;
      },
      { fix },
    );
  }
  assert.equal(n, corpus.length * 3);
});
