// section-order: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimumFor } from '../../helpers/letters';
import { check, splice, real } from './inject';

test('section-order: the case summary moved after the decisions', () => {
  const n = check('section-order', real, (letter, text) => {
    const summary = letter.sections.find((s) => s.kind === 'caseSummary');
    const issues = letter.sections.find((s) => s.kind === 'issues');
    if (!summary || !issues || summary.span.start > issues.span.start) return undefined;
    const block = text.slice(summary.headingSpan.start, issues.headingSpan.start);
    const without = splice(text, summary.headingSpan.start, issues.headingSpan.start, '');
    const moved = `${without}\n${block}`;
    return { text: moved, at: without.length + 1 };
  });
  assert.ok(n >= minimumFor(290, real), `${n}`);
});
