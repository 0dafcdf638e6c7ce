// The letter files of the workspace, read in batches for "Lint Workspace" and "Export Decisions". Open
// documents count with their unsaved text; everything else is read through vscode.workspace.fs, so remote
// and virtual workspaces work too. Nothing is written here.
import * as vscode from 'vscode';
import type { LetterText } from '../../server/src/protocol';

export type { LetterText };

/** Candidate files: .imr, .imr.txt and .txt (the server decides which .txt files are letters). */
export const LETTER_GLOB = '**/*.{imr,txt}';

export async function findLetterFiles(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const uris = await vscode.workspace.findFiles(LETTER_GLOB, '**/{node_modules,.git}/**', undefined, token);
  return uris.sort((a, b) => a.toString().localeCompare(b.toString()));
}

const decoder = new TextDecoder('utf-8');

export async function readLetters(uris: readonly vscode.Uri[]): Promise<LetterText[]> {
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  const texts = await Promise.all(
    uris.map(async (uri) => {
      const doc = open.get(uri.toString());
      try {
        const text = doc ? doc.getText() : decoder.decode(await vscode.workspace.fs.readFile(uri));
        return { uri: uri.toString(), text, name: vscode.workspace.asRelativePath(uri) };
      } catch {
        return undefined; // deleted or unreadable since it was found
      }
    }),
  );
  return texts.filter((t) => t !== undefined);
}

/** Runs `each` over the workspace's letter files in batches, with a cancellable progress notification. */
export async function forEachBatch(
  title: string,
  each: (batch: LetterText[], token: vscode.CancellationToken) => Promise<void>,
  batchSize = 50,
): Promise<{ files: number; cancelled: boolean }> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    async (progress, token) => {
      const uris = await findLetterFiles(token);
      for (let i = 0; i < uris.length; i += batchSize) {
        if (token.isCancellationRequested) return { files: i, cancelled: true };
        const batch = uris.slice(i, i + batchSize);
        progress.report({
          message: `${Math.min(i + batch.length, uris.length)}/${uris.length} files`,
          increment: (batch.length / uris.length) * 100,
        });
        await each(await readLetters(batch), token);
      }
      return { files: uris.length, cancelled: false };
    },
  );
}
