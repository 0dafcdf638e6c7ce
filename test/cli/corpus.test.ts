// On the corpus, imr-lint's diagnostics equal the language server's, letter by letter: every real letter
// (both extractions and the seeds) as is and with defects written into it (an invalid outcome word, a
// missing heading, a missing MAXIMUS guideline label, CRLF line ends), checked by the BUILT CLI in one
// batch (worker threads) and pulled from the BUILT server over stdio. The server lints open documents as drafts
// (what is due after the last thing written is one "still to write" note): on finished letters, with defects or
// not, that must change nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { allRealLetters } from '../helpers/letters';
import { startServer, type TestServer } from '../helpers/lsp';
import { runCli } from './run';
import { threadsFor, WORKER_MIN_CORES, WORKER_THRESHOLD } from '../../server/src/cli/pool';

interface JsonProblem {
  rule: string;
  level: string;
  message: string;
  range: Diagnostic['range'];
  related?: { range: Diagnostic['range']; message: string }[];
}

/** Writes defects a reviewer makes into a real letter; every letter gets some, odd ones get CRLF too. */
function withDefects(text: string, n: number): string {
  let t = text.replace(/:\s*Upheld\b/, ': upheld').replace(/:\s*Overturned\b/, ': overturn');
  if (n % 3 === 0) t = t.replace(/^\s*CLINICAL CASE SUMMARY\s*$/m, '');
  if (n % 3 === 1) t = t.replace(/MAXIMUS guideline:/, 'MAXIMUS:');
  if (n % 2 === 1) t = t.replace(/\r?\n/g, '\r\n');
  return t;
}

const SEVERITY: Record<string, number> = { error: 1, warning: 2, information: 3, hint: 4 };
let dir = '';
let server: TestServer;
const files: { name: string; text: string }[] = [];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'imr-cli-corpus-'));
  allRealLetters().forEach((l, n) => {
    const base = l.id.replace(/[^A-Za-z0-9._-]/g, '_').replace(/\.txt$/, '');
    files.push({ name: `${base}.txt`, text: l.text }, { name: `${base}.defects.txt`, text: withDefects(l.text, n) });
  });
  for (const f of files) writeFileSync(join(dir, f.name), f.text);
  server = await startServer({ pull: true });
});

after(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the CLI (--format json) and the server report the same diagnostics on every corpus letter, with and without defects', async () => {
  const r = runCli(['--format', 'json', '--no-config', '--no-progress', '.'], { cwd: dir });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  const report = JSON.parse(r.stdout) as { files: { file: string; problems: JsonProblem[] }[] };
  const byFile = new Map(report.files.map((f) => [f.file, f.problems]));
  assert.equal(byFile.size, files.length, 'every letter is in the report');
  const differ: string[] = [];
  let compared = 0;
  let defectsSeen = 0;
  for (const f of files) {
    const uri = pathToFileURL(join(dir, f.name)).href;
    await server.open(uri, f.text);
    const diagnostics = (await server.connection.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } }))
      .items;
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const fromServer = diagnostics.map((d) => ({
      rule: String(d.code),
      severity: d.severity,
      message: d.message,
      range: d.range,
      related: d.relatedInformation?.map((i) => ({ range: i.location.range, message: i.message })),
    }));
    const fromCli = (byFile.get(f.name) ?? []).map((p) => ({
      rule: p.rule,
      severity: SEVERITY[p.level],
      message: p.message,
      range: p.range,
      related: p.related,
    }));
    compared += fromServer.length;
    if (f.name.includes('.defects.')) defectsSeen += fromCli.length;
    try {
      assert.deepEqual(fromCli, fromServer);
    } catch {
      differ.push(`${f.name}: cli ${JSON.stringify(fromCli)}\n  server ${JSON.stringify(fromServer)}`);
    }
  }
  assert.deepEqual(differ, [], `${differ.length} letters differ`);
  // The comparison is not vacuous: the defective copies are full of problems.
  assert.ok(defectsSeen >= files.length / 2, `only ${defectsSeen} problems in the defective copies`);
  assert.ok(compared >= defectsSeen);
});

test('worker threads and a single thread give the same report', () => {
  const many = runCli(['--format', 'json', '--no-config', '--no-progress', '.'], { cwd: dir });
  const workers = runCli(['--format', 'json', '--no-config', '--jobs', '4', '.'], { cwd: dir });
  const single = runCli(['--format', 'json', '--no-config', '--jobs', '1', '.'], { cwd: dir });
  assert.equal(single.status, many.status);
  assert.equal(workers.stdout, single.stdout);
  assert.equal(many.stdout, single.stdout);
  assert.ok(JSON.parse(single.stdout).summary.errors > 0);
});

test('--export lists every disputed item of every corpus letter with the expected outcome, in order', () => {
  const r = runCli(['--export', 'json', '--no-config', '.'], { cwd: dir });
  assert.equal(r.status, 0, r.stderr);
  const exported = JSON.parse(r.stdout) as { letters: { file: string; caseNumber: string; items: { item: number; outcome: string }[] }[] };
  const byFile = new Map(exported.letters.map((l) => [l.file, l]));
  const wrong: string[] = [];
  allRealLetters().forEach((l) => {
    const name = `${l.id.replace(/[^A-Za-z0-9._-]/g, '_').replace(/\.txt$/, '')}.txt`;
    const got = byFile.get(name)?.items.map((i) => i.outcome) ?? [];
    if (JSON.stringify(got) !== JSON.stringify(l.outcomes)) wrong.push(`${name}: ${got.join(',')} expected ${l.outcomes.join(',')}`);
    if (!l.id.startsWith('seeds/') && !/^CM\d\d-\d{7}$/.test(byFile.get(name)?.caseNumber ?? ''))
      wrong.push(`${name}: case number ${byFile.get(name)?.caseNumber}`);
  });
  assert.deepEqual(wrong, []);
});

test('workers only for large batches on machines of 4 cores or more, unless --jobs says', () => {
  assert.equal(threadsFor(WORKER_THRESHOLD - 1, undefined, 16), 1, 'a small batch stays on one thread');
  assert.equal(threadsFor(1000, undefined, 2), 1, 'two cores: one thread is faster');
  assert.equal(threadsFor(1000, undefined, WORKER_MIN_CORES), WORKER_MIN_CORES);
  assert.equal(threadsFor(1000, undefined, 16), 16);
  assert.equal(threadsFor(1000, 3, 2), 3, '--jobs decides');
  assert.equal(threadsFor(2, 8, 16), 2, 'never more threads than letters');
});
