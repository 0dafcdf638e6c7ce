// The desktop entry: the language server as a node process (dist/server.js over IPC), and the imr-lint task.
// Everything else is the activation shared with the browser (activate.ts).
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateClient, CLIENT_ID, CLIENT_NAME, deactivateClient, LANGUAGE_ID } from './activate';
import { registerTasks } from './tasks';

export { LANGUAGE_ID };

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  // A larger young generation: parsing a large letter allocates a model that lives on, and with the default
  // semi-space size most of the parse goes into copying it between scavenges (about 30% on a 1 MB letter).
  const heap = '--max-semi-space-size=32';
  // The server keeps the V8 code cache of its bundle (compiled program code only, never letter text) in the
  // extension's global storage folder; see server/src/node/loader.ts.
  const env = {
    ...process.env,
    ...(context.globalStorageUri.scheme === 'file' ? { IMR_LETTERS_CACHE_DIR: context.globalStorageUri.fsPath } : {}),
  };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [heap], env } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [heap, '--nolazy', '--inspect=6011'], env } },
  };
  // The imr-lint task runs the bundled command line with the editor's runtime: a desktop-only feature.
  context.subscriptions.push(registerTasks(context));
  await activateClient(context, {
    documentSelector: [
      { language: LANGUAGE_ID, scheme: 'file' },
      { language: LANGUAGE_ID, scheme: 'untitled' },
      { language: LANGUAGE_ID, scheme: 'vscode-remote' },
    ],
    createClient: (options) => new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, options),
  });
}

export function deactivate(): Promise<void> {
  return deactivateClient();
}
