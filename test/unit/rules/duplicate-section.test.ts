// duplicate-section: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimumFor } from '../../helpers/letters';
import { check, splice, real, reported } from './inject';

test('duplicate-section: the case summary heading repeated', () => {
  const n = check('duplicate-section', real, (letter, text) => {
    const s = letter.sections.find((x) => x.kind === 'caseSummary');
    if (!s) return undefined;
    const at = s.bodySpan.end;
    return { text: splice(text, at, at, `\nCLINICAL CASE SUMMARY\n`), at: at + 1 };
  });
  assert.ok(n >= minimumFor(290, real), `${n}`);
});

test('duplicate-section: each repeat is reported at its heading, with the first occurrence as the related place', () => {
  const text = [
    'CLINICAL CASE SUMMARY',
    'The expert reviewer developed the following clinical case summary.',
    'IMR ISSUES, DECISIONS AND RATIONALES',
    'Physical therapy: Upheld',
    'Decision rationale: The request is not medically necessary.',
    '  CLINICAL CASE SUMMARY',
    'Pasted again.',
    'CLINICAL CASE SUMMARY',
    'And a third time.',
    '',
  ].join('\n');
  const ps = reported('duplicate-section', text);
  const first = text.indexOf('CLINICAL CASE SUMMARY');
  const second = text.indexOf('CLINICAL CASE SUMMARY', first + 1);
  const third = text.indexOf('CLINICAL CASE SUMMARY', second + 1);
  assert.deepEqual(
    ps.map((p) => ({
      at: p.span.start,
      heading: text.slice(p.span.start, p.span.end),
      message: p.message,
      level: p.level,
      related: p.related?.map((r) => ({ at: r.span.start, text: text.slice(r.span.start, r.span.end), message: r.message })),
    })),
    [second, third].map((at) => ({
      at,
      heading: 'CLINICAL CASE SUMMARY',
      message: 'The section "CLINICAL CASE SUMMARY" appears more than once.',
      level: 'warning',
      related: [{ at: first, text: 'CLINICAL CASE SUMMARY', message: 'First occurrence' }],
    })),
  );
});

test('duplicate-section: different headings, each once, are not repeats', () => {
  const text = [
    'HOW THE IMR FINAL DETERMINATION WAS MADE',
    'Qualifications.',
    'CLINICAL CASE SUMMARY',
    'Summary.',
    'IMR ISSUES, DECISIONS AND RATIONALES',
    'Physical therapy: Upheld',
    'Decision rationale: The request is not medically necessary.',
    '',
  ].join('\n');
  assert.deepEqual(reported('duplicate-section', text), []);
});
