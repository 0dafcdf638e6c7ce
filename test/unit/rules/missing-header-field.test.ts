// missing-header-field: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../../server/src/letter';
import { check, splice, corpus, reported } from './inject';

test('missing-header-field: a header label removed', () => {
  let n = 0;
  for (const key of ['priority', 'caseNumber', 'decisionDate'] as const) {
    n += check('missing-header-field', corpus, (letter, text) => {
      const f = letter.header?.fields.find((x) => x.key === key);
      if (!f || !letter.header) return undefined;
      // Remove both label and value (they may stand on different lines).
      const spans = [f.label.span, ...(f.value ? [f.value.span] : [])].sort((a, b) => b.start - a.start);
      let out = text;
      for (const s of spans) out = splice(out, s.start, s.end, '');
      return { text: out, at: parseLetter(out).header?.span.start ?? 0 };
    });
  }
  assert.equal(n, corpus.length * 3);
});

const FULL =
  'Case Number: CM16-0213037\nDate of Injury: 10/13/2016\nDate Assigned: 11/09/2016\nUR Denial Date: 11/03/2016\nDecision Date: 12/09/2016\nApplication Received: 11/03/2016\nPriority: Standard\nHOW THE IMR FINAL DETERMINATION WAS MADE\nfoo\n';
const OTHERS = ['Date Assigned:', 'Decision Date:', 'Priority:', 'Date of Injury:', 'UR Denial Date:', 'Application Received:'];

function findings(text: string) {
  return reported('missing-header-field', text).map((p) => ({
    message: p.message,
    level: p.level,
    at: text.slice(p.span.start, p.span.end),
    due: p.due,
  }));
}

test('missing-header-field: a complete header, and a letter body without a header, raise nothing', () => {
  assert.deepEqual(findings(FULL), []);
  assert.deepEqual(findings('HOW THE IMR FINAL DETERMINATION WAS MADE\nfoo\n'), []);
});

test('missing-header-field: each absent field, in the header order, on the header first line, due at the header end', () => {
  const text = 'MAXIMUS Federal Services\nCase Number: CM16-0213037\nHOW THE IMR FINAL DETERMINATION WAS MADE\nfoo\n';
  const end = text.indexOf('\nHOW');
  assert.deepEqual(
    findings(text),
    OTHERS.map((label) => ({
      message: `The header has no "${label}" field.`,
      level: 'warning',
      at: 'Case Number: CM16-0213037',
      due: { at: end, what: `the header field "${label}"` },
    })),
  );
  const noPriority = FULL.replace('Priority: Standard\n', '');
  assert.deepEqual(findings(noPriority), [
    {
      message: 'The header has no "Priority:" field.',
      level: 'warning',
      at: 'Case Number: CM16-0213037',
      due: { at: noPriority.indexOf('\nHOW'), what: 'the header field "Priority:"' },
    },
  ]);
});

test('missing-header-field: a label without its value is reported on the label', () => {
  for (const empty of ['Priority:', 'Priority:    ']) {
    const text = FULL.replace('Priority: Standard', empty);
    assert.deepEqual(findings(text), [
      {
        message: 'The header field "Priority:" has no value.',
        level: 'warning',
        at: 'Priority:',
        // The header ends at the label (trailing spaces are not part of it).
        due: { at: text.indexOf('Priority:') + 'Priority:'.length, what: 'the value of "Priority:"' },
      },
    ]);
  }
  const bare = 'Case Number:\nHOW THE IMR FINAL DETERMINATION WAS MADE\nfoo\n';
  assert.deepEqual(
    findings(bare).map((f) => [f.message, f.at]),
    [
      ['The header field "Case Number:" has no value.', 'Case Number:'],
      ...OTHERS.map((l) => [`The header has no "${l}" field.`, 'Case Number:']),
    ],
  );
});
