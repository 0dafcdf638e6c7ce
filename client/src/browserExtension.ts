// The browser entry (vscode.dev, github.dev): the language server runs in a web worker (dist/browser/server.js).
// Everything else, the commands included, is the activation shared with the desktop (activate.ts). Only the
// imr-lint task is missing here: it runs a node process, which a browser cannot.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateClient, CLIENT_ID, CLIENT_NAME, deactivateClient, LANGUAGE_ID } from './activate';

export { LANGUAGE_ID };

// The extension host's Worker (a DOM type the node-typed build does not declare).
declare const Worker: new (url: string, options?: { name?: string }) => object;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js').toString(true);
  await activateClient(context, {
    // Any scheme: in the browser letters live in virtual file systems (vscode-vfs, vscode-test-web, ...).
    documentSelector: [{ language: LANGUAGE_ID }],
    // A fresh worker on every (re)start.
    createClient: (options) =>
      new LanguageClient(
        CLIENT_ID,
        CLIENT_NAME,
        () => Promise.resolve(new Worker(serverMain, { name: `${CLIENT_NAME} server` }) as never),
        options,
      ),
  });
}

export function deactivate(): Promise<void> {
  return deactivateClient();
}
