// reviewer-identity: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimumFor } from '../../helpers/letters';
import { check, splice, real, oneItemLetter, reported } from './inject';

test('reviewer-identity: a name, a degree, a licence number or a signature inserted (fix deletes it)', () => {
  const inserts = [
    'Dr. John Smith, MD',
    'Jane Doe, M.D.',
    'License No. A12345',
    'Sincerely, Robert Brown',
    'NPI: 1234567890',
    'Reviewed by: Mary Major',
    'License: G54321',
    'Expert Reviewer: Paul Adams',
    'Electronically signed by P. Adams',
  ];
  let n = 0;
  inserts.forEach((ins, k) => {
    n += check(
      'reviewer-identity',
      real,
      (letter, text) => {
        // Alternate places: the reviewer's credentials, the case summary, the end of the letter.
        const where =
          k % 3 === 0
            ? letter.sections.find((s) => s.kind === 'determination')?.bodySpan.end
            : k % 3 === 1
              ? letter.sections.find((s) => s.kind === 'caseSummary')?.bodySpan.end
              : text.length;
        if (where === undefined) return undefined;
        return { text: splice(text, where, where, `\n${ins}\n`), at: where + 1 };
      },
      { fix: 'required' },
    );
  });
  assert.ok(n >= minimumFor(2600, real), `${n}`);
});

test('reviewer-identity: a licence number needs three digits after a label (four without one), an NPI six', () => {
  const fires = (line: string): number => reported('reviewer-identity', `${oneItemLetter('Norco 10/325mg #120')}\n${line}\n`).length;
  for (const named of ['License No. A123', 'License: 123', 'License G1234', 'NPI: 123456', 'Lic. # 555'])
    assert.equal(fires(named), 1, named);
  for (const notNamed of ['License No. A12', 'License: 12', 'License G123', 'NPI: 12345', 'The licensing board reviewed 12 cases.'])
    assert.equal(fires(notNamed), 0, notNamed);
});
