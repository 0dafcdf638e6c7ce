// The editor, Lint Workspace and imr-lint share one analysis pipeline, so on one workspace they report the
// same problems at the same places and skip the same files; and a letter that is not UTF-8 keeps its bytes
// when imr-lint --fix fixes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { startServer, type TestServer } from '../helpers/lsp';
import { LETTERS, runCli } from './run';

const LEVEL: Record<string, number> = { error: 1, warning: 2, information: 3, hint: 4 };
type CliFile = { file: string; problems: { rule: string; level: string; range: Diagnostic['range'] }[] };
const key = (code: unknown, severity: number | undefined, r: Diagnostic['range']) =>
  `${code}:${severity}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/** A workspace whose .imr-lint.json ignores drafts/**, with the same defective letter at the root and in drafts/. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'imr-pipeline-'));
  mkdirSync(join(dir, 'drafts'));
  copyFileSync(join(LETTERS, 'defects.imr'), join(dir, 'a.txt'));
  copyFileSync(join(LETTERS, 'defects.imr'), join(dir, 'drafts', 'a.txt'));
  copyFileSync(join(LETTERS, 'crlf.imr'), join(dir, 'crlf.imr'));
  writeFileSync(join(dir, '.imr-lint.json'), JSON.stringify({ rules: { 'missing-outcome': 'warning' }, ignore: ['drafts/**'] }));
  return dir;
}

async function editorView(server: TestServer, dir: string, files: readonly string[]): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const f of files) {
    const uri = pathToFileURL(join(dir, f)).href;
    await server.open(uri, readFileSync(join(dir, f), 'utf8'));
    const { items } = await server.connection.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    out[f] = items.map((d) => key(d.code, d.severity, d.range)).sort();
  }
  return out;
}

test('.imr-lint.json ignoring drafts/**: the editor, Lint Workspace and imr-lint all skip drafts/a.txt and agree on the rest', async () => {
  const dir = workspace();
  const files = ['a.txt', 'crlf.imr', 'drafts/a.txt'];
  const server = await startServer({ pull: true, configuration: true, workspaceFolders: [pathToFileURL(dir).href] });
  try {
    const editor = await editorView(server, dir, files);
    assert.deepEqual(editor['drafts/a.txt'], [], 'the editor reports nothing for an ignored file');
    assert.ok(editor['a.txt'].length > 0 && editor['a.txt'].some((k) => k.startsWith('missing-outcome:2@')), editor['a.txt'].join(', '));

    const lint = await server.connection.sendRequest<{ uri: string; diagnostics: Diagnostic[] }[]>('imrLetters/lintLetters', {
      letters: files.map((f) => ({ uri: pathToFileURL(join(dir, f)).href, text: readFileSync(join(dir, f), 'utf8') })),
    });
    const workspaceRun = Object.fromEntries(
      lint.map((r, i) => [files[i], r.diagnostics.map((d) => key(d.code, d.severity, d.range)).sort()]),
    );
    assert.deepEqual(workspaceRun, editor);

    const cli = runCli(['--format', 'json', '.'], { cwd: dir });
    const shown = (JSON.parse(cli.stdout).files as CliFile[]).map((f) => f.file);
    assert.deepEqual(shown, ['a.txt', 'crlf.imr'], 'imr-lint skips drafts/ when it expands the folder');
    const cliView = Object.fromEntries(
      (JSON.parse(cli.stdout).files as CliFile[]).map((f) => [f.file, f.problems.map((p) => key(p.rule, LEVEL[p.level], p.range)).sort()]),
    );
    assert.deepEqual(cliView, { 'a.txt': editor['a.txt'], 'crlf.imr': editor['crlf.imr'] });
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the editor's imrLetters.ignore, when set, replaces the file's list", async () => {
  const dir = workspace();
  const server = await startServer({
    pull: true,
    configuration: true,
    settings: { ignore: ['crlf.imr'] },
    workspaceFolders: [pathToFileURL(dir).href],
  });
  try {
    const editor = await editorView(server, dir, ['crlf.imr', 'drafts/a.txt']);
    assert.deepEqual(editor['crlf.imr'], []);
    assert.ok(editor['drafts/a.txt'].length > 0, 'drafts/** of the file no longer applies');
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Windows-1252 bytes of a string whose characters are all in Latin-1 (as the tests' letters are). */
const latin1 = (s: string): Buffer => Buffer.from(s, 'latin1');

test('imr-lint --fix on a Windows-1252 letter fixes it and keeps every other byte ("café" stays one byte 0xE9)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'imr-cp1252-'));
  try {
    const text = readFileSync(join(LETTERS, 'clean.imr'), 'utf8')
      .replace(/^Standard$/m, 'standard')
      .replace('Decision rationale: There is', 'Decision rationale: The café visit is noted. There is');
    assert.ok(text.includes('standard') && text.includes('café'));
    const file = join(dir, 'cp1252.imr');
    const before = latin1(text);
    writeFileSync(file, before);

    const report = runCli(['--format', 'json', 'cp1252.imr'], { cwd: dir });
    const problems = JSON.parse(report.stdout).files[0].problems as { rule: string; fixable: boolean }[];
    assert.deepEqual(
      problems.map((p) => `${p.rule}:${p.fixable}`),
      ['invalid-priority:true'],
    );

    const r = runCli(['--fix', 'cp1252.imr'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /cp1252\.imr is not UTF-8: read as windows-1252/);
    const after = readFileSync(file);
    assert.deepEqual(
      after,
      latin1(text.replace(/^standard$/m, 'Standard')),
      'only the fixed word changed; no replacement character was written',
    );
    assert.ok(after.includes(Buffer.from([0x63, 0x61, 0x66, 0xe9])), 'café keeps its byte');
    assert.ok(!after.includes(Buffer.from([0xef, 0xbf, 0xbd])), 'no U+FFFD');

    // --fix-dry-run shows the change in readable text and writes nothing.
    writeFileSync(file, before);
    const dry = runCli(['--fix-dry-run', 'cp1252.imr'], { cwd: dir });
    assert.match(dry.stdout, /^\+Standard$/m);
    assert.deepEqual(readFileSync(file), before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
