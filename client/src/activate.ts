// One activation for the desktop (extension.ts) and the browser (browserExtension.ts): the language client,
// plain-text detection, the commands and the status item. The entries differ only in how the server starts
// (a node process or a web worker), which documents it serves, and the desktop's imr-lint task.
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  type BaseLanguageClient,
  type DocumentSelector,
  type ErrorHandler,
  type LanguageClientOptions,
  type Message,
} from 'vscode-languageclient';
import { ReadFileRequest } from '../../server/src/protocol';
import { looksLikeLetter } from './detect';
import { registerCommands } from './commands';
import { registerLetterStatus } from './status';
import { LETTER_GLOB } from './workspaceLetters';

export const LANGUAGE_ID = 'imr-letter';
export const CLIENT_ID = 'imrLetters';
export const CLIENT_NAME = 'IMR Letters';

export interface ClientPlatform {
  /** The documents the server serves (the desktop: files, untitled and remote; the browser: any scheme). */
  readonly documentSelector: DocumentSelector;
  /** Makes the client for this platform: a node child process, or a web worker started afresh on each start. */
  createClient(options: LanguageClientOptions): BaseLanguageClient;
}

/** When the server stopped unexpectedly, within the last 3 minutes; cleared by a manual restart. */
const crashes: number[] = [];

/** Restart the server whenever it dies; give up on the 5th crash within 3 minutes. */
function restartingErrorHandler(): ErrorHandler {
  return {
    error: (_error: Error, _message: Message | undefined, count: number | undefined) => ({
      action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown,
    }),
    closed: () => {
      const now = Date.now();
      crashes.push(now);
      while (crashes.length && now - crashes[0] > 180_000) crashes.shift();
      if (crashes.length >= 5) {
        void vscode.window.showErrorMessage(
          `${CLIENT_NAME}: the language server stopped 5 times in 3 minutes and will not be restarted. Run "IMR: Restart Language Server" to try again.`,
        );
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

/** A server that cannot read files (the web worker) asks for the workspace's .imr-lint.json; only that file name is given out. */
async function readConfigFile(params: { uri: string }): Promise<string | null> {
  try {
    const uri = vscode.Uri.parse(params.uri);
    if (!uri.path.endsWith('/.imr-lint.json')) return null;
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return null;
  }
}

let client: BaseLanguageClient | undefined;

export async function activateClient(context: vscode.ExtensionContext, platform: ClientPlatform): Promise<BaseLanguageClient> {
  const clientOptions: LanguageClientOptions = {
    documentSelector: platform.documentSelector,
    // .imr-lint.json changes reach the server, which re-reads it (editor settings still win); letter files
    // changing keep its workspace symbol index current.
    synchronize: {
      configurationSection: 'imrLetters',
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/.imr-lint.json'), vscode.workspace.createFileSystemWatcher(LETTER_GLOB)],
    },
    errorHandler: restartingErrorHandler(),
  };
  const c = platform.createClient(clientOptions);
  client = c;
  c.onRequest(ReadFileRequest, readConfigFile);
  registerCommands(context, () => client);
  const refreshStatus = registerLetterStatus(context, LANGUAGE_ID, () => client);
  context.subscriptions.push(
    vscode.commands.registerCommand('imrLetters.restartServer', async () => {
      crashes.length = 0;
      if (!client) return;
      if (client.isRunning()) await client.stop();
      await client.start();
    }),
    vscode.workspace.onDidOpenTextDocument(detectPlainText),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('imrLetters.detectPlainText')) vscode.workspace.textDocuments.forEach(detectPlainText);
    }),
  );
  vscode.workspace.textDocuments.forEach(detectPlainText);
  await c.start();
  refreshStatus();
  return c;
}

export async function deactivateClient(): Promise<void> {
  await client?.stop();
  client = undefined;
}
