// Drafting without noise: real letters typed into the built server (dist/server.js over stdio) top to bottom,
// line by line, and character by character over one item of a sample, the diagnostics pulled after every change,
// on letters that end with no error. What is simply not written yet must not show as an error, a judgement of a
// rationale must not outlive the line being typed, and the server's incremental analysis must equal a full
// parse and lint of the same text at every step. The measured rates are printed.
import { test, after, before } from 'node:test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { parseLetter } from '../../server/src/letter';
import { lint, RULES } from '../../server/src/rules';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { allRealLetters, fixture, isFullCorpus, minimumFor, type RealLetter } from '../helpers/letters';
import { letterUri, startServer, type TestServer } from '../helpers/lsp';
import { charChunks, describe, lineChunks, sameShown, typeInto, type Step } from './typist';

let server: TestServer;
before(async () => {
  server = await startServer({ pull: true });
});
after(async () => {
  await server.stop();
});

const ERROR = 1;
/** Rules that judge what a rationale says: they wait until it is finished. */
const JUDGEMENTS = new Set(RULES.filter((r) => r.judgesRationale).map((r) => r.name));

const all = allRealLetters();
/** Letters that end clean: as finished letters, no error at all. */
const clean = all.filter((l) => {
  const letter = parseLetter(l.text);
  return !lint(letter, RULES).some((p) => p.level === 'error');
});

/** The judgements of a rationale in the finished letter, as shown (a typed prefix may show these, once written). */
function finalJudgements(l: RealLetter): Set<string> {
  const letter = parseLetter(l.text);
  return new Set(
    toDiagnostics(letter, lint(letter, RULES), '')
      .filter((d) => JUDGEMENTS.has(String(d.code)))
      .map(shownOne),
  );
}
const shownOne = (d: Diagnostic): string => describe([d]);

const pct = (n: number, of: number): string => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;
const where = (l: RealLetter, s: Step): string => `${l.id} line ${s.cursorLine + 1}`;

test('the letters that end clean are most of the real letters', () => {
  assert.ok(clean.length >= minimumFor(280, all), `${clean.length} of ${all.length} letters end clean`);
});

