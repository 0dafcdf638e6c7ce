import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, LANGUAGE_ID, documentSymbols, fixtureUri, openLetter, waitFor, waitForLanguage } from './helpers';

suite('activation and language detection', () => {
  test('an .imr letter opens as imr-letter and activates the extension', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
    const doc = await openLetter('CM17-0002892.imr');
    assert.equal(doc.languageId, LANGUAGE_ID);
    await waitFor('the extension to activate', () => (ext.isActive ? true : undefined));
    // The language server answers for it.
    const symbols = await documentSymbols(doc.uri);
    assert.ok(symbols.length > 0);
  });

  test('a plain .txt letter is switched from plaintext to imr-letter', async () => {
    const uri = fixtureUri('CM16-0247624.txt');
    const opened = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(opened, { preview: false });
    const doc = await waitForLanguage(uri);
    assert.equal(doc.languageId, LANGUAGE_ID);
  });

  test('a .txt file that is not a letter stays plaintext', async () => {
    const notes = vscode.Uri.joinPath(fixtureUri('.'), 'notes.txt');
    await vscode.workspace.fs.writeFile(notes, Buffer.from('Shopping list\n- milk\n- MRI of the cat?\n'));
    const notesDoc = await vscode.workspace.openTextDocument(notes);
    await vscode.window.showTextDocument(notesDoc, { preview: false });
    // A letter opened after it gets switched; by then the notes would have been too.
    await openLetter('CM16-0248034.txt');
    const now = vscode.workspace.textDocuments.find((d) => d.uri.toString() === notes.toString());
    assert.equal(now?.languageId, 'plaintext');
  });
});
