// The language server for Node (dist/server-main.js), started by its loader: `node dist/server.js --stdio` (or
// --node-ipc, as the VS Code client starts it); see loader.ts.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
// fs.promises, not node:fs/promises: Node loads the promise API on first use instead of while the server starts.
import { existsSync, promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer } from '../lsp/server';
import { nodeLetterFiles } from './letterFiles';

const docs = join(__dirname, '..', 'docs', 'rules');
startServer(createConnection(ProposedFeatures.all), {
  docsBase: existsSync(docs) ? pathToFileURL(docs).href + '/' : undefined,
  // Letters in the workspace folders, for workspace symbols (read-only).
  letterFiles: nodeLetterFiles,
  // Only local files: the workspace's .imr-lint.json.
  readFile: (uri) =>
    uri.startsWith('file:') ? fsp.readFile(fileURLToPath(uri), 'utf8').catch(() => undefined) : Promise.resolve(undefined),
});
