// no-items: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimumFor } from '../../helpers/letters';
import { check, real } from './inject';

test('no-items: everything after the decisions heading removed', () => {
  const n = check('no-items', real, (letter, text) => {
    const s = letter.sections.find((x) => x.kind === 'issues');
    return s
      ? {
          text:
            text.slice(0, s.headingSpan.end) +
            '\nThe Final Determination was based on decisions for the disputed items/services set forth below:\n',
          at: s.headingSpan.start,
        }
      : undefined;
  });
  assert.ok(n >= minimumFor(290, real), `${n}`);
});
