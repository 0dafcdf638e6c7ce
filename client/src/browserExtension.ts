// The VS Code side in the browser (vscode.dev, github.dev): the language server runs in a web worker
// (dist/browser/server.js). Same documents, settings and plain-text detection as the desktop client.
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { looksLikeLetter } from './detect';

export const LANGUAGE_ID = 'imr-letter';
const READ_FILE = 'imrLetters/readFile';
let client: LanguageClient | undefined;

// The extension host's Worker (a DOM type the node-typed build does not declare).
declare const Worker: new (url: string, options?: { name?: string }) => object;

function detectPlainText(doc: vscode.TextDocument): void {
  if (doc.languageId !== 'plaintext') return;
  if (!vscode.workspace.getConfiguration('imrLetters', doc.uri).get<boolean>('detectPlainText', true)) return;
  const head = doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, 60), 0));
  if (looksLikeLetter(head)) void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
}

/** The worker asks for the workspace's .imr-lint.json; only that file name is ever read. */
async function readConfigFile(params: { uri: string }): Promise<string | null> {
  try {
    const uri = vscode.Uri.parse(params.uri);
    if (!uri.path.endsWith('/.imr-lint.json')) return null;
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return null;
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js').toString(true);
  const clientOptions: LanguageClientOptions = {
    // Any scheme: in the browser letters live in virtual file systems (vscode-vfs, vscode-test-web, ...).
    documentSelector: [{ language: LANGUAGE_ID }],
    synchronize: { configurationSection: 'imrLetters', fileEvents: vscode.workspace.createFileSystemWatcher('**/.imr-lint.json') },
  };
  // A fresh worker on every (re)start.
  client = new LanguageClient('imrLetters', 'IMR Letters', () => Promise.resolve(new Worker(serverMain, { name: 'IMR Letters server' }) as never), clientOptions);
  client.onRequest(READ_FILE, readConfigFile);
  context.subscriptions.push(
    vscode.commands.registerCommand('imrLetters.restartServer', async () => {
      if (!client) return;
      if (client.isRunning()) await client.stop();
      await client.start();
    }),
    vscode.workspace.onDidOpenTextDocument(detectPlainText),
  );
  vscode.workspace.textDocuments.forEach(detectPlainText);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
