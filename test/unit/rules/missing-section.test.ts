// missing-section: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../../server/src/letter';
import { minimumFor } from '../../helpers/letters';
import { applyFix, check, splice, real, reported } from './inject';

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

const HOW = 'HOW THE IMR FINAL DETERMINATION WAS MADE';
const SUMMARY = 'CLINICAL CASE SUMMARY';
const ISSUES = 'IMR ISSUES, DECISIONS AND RATIONALES';
const SUMMARY_OPENING = 'The expert reviewer developed the following clinical case summary.';

/** What missing-section reports on `text`: the message, the reported text, the fix's title and edits, and `due`. */
function findings(text: string) {
  return reported('missing-section', text).map((p) => ({
    message: p.message,
    level: p.level,
    at: text.slice(p.span.start, p.span.end),
    fix: p.fixes?.map((f) => ({
      title: f.title,
      edits: f.edits.map((e) => ({ start: e.span.start, end: e.span.end, newText: e.newText })),
    })),
    due: p.due,
  }));
}

test('missing-section: an empty or blank text is not a letter and misses nothing', () => {
  assert.deepEqual(findings(''), []);
  assert.deepEqual(findings('  \n\t\n'), []);
});

test('missing-section: text of no known format is held to format 1: all three sections, due at its end', () => {
  const text = 'hello';
  assert.deepEqual(
    findings(text),
    [HOW, SUMMARY, ISSUES].map((title) => ({
      message: `The section "${title}" is missing.`,
      level: 'error',
      at: 'hello',
      fix: [{ title: `Insert the heading "${title}"`, edits: [{ start: 5, end: 5, newText: `\n${title}` }] }],
      due: { at: 5, what: `the section "${title}"` },
    })),
  );
  // Ending in a line break, the heading goes on the line after it, with no break of its own.
  const nl = findings('hello\n');
  assert.deepEqual(
    nl.map((f) => f.fix),
    [HOW, SUMMARY, ISSUES].map((title) => [{ title: `Insert the heading "${title}"`, edits: [{ start: 6, end: 6, newText: title }] }]),
  );
  assert.deepEqual(
    nl.map((f) => f.at),
    ['hello', 'hello', 'hello'],
  );
});

test('missing-section: the last section missing at the end of a letter whose last line has no break (CRLF letter)', () => {
  const text = `${HOW}\r\nfoo\r\n${SUMMARY}\r\nbar`;
  const [f, ...rest] = findings(text);
  assert.deepEqual(rest, []);
  assert.equal(f.message, `The section "${ISSUES}" is missing.`);
  assert.equal(f.at, 'bar');
  assert.deepEqual(f.fix, [
    { title: `Insert the heading "${ISSUES}"`, edits: [{ start: text.length, end: text.length, newText: `\r\n${ISSUES}` }] },
  ]);
  assert.deepEqual(f.due, { at: text.length, what: `the section "${ISSUES}"` });
  const fixed = applyFix(text, reported('missing-section', text)[0]);
  assert.equal(fixed, `${text}\r\n${ISSUES}`);
  assert.deepEqual(findings(fixed), []);
});

test('missing-section: a missing section before a later one is reported on the later heading and inserted above it', () => {
  const text = `${SUMMARY}\nfoo\n${ISSUES}\n`;
  const found = findings(text);
  assert.deepEqual(found, [
    {
      message: `The section "${HOW}" is missing before "${SUMMARY}".`,
      level: 'error',
      at: SUMMARY,
      fix: [{ title: `Insert the heading "${HOW}"`, edits: [{ start: 0, end: 0, newText: `${HOW}\n` }] }],
      due: { at: 0, what: `the section "${HOW}"` },
    },
  ]);
  assert.deepEqual(findings(applyFix(text, reported('missing-section', text)[0])), []);
  // Inserted above a later heading of a text whose last line has no break: no break before the heading.
  const open = `${HOW}\nfoo\n${ISSUES}\nbar`;
  const at = open.indexOf(ISSUES);
  assert.deepEqual(
    findings(open).map((f) => [f.at, f.fix]),
    [[ISSUES, [{ title: `Insert the heading "${SUMMARY}"`, edits: [{ start: at, end: at, newText: `${SUMMARY}\n` }] }]]],
  );
});

