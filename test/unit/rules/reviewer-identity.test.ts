// reviewer-identity: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimumFor } from '../../helpers/letters';
import { check, splice, real } from './inject';

test('reviewer-identity: a name, a degree, a licence number or a signature inserted (fix deletes it)', () => {
  const inserts = ['Dr. John Smith, MD', 'Jane Doe, M.D.', 'License No. A12345', 'Sincerely, Robert Brown', 'NPI: 1234567890', 'Reviewed by: Mary Major', 'License: G54321', 'Expert Reviewer: Paul Adams', 'Electronically signed by P. Adams'];
  let n = 0;
  inserts.forEach((ins, k) => {
    n += check(
      'reviewer-identity',
      real,
      (letter, text) => {
        // Alternate places: the reviewer's credentials, the case summary, the end of the letter.
        const where = k % 3 === 0 ? letter.sections.find((s) => s.kind === 'determination')?.bodySpan.end : k % 3 === 1 ? letter.sections.find((s) => s.kind === 'caseSummary')?.bodySpan.end : text.length;
        if (where === undefined) return undefined;
        return { text: splice(text, where, where, `\n${ins}\n`), at: where + 1 };
      },
      { fix: 'required' },
    );
  });
  assert.ok(n >= minimumFor(2600, real), `${n}`);
});
