// Configuration: editor settings changed, .imr-lint.json changed on disk, or workspace folders came and went.
// Each ends in one place: forget every document's settings and lint the open letters again.
import type { DidChangeWatchedFilesParams } from 'vscode-languageserver';
import type { ServerContext } from '../context';

export function registerConfiguration(
  ctx: ServerContext,
  relint: () => void,
  filesChanged: (p: DidChangeWatchedFilesParams) => void,
): { configurationChanged(): void } {
  const { connection, settings, workspaceConfigs } = ctx;

  function configurationChanged(): void {
    settings.invalidate();
    relint();
  }

  connection.onDidChangeConfiguration((change) => {
    settings.setGlobal(change.settings);
    configurationChanged();
  });

  // The client watches .imr-lint.json (and letter files, for the workspace index) and tells us when they change.
  connection.onDidChangeWatchedFiles((p) => {
    filesChanged(p);
    if (!p.changes.some((c) => /\.imr-lint\.json$/i.test(c.uri))) return; // a letter file, not the configuration
    workspaceConfigs.invalidate();
    configurationChanged();
  });

  return { configurationChanged };
}
