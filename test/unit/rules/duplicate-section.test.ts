// duplicate-section: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimumFor } from '../../helpers/letters';
import { check, splice, real } from './inject';

test('duplicate-section: the case summary heading repeated', () => {
  const n = check('duplicate-section', real, (letter, text) => {
    const s = letter.sections.find((x) => x.kind === 'caseSummary');
    if (!s) return undefined;
    const at = s.bodySpan.end;
    return { text: splice(text, at, at, `\nCLINICAL CASE SUMMARY\n`), at: at + 1 };
  });
  assert.ok(n >= minimumFor(290, real), `${n}`);
});