test('the "still to write" note is Information, on the last line written, and links to the page on drafting', async () => {
  // A real letter written up to its first item's header: the item's three lines are still to write.
  const l = clean[0];
  const item = parseLetter(l.text).items[0];
  const text = l.text.slice(0, l.text.indexOf('\n', item.header.span.end - 1) + 1);
  const uri = letterUri(`drafting-note/${l.id}`);
  await server.open(uri, text);
  const items = (await server.connection.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items;
  await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  assert.deepEqual(
    items.map((d) => `${d.code} ${d.severity}`),
    ['still-to-write 3'],
  );
  const [note] = items;
  assert.equal(note.range.start.line, text.split('\n').length - 2, 'on the last line written');
  assert.match(
    String(note.message),
    /^Still to write: for ".+", the "Claims Administrator guideline:" line, the "MAXIMUS guideline:" line and the "Decision rationale:" line\.$/,
  );
  const href = note.codeDescription?.href;
  assert.ok(href && href.endsWith('/docs/drafting.md'), href);
  assert.ok(existsSync(fileURLToPath(href)), href);
});

test('typed line by line: errors above the cursor in at most 5% of steps, no judgement of an unfinished rationale, server = full parse', async (t) => {
  let steps = 0;
  let withError = 0;
  let judged = 0;
  const mismatch: string[] = [];
  const judgements: string[] = [];
  const errorRules = new Map<string, number>();
  for (const l of clean) {
    const real = finalJudgements(l);
    await typeInto(server, letterUri(`drafting/${l.id}`), '', lineChunks(l.text), (s) => {
      steps++;
      const errors = s.diagnostics.filter((d) => d.severity === ERROR && d.range.start.line < s.cursorLine);
      if (errors.length) withError++;
      for (const d of errors) errorRules.set(String(d.code), (errorRules.get(String(d.code)) ?? 0) + 1);
      // A judgement the finished letter does not make is a false one, made on a rationale not yet finished.
      const judging = s.diagnostics.filter((d) => JUDGEMENTS.has(String(d.code)) && !real.has(shownOne(d)));
      if (judging.length) {
        judged++;
        judgements.push(`${where(l, s)}: ${describe(judging)}`);
      }
      if (!s.sameModel) mismatch.push(`${where(l, s)}: the incremental model differs from a full parse`);
      else if (!sameShown(s.diagnostics, s.expected))
        mismatch.push(`${where(l, s)}: server [${describe(s.diagnostics)}] != full [${describe(s.expected)}]`);
    });
  }
  const byRule = [...errorRules]
    .sort((a, b) => b[1] - a[1])
    .map(([r, n]) => `${r} ${n}`)
    .join(', ');
  t.diagnostic(
    `${clean.length} letters${isFullCorpus(all) ? '' : ' (sample)'}, ${steps} line steps: an error above the cursor in ${withError} (${pct(withError, steps)})${byRule ? `: ${byRule}` : ''}`,
  );
  t.diagnostic(`a judgement the finished letter does not make on screen in ${judged} line steps (${pct(judged, steps)})`);
  assert.deepEqual(mismatch.slice(0, 5), [], `${mismatch.length} steps where the server's analysis differs from a full one`);
  assert.ok(withError <= steps * 0.05, `an error above the cursor in ${pct(withError, steps)} of line steps: ${byRule}`);
  assert.deepEqual(
    judgements.slice(0, 5),
    [],
    `${judgements.length} line steps show a judgement of a rationale on a letter that ends clean`,
  );
});

/** A fixed sample for typing one item character by character: every 36th clean letter (both extractions and seeds). */
const sample = clean.filter((_, k) => k % 36 === 0);

test('typed character by character over an item: no judgement outlives its line, errors stay on the line being typed', async (t) => {
  let steps = 0;
  let lineEnds = 0;
  let withError = 0;
  let judgedChars = 0;
  const outlived: string[] = [];
  const mismatch: string[] = [];
  let typed = 0;
  const errorRules = new Map<string, number>();
  for (const l of sample) {
    const letter = parseLetter(l.text);
    // The middle item: for one-item letters, the only one. Typed after the text above it, as a reviewer goes on.
    const item = letter.items[letter.items.length >> 1];
    if (!item) continue;
    const start = letter.lines.find((x) => x.next > item.span.start)!.start;
    const end = letter.lines.find((x) => x.end >= item.span.end)!.next;
    typed++;
    const real = finalJudgements(l);
    await typeInto(server, letterUri(`drafting-chars/${l.id}`), l.text.slice(0, start), charChunks(l.text.slice(start, end)), (s) => {
      steps++;
      const errors = s.diagnostics.filter((d) => d.severity === ERROR && d.range.start.line < s.cursorLine);
      if (errors.length) withError++;
      for (const d of errors) errorRules.set(String(d.code), (errorRules.get(String(d.code)) ?? 0) + 1);
      const judging = s.diagnostics.filter((d) => JUDGEMENTS.has(String(d.code)) && !real.has(shownOne(d)));
      if (judging.length) judgedChars++;
      if (s.lineDone) {
        lineEnds++;
        if (judging.length) outlived.push(`${where(l, s)}: ${describe(judging)}`);
      }
      if (!s.sameModel) mismatch.push(`${where(l, s)}: the incremental model differs from a full parse`);
      else if (!sameShown(s.diagnostics, s.expected))
        mismatch.push(`${where(l, s)}: server [${describe(s.diagnostics as Diagnostic[])}] != full [${describe(s.expected)}]`);
    });
  }
  t.diagnostic(
    `${typed} items of ${sample.map((l) => l.id).join(', ')}: ${steps} keystrokes, an error above the cursor line in ${withError} (${pct(withError, steps)})${errorRules.size ? ` (${[...errorRules].map(([r, n]) => `${r} ${n}`).join(', ')})` : ''}; a judgement the finished letter does not make on screen in ${judgedChars} keystrokes, still there at a line's end in ${outlived.length} of ${lineEnds}`,
  );
  assert.ok(typed >= Math.min(sample.length, 5), `only ${typed} items typed`);
  assert.deepEqual(mismatch.slice(0, 5), [], `${mismatch.length} keystrokes where the server's analysis differs from a full one`);
  assert.deepEqual(outlived.slice(0, 5), [], `${outlived.length} judgements outlive the line being typed`);
  assert.ok(withError <= steps * 0.05, `an error above the cursor line in ${pct(withError, steps)} of keystrokes`);
});

test('a rationale that quotes guidelines and asks why, typed line by line: no judgement before its conclusion', async () => {
  // A real letter (Upheld) whose rationale opens with the sentences that read as a decision when taken alone:
  // a general statement, an embedded question, a quotation, each ending its line.
  const text = fixture('corpus/letters/CM16-0233904.txt').replace(
    'Decision rationale: The request is not medically necessary. Baclofen is recommended to treat\n',
    [
      'Decision rationale: The MTUS supports physical medicine for services deemed to be medically necessary.',
      'There is no documentation explaining why the requested physical therapy 2 times a week for 6 weeks for the lumbar spine is necessary.',
      'The MTUS states that a request for muscle relaxants "is medically necessary for acute spasm."',
      'The guidelines consider baclofen medically necessary for spasticity from spinal cord injury.',
      'Baclofen is recommended to treat\n',
    ].join('\n'),
  );
  const letter = parseLetter(text);
  assert.deepEqual(
    lint(letter, RULES).map((p) => p.rule),
    [],
    'the letter ends clean',
  );
  assert.equal(letter.items[0].rationale?.conclusion?.kind, 'notNecessary');
  const judged: string[] = [];
  let steps = 0;
  await typeInto(server, letterUri('drafting/quotations'), '', lineChunks(text), (s) => {
    steps++;
    const judging = s.diagnostics.filter((d) => JUDGEMENTS.has(String(d.code)));
    if (judging.length) judged.push(`line ${s.cursorLine}: ${describe(judging)}`);
    assert.ok(s.sameModel && sameShown(s.diagnostics, s.expected), `line ${s.cursorLine}: the server's analysis differs from a full one`);
  });
  assert.deepEqual(judged, []);
  assert.ok(steps > 60);
});
