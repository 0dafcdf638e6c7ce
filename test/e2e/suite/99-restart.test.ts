import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhen, lineStarting, openLetter, serverPids, waitFor } from './helpers';

const DEFECTIVE = 'defective-CM17-0019066.imr';

suite('server restart', () => {
  test('the client restarts a killed server and diagnostics come back', async function () {
    if (process.platform !== 'linux') this.skip(); // finds the server through /proc
    const doc = await openLetter(DEFECTIVE);
    await diagnosticsWhen(doc.uri, 'missing-outcome', (ds) => ds.some((d) => codeOf(d) === 'missing-outcome'));
    const before = serverPids();
    assert.equal(before.length, 1, `expected one language server process, found [${before.join(', ')}]`);
    process.kill(before[0], 'SIGKILL');

    const after = await waitFor('a new language server process', () => {
      const pids = serverPids().filter((p) => !before.includes(p));
      return pids.length ? pids : undefined;
    });
    assert.equal(after.length, 1);

    // The new server knows the open document: an edit gets fresh diagnostics.
    const line = doc.lineAt(lineStarting(doc, 'One (1) x-ray of the thoracic spine:'));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, line.range.end, ' Upheld');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      const ds = await diagnosticsWhen(
        doc.uri,
        'fresh diagnostics from the new server (missing-outcome gone, missing-maximus-guideline kept)',
        (ds) => !ds.some((d) => codeOf(d) === 'missing-outcome') && ds.some((d) => codeOf(d) === 'missing-maximus-guideline'),
      );
      assert.ok(ds.length > 0);
    } finally {
      const undo = new vscode.WorkspaceEdit();
      undo.replace(doc.uri, doc.lineAt(line.lineNumber).range, line.text);
      await vscode.workspace.applyEdit(undo);
    }
    await diagnosticsWhen(doc.uri, 'missing-outcome back from the new server', (ds) => ds.some((d) => codeOf(d) === 'missing-outcome'));
  });
});
