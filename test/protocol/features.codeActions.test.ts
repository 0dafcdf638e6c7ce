// Quick fixes over the wire: an inserted guideline line comes as a snippet edit (the cursor lands on the
// citation, selected) to a client that takes snippet edits, and as complete plain text to one that does not;
// a fix that changes an outcome is offered but not preferred.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, SnippetTextEdit, TextDocumentEdit, TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixture } from '../helpers/letters';
import { startServer, type TestServer } from '../helpers/lsp';

let snippets: TestServer;
let plain: TestServer;
before(async () => {
  snippets = await startServer({ pull: true, snippetEdits: true });
  plain = await startServer({ pull: true });
});
after(async () => {
  await snippets.stop();
  await plain.stop();
});

const pulled = async (s: TestServer, uri: string) =>
  (await s.connection.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items;

async function fixesFor(s: TestServer, uri: string, text: string, rule: string): Promise<CodeAction[]> {
  await s.open(uri, text);
  const diag = (await pulled(s, uri)).find((d) => d.code === rule);
  assert.ok(diag, `no ${rule} diagnostic`);
  return s.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: diag.range,
    context: { diagnostics: [diag], only: ['quickfix'] },
  });
}

// A real letter whose first MAXIMUS guideline line is deleted.
const original = fixture('corpus/letters/CM16-0230548.txt');
const start = original.indexOf('MAXIMUS guideline:');
const damaged = original.slice(0, start) + original.slice(original.indexOf('\n', original.indexOf('Decision rationale:', start) - 2) + 1);

test('an inserted guideline line is a snippet edit for a client that takes them, with the citation as the selected placeholder', async () => {
  const uri = 'file:///letters/snippet.imr';
  const [fix] = await fixesFor(snippets, uri, damaged, 'missing-maximus-guideline');
  assert.equal(fix.isPreferred, true);
  const change = fix.edit?.documentChanges?.[0] as TextDocumentEdit;
  assert.ok(change, JSON.stringify(fix.edit));
  const edit = change.edits[0] as SnippetTextEdit;
  assert.equal(edit.snippet.kind, 'snippet');
  assert.match(edit.snippet.value, /^MAXIMUS guideline: \$\{1:Decision based on MTUS [^}]+\}\n$/);
});

test('a client without snippet edits gets the same line as complete plain text, which raises no new problem', async () => {
  const uri = 'file:///letters/plain.imr';
  const [fix] = await fixesFor(plain, uri, damaged, 'missing-maximus-guideline');
  const edits = fix.edit?.changes?.[uri] as TextEdit[];
  assert.ok(edits?.length === 1 && !fix.edit?.documentChanges);
  assert.match(edits[0].newText, /^MAXIMUS guideline: Decision based on MTUS .+\.\n$/);
  const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'imr-letter', 1, damaged), edits);
  const again = 'file:///letters/plain-fixed.imr';
  await plain.open(again, fixed);
  const before = (await pulled(plain, uri)).map((d) => d.code).filter((c) => c !== 'missing-maximus-guideline');
  assert.deepEqual(
    (await pulled(plain, again)).map((d) => d.code),
    before,
  );
});

test('a fix that changes an outcome is offered but never preferred', async () => {
  // The first item's outcome flipped against its conclusion.
  const flipped = original.replace(/: (Upheld|Overturned)\b/, (_m, w: string) => `: ${w === 'Upheld' ? 'Overturned' : 'Upheld'}`);
  const actions = await fixesFor(plain, 'file:///letters/flipped.imr', flipped, 'outcome-contradicts-rationale');
  const change = actions.find((a) => a.title.startsWith('Change the outcome'));
  assert.ok(change, actions.map((a) => a.title).join(' | '));
  assert.notEqual(change.isPreferred, true);
});
