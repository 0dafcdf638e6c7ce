// section-order: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimumFor } from '../../helpers/letters';
import { parseLetter } from '../../../server/src/letter';
import { check, splice, real, reported } from './inject';

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

const HOW = 'HOW THE IMR FINAL DETERMINATION WAS MADE';
const CCS = 'CLINICAL CASE SUMMARY';
const ISSUES = 'IMR ISSUES, DECISIONS AND RATIONALES';
const sections = (...titles: string[]) => titles.map((t, i) => `${t}\nText of part ${i + 1}.\n`).join('');
const found = (text: string) =>
  reported('section-order', text).map((p) => ({
    heading: text.slice(p.span.start, p.span.end),
    at: p.span.start,
    message: p.message,
    level: p.level,
  }));

test('section-order: every heading below a later one is reported on its heading, naming the latest section above it', () => {
  const text = sections(ISSUES, HOW, CCS);
  assert.deepEqual(found(text), [
    { heading: HOW, at: text.indexOf(HOW), message: `"${HOW}" should come before "${ISSUES}".`, level: 'warning' },
    { heading: CCS, at: text.indexOf(CCS), message: `"${CCS}" should come before "${ISSUES}".`, level: 'warning' },
  ]);
  const swapped = sections(CCS, HOW, ISSUES);
  assert.deepEqual(
    found(swapped).map((p) => p.message),
    [`"${HOW}" should come before "${CCS}".`],
  );
});

test('section-order: sections in order, a repeated heading and a heading of another format are no misorder', () => {
  assert.deepEqual(found(sections(HOW, CCS, ISSUES)), []);
  assert.deepEqual(found(sections(HOW, CCS, CCS, ISSUES)), []);
  assert.deepEqual(found(sections(CCS, ISSUES)), []);
  // A format 1 heading in a format 2 letter is not in format 2's order: it is passed over, wherever it stands.
  const mixed = sections(HOW, 'DOCUMENTS REVIEWED', CCS, 'IMR DECISION(S) AND RATIONALE(S)', ISSUES);
  assert.equal(parseLetter(mixed).format, 'format2');
  assert.deepEqual(found(mixed), []);
});
