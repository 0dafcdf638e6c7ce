// Workspace symbols, file watching, export and lint through the built server over stdio, on a folder of
// letters generated from real ones (known answers: which letters carry a Norco item) written to disk.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, WorkspaceSymbol } from 'vscode-languageserver-types';
import { corpusLetters, fixture } from '../helpers/letters';
import { startServer, type TestServer } from '../helpers/lsp';
import { generateLetters, writeLetters, type GeneratedLetter } from '../helpers/generateLetters';

let server: TestServer;
let root: string;
let letters: GeneratedLetter[];
const uriOf = (rel: string): string => pathToFileURL(join(root, rel)).href;

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'imr-ws-'));
  letters = generateLetters(300, corpusLetters());
  writeLetters(root, letters);
  // Not letters, or not the user's: never indexed.
  writeFileSync(join(root, 'README.txt'), 'Norco: notes about this folder.\n');
  mkdirSync(join(root, 'node_modules', 'pkg'), { recursive: true });
  writeFileSync(join(root, 'node_modules', 'pkg', 'letter.imr'), letters[0].text);
  server = await startServer({ pull: true, workspaceFolders: [pathToFileURL(root).href] });
});
after(async () => {
  await server.stop();
  rmSync(root, { recursive: true, force: true });
});

const query = (q: string) => server.connection.sendRequest<WorkspaceSymbol[]>('workspace/symbol', { query: q });
const changed = (changes: { uri: string; type: 1 | 2 | 3 }[]) =>
  server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });

test('"Norco" finds the Norco item of every letter on disk, none opened, at its header line', async () => {
  const found = await query('Norco');
  const expected = letters.filter((l) => l.norco);
  assert.ok(expected.length >= 40);
  assert.deepEqual(found.map((s) => (s.location as { uri: string }).uri).sort(), expected.map((l) => uriOf(l.path)).sort());
  for (const s of found) {
    const letter = letters.find((l) => uriOf(l.path) === (s.location as { uri: string }).uri)!;
    assert.equal(s.name, letter.norco);
    assert.ok(s.containerName?.startsWith(letter.caseNumber));
    const line = letter.text.split(/\r?\n/)[(s.location as { range: { start: { line: number } } }).range.start.line];
    assert.ok(line.startsWith(`${letter.norco}:`), line);
  }
  // Case-insensitive, every word must match, and the case number is searchable.
  assert.equal((await query('norco #10')).length, expected.filter((l) => l.norco!.includes('#10')).length);
  const byCase = await query(letters[5].caseNumber.toLowerCase());
  assert.ok(byCase.length > 0 && byCase.every((s) => s.containerName?.startsWith(letters[5].caseNumber)));
  const status = await server.connection.sendRequest<{ documents: number }>('imrLetters/indexStatus', {});
  assert.equal(status.documents, letters.length, 'README.txt and node_modules are not indexed');
});

test('file events keep the index current: created, changed, deleted', async () => {
  const rel = join('new', 'CM18-9999999.imr');
  mkdirSync(join(root, 'new'), { recursive: true });
  writeFileSync(join(root, rel), letters[1].text.replace(/^([A-Z][^\n:]{2,80}): (Upheld|Overturned)[ \t]*$/m, 'Norco 5/325mg #30: $2'));
  await changed([{ uri: uriOf(rel), type: 1 }]);
  assert.deepEqual(
    (await query('Norco 5/325mg')).map((s) => s.name),
    ['Norco 5/325mg #30'],
  );
  writeFileSync(join(root, rel), letters[1].text.replace(/^([A-Z][^\n:]{2,80}): (Upheld|Overturned)[ \t]*$/m, 'Oxycodone 5mg #30: $2'));
  await changed([{ uri: uriOf(rel), type: 2 }]);
  assert.equal((await query('Norco 5/325mg')).length, 0);
  assert.equal((await query('Oxycodone 5mg #30')).length, 1);
  unlinkSync(join(root, rel));
  await changed([{ uri: uriOf(rel), type: 3 }]);
  assert.equal((await query('Oxycodone 5mg #30')).length, 0);
});

test("an open document's unsaved text wins over the file; closing it goes back to the file", async () => {
  const target = letters.find((l) => l.norco)!;
  const uri = uriOf(target.path);
  await server.open(uri, target.text.replace(`${target.norco}:`, 'Tramadol 50mg #60:'));
  assert.deepEqual(
    (await query(`Tramadol 50mg #60 ${target.caseNumber}`)).map((s) => (s.location as { uri: string }).uri),
    [uri],
  );
  assert.ok(!(await query('Norco')).some((s) => (s.location as { uri: string }).uri === uri));
  await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  assert.equal((await query(`Tramadol 50mg #60 ${target.caseNumber}`)).length, 0);
  assert.ok((await query('Norco')).some((s) => (s.location as { uri: string }).uri === uri));
});

test('export: CSV and JSON of the decisions of every letter, non-letters left out', async () => {
  const real = corpusLetters()
    .filter((l) => l.id.startsWith('letters/'))
    .slice(0, 8);
  const batch = [
    ...real.map((l) => ({ uri: `file:///ws/${l.id}`, text: l.text, name: l.id })),
    { uri: 'file:///ws/notes.txt', text: 'Shopping list: milk', name: 'notes.txt' },
  ];
  const decided = await server.connection.sendRequest<{ file: string; items: { outcome: string }[] }[]>('imrLetters/decisions', {
    letters: batch,
  });
  assert.deepEqual(
    decided.map((d) => d.file),
    real.map((l) => l.id),
  );
  decided.forEach((d, i) =>
    assert.deepEqual(
      d.items.map((x) => x.outcome),
      real[i].outcomes,
    ),
  );
  const { content: csv } = await server.connection.sendRequest<{ content: string }>('imrLetters/formatDecisions', {
    letters: decided,
    format: 'csv',
  });
  const rows = csv.trimEnd().split('\r\n');
  assert.equal(
    rows[0],
    'file,case_number,item,request,outcome,claims_administrator_citations,maximus_citations,conclusion,conclusion_sentence',
  );
  assert.equal(
    rows.length - 1,
    real.reduce((n, l) => n + l.outcomes.length, 0),
  );
  assert.ok(rows.slice(1).every((r) => /,(Upheld|Overturned),/.test(r)));
  const { content: json } = await server.connection.sendRequest<{ content: string }>('imrLetters/formatDecisions', {
    letters: decided,
    format: 'json',
  });
  assert.equal(JSON.parse(json).letters.length, real.length);
});

test('lint letters: diagnostics for a letter that is not open, none for a text that is not a letter', async () => {
  const text = fixture('corpus/letters/CM16-0230548.txt').replace('contrast: Upheld', 'contrast:');
  const [letter, notes] = await server.connection.sendRequest<{ uri: string; isLetter: boolean; diagnostics: Diagnostic[] }[]>(
    'imrLetters/lintLetters',
    {
      letters: [
        { uri: 'file:///ws/CM16-0230548.txt', text },
        { uri: 'file:///ws/notes.txt', text: 'Shopping list: milk' },
      ],
    },
  );
  assert.equal(letter.isLetter, true);
  const missing = letter.diagnostics.find((d) => d.code === 'missing-outcome');
  assert.ok(missing, letter.diagnostics.map((d) => d.code).join());
  assert.match(text.split('\n')[missing.range.start.line], /contrast:$/);
  assert.deepEqual(notes, { uri: 'file:///ws/notes.txt', isLetter: false, diagnostics: [] });
});
