// The analysis pipeline's own answers: how letter bytes are read and written back, what an ignore glob
// means, and which safe fixes clash. Front-end agreement is tested in test/cli/pipeline.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  applySafeFixes,
  combineFixes,
  declined,
  decodeLetter,
  DEFAULT_SETTINGS,
  editsClash,
  encodeLetter,
  fixSafely,
  ignoreGlobs,
  isIgnored,
  unparsable,
} from '../../server/src/analysis';
import type { Edit, Problem } from '../../server/src/rules';
import { ROOT } from '../helpers/letters';

const edit = (start: number, end: number, newText = 'x'): Edit => ({ span: { start, end }, newText });

test('UTF-8 letters decode as UTF-8, a byte order mark is set apart and written back', () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Case Number: café')]);
  const d = decodeLetter(bytes);
  assert.deepEqual(d, { text: 'Case Number: café', encoding: 'utf-8', bom: true });
  assert.deepEqual(encodeLetter(d.text, d.encoding, d.bom), bytes);
  assert.deepEqual(decodeLetter(new Uint8Array([0x61])), { text: 'a', encoding: 'utf-8', bom: false });
  assert.deepEqual(decodeLetter(new Uint8Array()), { text: '', encoding: 'utf-8', bom: false });
});

test('text that is not UTF-8 is read as Windows-1252 and every one of the 256 bytes comes back as it was', () => {
  const cafe = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]); // café “q” in Windows-1252
  const d = decodeLetter(cafe);
  assert.equal(d.encoding, 'windows-1252');
  assert.equal(d.text, 'café \u201cq\u201d');
  assert.deepEqual(encodeLetter(d.text, d.encoding, d.bom), cafe);
  const all = new Uint8Array(256).map((_, i) => i);
  const every = decodeLetter(all);
  assert.equal(every.encoding, 'windows-1252');
  assert.equal(every.text.length, 256, "one character per byte, so columns are the editor's");
  assert.deepEqual(encodeLetter(every.text, every.encoding, false), all);
  // A character Windows-1252 lacks cannot be written: the caller must leave the file as it is.
  assert.equal(encodeLetter('café \u2192', 'windows-1252', false), undefined);
  assert.equal(encodeLetter('\u0080', 'windows-1252', false), undefined);
});

test('ignore globs: relative to the settings folder, at any depth, any case, a folder covers its contents', () => {
  const base = 'file:///home/qa/work/';
  assert.ok(isIgnored('file:///home/qa/work/drafts/a.txt', ['drafts/**'], base));
  assert.ok(isIgnored('file:///home/qa/work/drafts/a.txt', ['drafts'], base));
  assert.ok(isIgnored('file:///home/qa/work/drafts/a.txt', ['drafts/'], base));
  assert.ok(isIgnored('file:///home/qa/work/Drafts/a.txt', ['drafts/**'], base));
  assert.ok(isIgnored('file:///home/qa/work/2016/drafts/a.txt', ['drafts/**'], base), 'any depth');
  assert.ok(isIgnored('/home/qa/work/drafts/a.txt', ['./drafts/**'], '/home/qa/work'), 'paths as the command line has them');
  assert.ok(isIgnored('file:///home/qa/work/x.draft.imr', ['*.draft.imr'], base));
  assert.ok(!isIgnored('file:///home/qa/work/a.txt', ['drafts/**'], base));
  assert.ok(!isIgnored('file:///home/qa/work/drafts-old/a.txt', ['drafts/**'], base), 'a folder name is matched whole');
  assert.ok(!isIgnored('file:///home/qa/work/drafts/a.txt', [], base));
  assert.ok(!isIgnored('file:///home/qa/work/drafts/a.txt', ['', '  '], base));
  // The editor's list, when it has any, replaces the file's.
  assert.deepEqual(ignoreGlobs([], ['drafts/**']), ['drafts/**']);
  assert.deepEqual(ignoreGlobs(undefined, ['drafts/**']), ['drafts/**']);
  assert.deepEqual(ignoreGlobs(['old/**'], ['drafts/**']), ['old/**']);
});

test('what is analysed: the size limit (at it and one past it), binary text, ignored files', () => {
  const settings = { ...DEFAULT_SETTINGS, maxFileSizeMB: 1 };
  assert.equal(unparsable('a'.repeat(1048576), 1), undefined);
  assert.equal(unparsable('a'.repeat(1048577), 1), 'tooLarge');
  assert.equal(unparsable('Case Number:\0', 1), 'binary');
  assert.equal(unparsable('x'.repeat(8193) + '\0', 1), undefined, 'a NUL past the first 8 KB is not binary');
  assert.equal(
    declined('file:///w/drafts/a.txt', 'Case Number:', { ...settings, ignore: ['drafts/**'], ignoreBase: 'file:///w/' }),
    'ignored',
  );
  assert.equal(declined(undefined, 'Case Number:', { ...settings, ignore: ['**'] }), undefined, 'standard input has no path to ignore');
  assert.equal(declined('file:///w/a.txt', '', settings), undefined, 'an empty text is analysed (and says what is missing)');
});

test('one clash rule: overlapping edits, the same start, an insertion where another edit ends', () => {
  assert.ok(editsClash(edit(0, 5), edit(3, 8)));
  assert.ok(editsClash(edit(3, 8), edit(0, 5)));
  assert.ok(editsClash(edit(4, 4), edit(4, 4)), 'two insertions at one place: their order is a guess');
  assert.ok(editsClash(edit(4, 4), edit(4, 9)));
  assert.ok(editsClash(edit(4, 4), edit(0, 4)), 'an insertion where another edit ends');
  assert.ok(editsClash(edit(0, 4), edit(4, 4)));
  assert.ok(!editsClash(edit(0, 4), edit(4, 8)), 'edits that only touch are fine');
  assert.ok(!editsClash(edit(0, 4), edit(5, 5)));
  const fixes = [
    { title: 'a', edits: [edit(0, 4, 'A')] },
    { title: 'b', edits: [edit(2, 6, 'B')] },
    { title: 'c', edits: [edit(6, 7, 'C')] },
  ];
  assert.deepEqual(
    combineFixes(fixes).map((e) => e.newText),
    ['A', 'C'],
    'the first wins, the clashing one waits',
  );
  const problems: Problem[] = fixes.map((f) => ({
    rule: 'r',
    span: f.edits[0].span,
    message: '',
    level: 'error',
    fixes: [{ ...f, safe: true }],
  }));
  assert.deepEqual(applySafeFixes('0123456789', problems), { text: 'A45C789', applied: 2 });
});

test('fixSafely on a real letter: every safe fix, in rounds, and what is left has no safe fix', () => {
  const text = readFileSync(join(ROOT, 'test', 'cli', 'letters', 'defects.imr'), 'utf8');
  const fixed = fixSafely(text, DEFAULT_SETTINGS);
  assert.ok(fixed.applied >= 2, String(fixed.applied));
  assert.match(fixed.text, /Diazepam 5mg #10: Upheld/);
  assert.ok(!fixed.problems.some((p) => p.fixes?.some((f) => f.safe)), fixed.problems.map((p) => p.rule).join(', '));
  assert.equal(fixSafely(fixed.text, DEFAULT_SETTINGS).applied, 0, 'fixing a fixed letter changes nothing');
});
