import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhen, lineStarting, openLetter } from './helpers';

const DEFECTIVE = 'defective-CM17-0019066.imr';

suite('quick fixes (vscode.executeCodeActionProvider)', () => {
  test('missing-outcome offers the outcome the rationale supports, and applying it clears the diagnostic', async () => {
    const doc = await openLetter(DEFECTIVE);
    const [diagnostic] = (
      await diagnosticsWhen(doc.uri, 'missing-outcome', (ds) => ds.some((d) => codeOf(d) === 'missing-outcome'))
    ).filter((d) => codeOf(d) === 'missing-outcome');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const titles = (actions ?? []).map((a) => a.title);
    // The thoracic x-ray rationale ends "... is not medically necessary.", so the fix is "Upheld".
    const fix = (actions ?? []).find((a) => a.edit && /Upheld/.test(a.title));
    assert.ok(fix, `no "Upheld" quick fix among [${titles.join(' | ')}]`);
    assert.ok(!titles.some((t) => /Overturned/.test(t)), `a fix contradicts the rationale: [${titles.join(' | ')}]`);
    // (vscode.executeCodeActionProvider drops CodeAction.diagnostics; isPreferred survives.)
    assert.equal(fix.isPreferred, true, 'the fix is not the preferred one');

    const headerLine = lineStarting(doc, 'One (1) x-ray of the thoracic spine:');
    const original = doc.lineAt(headerLine).text;
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    try {
      assert.equal(doc.lineAt(headerLine).text.trimEnd(), 'One (1) x-ray of the thoracic spine: Upheld');
      await diagnosticsWhen(
        doc.uri,
        'missing-outcome gone after the fix',
        (ds) => !ds.some((d) => codeOf(d) === 'missing-outcome') && ds.some((d) => codeOf(d) === 'missing-maximus-guideline'),
      );
    } finally {
      const undo = new vscode.WorkspaceEdit();
      undo.replace(doc.uri, doc.lineAt(headerLine).range, original);
      await vscode.workspace.applyEdit(undo);
    }
    await diagnosticsWhen(doc.uri, 'missing-outcome back after undoing the fix', (ds) => ds.some((d) => codeOf(d) === 'missing-outcome'));
  });
});
