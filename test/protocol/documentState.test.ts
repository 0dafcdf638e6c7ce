// Everything the server keeps for an open document is one state, dropped on close: a document closed and
// opened again under the same URI and the same version number is analysed afresh (its old letter, lint memo,
// settings and last report are gone), in the pull and the push model alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { startServer } from '../helpers/lsp';
import { LETTERS } from '../cli/run';

const clean = readFileSync(join(LETTERS, 'clean.imr'), 'utf8');
const defects = readFileSync(join(LETTERS, 'defects.imr'), 'utf8');
const URI = 'file:///tmp/imr-state/reopened.imr';

test("pull model: close, then reopen at version 1 with other text, gets the new text's diagnostics", async () => {
  const server = await startServer({ pull: true });
  try {
    const pull = async (previousResultId?: string) =>
      server.connection.sendRequest<{ kind: string; resultId?: string; items?: Diagnostic[] }>('textDocument/diagnostic', {
        textDocument: { uri: URI },
        previousResultId,
      });
    await server.open(URI, defects, 1);
    const first = await pull();
    assert.ok(
      (first.items ?? []).some((d) => d.severity === 1),
      'the defective letter has errors',
    );
    const again = await pull(first.resultId);
    assert.equal(again.kind, 'unchanged', 'nothing changed: the client keeps its list');
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
    await server.open(URI, clean, 1);
    const reopened = await pull(first.resultId);
    assert.equal(reopened.kind, 'full', 'a reopened document is never "unchanged" from a report of its closed self');
    assert.deepEqual(
      (reopened.items ?? []).filter((d) => d.severity === 1),
      [],
    );
    const symbols = await server.connection.sendRequest<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
    assert.ok(symbols.length > 0);
  } finally {
    await server.stop();
  }
});

test('push model: close clears the published diagnostics, and a reopen at version 1 is linted again', { timeout: 30_000 }, async () => {
  const server = await startServer();
  try {
    await server.open(URI, defects, 1);
    assert.ok((await server.nextDiagnostics(URI, 1)).diagnostics.some((d) => d.severity === 1));
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
    // The last publish may still be held by the helper; the one after it is the close's.
    let cleared = await server.nextDiagnostics(URI);
    if (cleared.diagnostics.length) cleared = await server.nextDiagnostics(URI);
    assert.deepEqual(cleared.diagnostics, []);
    await server.open(URI, clean, 1);
    assert.deepEqual(
      (await server.nextDiagnostics(URI, 1)).diagnostics.filter((d) => d.severity === 1),
      [],
    );
  } finally {
    await server.stop();
  }
});
