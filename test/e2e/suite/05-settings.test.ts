import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { LANGUAGE_ID, codeOf, diagnosticsWhen, documentSymbols, fixtureUri, openLetter, waitForLanguage, withSetting } from './helpers';

const DEFECTIVE = 'defective-CM17-0019066.imr';
const has = (code: string) => (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === code);

suite('settings', () => {
  test('imrLetters.rules {"missing-outcome": "off"} removes that diagnostic live, and only it', async () => {
    const doc = await openLetter(DEFECTIVE);
    await diagnosticsWhen(doc.uri, 'missing-outcome before the change', has('missing-outcome'));
    const restore = await withSetting('imrLetters', 'rules', { 'missing-outcome': 'off' });
    try {
      const after = await diagnosticsWhen(doc.uri, 'missing-outcome gone with the rule off', (ds) => !has('missing-outcome')(ds));
      assert.ok(has('missing-maximus-guideline')(after), 'missing-maximus-guideline should stay');
    } finally {
      await restore();
    }
    await diagnosticsWhen(doc.uri, 'missing-outcome back with the rule on again', has('missing-outcome'));
  });

  test("imrLetters.rules can change a rule's severity", async () => {
    const doc = await openLetter(DEFECTIVE);
    const restore = await withSetting('imrLetters', 'rules', { 'missing-maximus-guideline': 'hint' });
    try {
      await diagnosticsWhen(doc.uri, 'missing-maximus-guideline as a hint', (ds) =>
        ds.some((d) => codeOf(d) === 'missing-maximus-guideline' && d.severity === vscode.DiagnosticSeverity.Hint),
      );
    } finally {
      await restore();
    }
    await diagnosticsWhen(doc.uri, 'missing-maximus-guideline back to its default level', (ds) =>
      ds.some((d) => codeOf(d) === 'missing-maximus-guideline' && d.severity !== vscode.DiagnosticSeverity.Hint),
    );
  });

  test('imrLetters.detectPlainText=false leaves .txt letters alone; turning it on switches them', async () => {
    const restore = await withSetting('imrLetters', 'detectPlainText', false);
    try {
      // A fresh copy, so no earlier test has opened (and switched) it.
      const copy = fixtureUri('copy-of-CM16-0248034.txt');
      await vscode.workspace.fs.copy(fixtureUri('CM16-0248034.txt'), copy, { overwrite: true });
      const doc = await vscode.workspace.openTextDocument(copy);
      await vscode.window.showTextDocument(doc, { preview: false });
      // Let the extension host handle the open: a round trip to the server on another letter.
      await documentSymbols((await openLetter('CM17-0002892.imr')).uri);
      const now = vscode.workspace.textDocuments.find((d) => d.uri.toString() === copy.toString());
      assert.equal(now?.languageId, 'plaintext', 'switched although imrLetters.detectPlainText is false');
      await vscode.workspace.getConfiguration('imrLetters').update('detectPlainText', true, vscode.ConfigurationTarget.Global);
      await waitForLanguage(copy, LANGUAGE_ID);
    } finally {
      await restore();
    }
  });
});