test('missing-section: the case summary text without its heading gets the heading right above it', () => {
  const text = `${HOW}\nfoo\n${SUMMARY_OPENING}\nbar\n${ISSUES}\n`;
  const at = text.indexOf(SUMMARY_OPENING);
  assert.deepEqual(findings(text), [
    {
      message: `The section "${SUMMARY}" is missing before "${ISSUES}".`,
      level: 'error',
      at: ISSUES,
      fix: [{ title: `Insert the heading "${SUMMARY}"`, edits: [{ start: at, end: at, newText: `${SUMMARY}\n` }] }],
      due: { at, what: `the section "${SUMMARY}"` },
    },
  ]);
  const fixed = applyFix(text, reported('missing-section', text)[0]);
  assert.equal(fixed, `${HOW}\nfoo\n${SUMMARY}\n${SUMMARY_OPENING}\nbar\n${ISSUES}\n`);
  assert.deepEqual(findings(fixed), []);
});

test('missing-section: the opening sentence is looked for only after the section before it', () => {
  // Above the first section's heading: not the missing summary's text, the heading goes where it is due.
  const above = `${SUMMARY_OPENING}\n${HOW}\nfoo\n${ISSUES}\n`;
  const due = above.indexOf(ISSUES);
  assert.deepEqual(
    findings(above).map((f) => [f.message, f.fix]),
    [
      [
        `The section "${SUMMARY}" is missing before "${ISSUES}".`,
        [{ title: `Insert the heading "${SUMMARY}"`, edits: [{ start: due, end: due, newText: `${SUMMARY}\n` }] }],
      ],
    ],
  );
  // Inside the header block: not the text of the first section either.
  const header = `Case Number: CM16-0213037\nMAXIMUS Federal Services sent the complete case file\nDate of Injury: 10/13/2016\n${SUMMARY}\nfoo\n${ISSUES}\n`;
  const h = header.indexOf(SUMMARY);
  assert.deepEqual(
    findings(header).map((f) => [f.at, f.fix]),
    [[SUMMARY, [{ title: `Insert the heading "${HOW}"`, edits: [{ start: h, end: h, newText: `${HOW}\n` }] }]]],
  );
  // With no header, from the start of the text.
  const bare = `MAXIMUS Federal Services sent the complete case file\n${SUMMARY}\nfoo\n${ISSUES}\n`;
  assert.deepEqual(
    findings(bare).map((f) => f.fix),
    [[{ title: `Insert the heading "${HOW}"`, edits: [{ start: 0, end: 0, newText: `${HOW}\n` }] }]],
  );
});

test('missing-section: format 2 requires its own sections; the section before the gap is the last required one before it', () => {
  // A format 1 decisions heading in a format 2 letter is not one of its sections: the summary text after
  // DOCUMENTS REVIEWED, above that heading, is still found.
  const text = `${HOW}\nDOCUMENTS REVIEWED\nfoo\n${SUMMARY_OPENING}\n${ISSUES}\nbar\n`;
  const at = text.indexOf(SUMMARY_OPENING);
  const found = findings(text);
  assert.deepEqual(
    found.map((f) => [f.message, f.at, f.fix?.[0].edits]),
    [
      [`The section "${SUMMARY}" is missing.`, 'bar', [{ start: at, end: at, newText: `${SUMMARY}\n` }]],
      [
        'The section "IMR DECISION(S) AND RATIONALE(S)" is missing.',
        'bar',
        [{ start: text.length, end: text.length, newText: 'IMR DECISION(S) AND RATIONALE(S)' }],
      ],
    ],
  );
  // A format 2 letter without its decisions section: not held to format 1.
  assert.deepEqual(
    findings(`${HOW}\nDOCUMENTS REVIEWED\n${SUMMARY}\nfoo\n`).map((f) => f.message),
    ['The section "IMR DECISION(S) AND RATIONALE(S)" is missing.'],
  );
});
