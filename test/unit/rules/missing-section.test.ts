// missing-section: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../../server/src/letter';
import { minimumFor } from '../../helpers/letters';
import { check, splice, real } from './inject';

test('missing-section: the case summary heading deleted (fix inserts it)', () => {
  const m = check(
    'missing-section',
    real,
    (letter, text) => {
      const s = letter.sections.find((x) => x.kind === 'caseSummary');
      if (!s) return undefined;
      const mutated = splice(text, s.headingSpan.start, s.headingSpan.end, '');
      const issues = parseLetter(mutated).sections.find((x) => x.kind === 'issues');
      return issues ? { text: mutated, at: issues.headingSpan.start } : undefined;
    },
    { fix: 'required' },
  );
  assert.ok(m >= minimumFor(290, real), `${m}`);
});
