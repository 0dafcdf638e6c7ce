// The VS Code side: starts the language server, restarts it when it dies, and switches plain-text
// documents that look like IMR letters to the imr-letter language.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  CloseAction,
  ErrorAction,
  type LanguageClientOptions,
  type ServerOptions,
  type ErrorHandler,
  type Message,
} from 'vscode-languageclient/node';
import { looksLikeLetter } from './detect';
import { registerCommands } from './commands';
import { registerLetterStatus } from './status';
import { LETTER_GLOB } from './workspaceLetters';
import { registerTasks } from './tasks';

export const LANGUAGE_ID = 'imr-letter';
let client: LanguageClient | undefined;

/** When the server stopped unexpectedly, within the last 3 minutes; cleared by a manual restart. */
const crashes: number[] = [];

/** Restart the server whenever it dies; give up on the 5th crash within 3 minutes. */
function restartingErrorHandler(name: string): ErrorHandler {
  return {
    error: (_error: Error, _message: Message | undefined, count: number | undefined) => ({ action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
    closed: () => {
      const now = Date.now();
      crashes.push(now);
      while (crashes.length && now - crashes[0] > 180_000) crashes.shift();
      if (crashes.length >= 5) {
        void vscode.window.showErrorMessage(`${name}: the language server stopped 5 times in 3 minutes and will not be restarted. Run "IMR: Restart Language Server" to try again.`);
        return { action: CloseAction.DoNotRestart };
      }
      return { action: CloseAction.Restart };
    },
  };
}

function detectPlainText(doc: vscode.TextDocument): void {
  if (doc.languageId !== 'plaintext') return;
  if (!vscode.workspace.getConfiguration('imrLetters', doc.uri).get<boolean>('detectPlainText', true)) return;
  // Only the opening lines are read; a letter announces itself there.
  const head = doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, 60), 0));
  if (looksLikeLetter(head)) void vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  // A larger young generation: parsing a large letter allocates a model that lives on, and with the default
  // semi-space size most of the parse goes into copying it between scavenges (about 30% on a 1 MB letter).
  const heap = '--max-semi-space-size=32';
  // The server keeps the V8 code cache of its bundle (compiled program code only, never letter text) in the
  // extension's global storage folder; see server/src/loader.ts.
  const env = { ...process.env, ...(context.globalStorageUri.scheme === 'file' ? { IMR_LETTERS_CACHE_DIR: context.globalStorageUri.fsPath } : {}) };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [heap], env } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [heap, '--nolazy', '--inspect=6011'], env } },
  };
  const name = 'IMR Letters';
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: LANGUAGE_ID, scheme: 'file' },
      { language: LANGUAGE_ID, scheme: 'untitled' },
      { language: LANGUAGE_ID, scheme: 'vscode-remote' },
    ],
    // .imr-lint.json changes reach the server, which re-reads it (editor settings still win); letter files
    // changing on disk keep its workspace symbol index current.
    synchronize: {
      configurationSection: 'imrLetters',
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/.imr-lint.json'), vscode.workspace.createFileSystemWatcher(LETTER_GLOB)],
    },
    errorHandler: restartingErrorHandler(name),
  };
  client = new LanguageClient('imrLetters', name, serverOptions, clientOptions);
  registerCommands(context, () => client);
  const refreshStatus = registerLetterStatus(context, LANGUAGE_ID, () => client);

  context.subscriptions.push(
    registerTasks(context),
    vscode.commands.registerCommand('imrLetters.restartServer', async () => {
      crashes.length = 0;
      await client?.restart();
    }),
    vscode.workspace.onDidOpenTextDocument(detectPlainText),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('imrLetters.detectPlainText')) vscode.workspace.textDocuments.forEach(detectPlainText);
    }),
  );
  vscode.workspace.textDocuments.forEach(detectPlainText);
  await client.start();
  refreshStatus();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
