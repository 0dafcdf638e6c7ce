import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, codes, diagnosticsWhen, documentSymbols, expectedOutcomes, lineStarting, openLetter } from './helpers';

// defective-CM17-0019066.imr is a real letter with two defects put in by hand:
// item 1 lost its outcome word, item 2 lost its "MAXIMUS guideline:" citation.
const DEFECTIVE = 'defective-CM17-0019066.imr';
const has = (code: string) => (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === code);
const lacks = (code: string) => (ds: vscode.Diagnostic[]) => !ds.some((d) => codeOf(d) === code);

suite('diagnostics (vscode.languages.onDidChangeDiagnostics)', () => {
  test('the defective letter gets missing-outcome and missing-maximus-guideline where the defects are', async () => {
    const doc = await openLetter(DEFECTIVE);
    const diagnostics = await diagnosticsWhen(
      doc.uri,
      'missing-outcome and missing-maximus-guideline',
      (ds) => has('missing-outcome')(ds) && has('missing-maximus-guideline')(ds),
    );

    const thoracic = lineStarting(doc, 'One (1) x-ray of the thoracic spine:');
    const lumbar = lineStarting(doc, 'One (1) x-ray of the lumbar spine:');
    const outcome = diagnostics.filter((d) => codeOf(d) === 'missing-outcome');
    assert.equal(outcome.length, 1, 'exactly one item lacks its outcome');
    assert.equal(outcome[0].range.start.line, thoracic, 'missing-outcome points at the thoracic x-ray header');

    const maximus = diagnostics.filter((d) => codeOf(d) === 'missing-maximus-guideline');
    assert.equal(maximus.length, 1, 'exactly one item lacks its MAXIMUS guideline');
    assert.ok(
      maximus[0].range.start.line >= lumbar,
      `missing-maximus-guideline is on line ${maximus[0].range.start.line + 1}, before the lumbar item (line ${lumbar + 1})`,
    );

    for (const d of diagnostics) assert.ok(d.message.trim().length > 0, `${codeOf(d)} has no message`);
  });

  test('typing the outcome back removes missing-outcome, and only it', async () => {
    const doc = await openLetter(DEFECTIVE);
    const line = doc.lineAt(lineStarting(doc, 'One (1) x-ray of the thoracic spine:'));
    const fix = new vscode.WorkspaceEdit();
    fix.insert(doc.uri, line.range.end, ' Upheld');
    assert.ok(await vscode.workspace.applyEdit(fix));
    try {
      const after = await diagnosticsWhen(doc.uri, 'missing-outcome gone', lacks('missing-outcome'));
      assert.ok(has('missing-maximus-guideline')(after), `missing-maximus-guideline went too: [${codes(doc.uri)}]`);
    } finally {
      const undo = new vscode.WorkspaceEdit();
      const fixed = doc.lineAt(line.lineNumber);
      undo.replace(doc.uri, fixed.range, line.text);
      assert.ok(await vscode.workspace.applyEdit(undo));
    }
    await diagnosticsWhen(doc.uri, 'missing-outcome back after undoing the edit', has('missing-outcome'));
  });

  test("the real letters have none of the defective letter's problems", async () => {
    // The defective letter's diagnostics show that the server is validating.
    const defective = await openLetter(DEFECTIVE);
    await diagnosticsWhen(defective.uri, 'missing-outcome', has('missing-outcome'));
    for (const name of Object.keys(expectedOutcomes())) {
      const doc = await openLetter(name);
      await documentSymbols(doc.uri);
      const found = codes(doc.uri).filter((c) => /^missing-|^invalid-outcome$|^empty-citation$/.test(c));
      assert.deepEqual(found, [], `${name} has structural problems`);
    }
  });
});
