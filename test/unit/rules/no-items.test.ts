// no-items: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, minimumFor } from '../../helpers/letters';
import { check, oneItemLetter, real, reported } from './inject';

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

const OPENING = 'The Final Determination was based on decisions for the disputed items/services set forth below:\n';
const holdsNone = (title: string) =>
  `"${title}" holds no disputed item: add each item's header ("<item>: Upheld" or "<item>: Overturned") and its three lines.`;

function findings(text: string) {
  return reported('no-items', text).map((p) => ({
    message: p.message,
    level: p.level,
    at: text.slice(p.span.start, p.span.end),
    due: p.due,
  }));
}

test('no-items: an empty decisions section is reported on its heading, the items due at the end of the section', () => {
  const title = 'IMR ISSUES, DECISIONS AND RATIONALES';
  const last = `${title}\n${OPENING}`;
  assert.deepEqual(findings(last), [
    { message: holdsNone(title), level: 'error', at: title, due: { at: last.length - 1, what: 'the disputed items' } },
  ]);
  // A section after it: the items are due before that section, not at the end of the text.
  const before = `${title}\n${OPENING}CLINICAL CASE SUMMARY\nfoo\n`;
  assert.deepEqual(
    findings(before).map((f) => f.due),
    [{ at: before.indexOf('\nCLINICAL'), what: 'the disputed items' }],
  );
});

test('no-items: format 2 and format 3 name their own decisions section', () => {
  const f2 = `HOW THE IMR FINAL DETERMINATION WAS MADE\nDOCUMENTS REVIEWED\nCLINICAL CASE SUMMARY\nfoo\nIMR DECISION(S) AND RATIONALE(S)\n${OPENING}`;
  assert.deepEqual(
    findings(f2).map((f) => [f.message, f.at]),
    [[holdsNone('IMR DECISION(S) AND RATIONALE(S)'), 'IMR DECISION(S) AND RATIONALE(S)']],
  );
  const f3 = readFileSync(join(FIXTURES, 'written', 'format3.imr'), 'utf8');
  assert.deepEqual(findings(f3), []);
  const none = f3.replace('Lumbar epidural steroid injection at L4-L5: Overturned\n', '');
  assert.deepEqual(findings(none), [
    {
      message: holdsNone('ISSUE AT DISPUTE:'),
      level: 'error',
      at: 'ISSUE AT DISPUTE:',
      due: { at: none.indexOf('CASE SUMMARY:'), what: 'the disputed items' },
    },
  ]);
});

test('no-items: a letter with an item, or without a decisions section, raises nothing', () => {
  assert.deepEqual(findings(oneItemLetter('Norco 10/325mg #120')), []);
  assert.deepEqual(findings('HOW THE IMR FINAL DETERMINATION WAS MADE\nCLINICAL CASE SUMMARY\nfoo\n'), []);
});
