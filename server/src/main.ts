// Node entry: `node dist/server.js --stdio` (or --node-ipc, as the VS Code client starts it).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer } from './server';
import { nodeLetterFiles } from './nodeLetterFiles';

const docs = join(__dirname, '..', 'docs', 'rules');
startServer(createConnection(ProposedFeatures.all), {
  docsBase: existsSync(docs) ? pathToFileURL(docs).href + '/' : undefined,
  // Letters in the workspace folders, for workspace symbols (read-only).
  letterFiles: nodeLetterFiles,
  // Only local files: the workspace's .imr-lint.json.
  readFile: (uri) => (uri.startsWith('file:') ? readFile(fileURLToPath(uri), 'utf8').catch(() => undefined) : Promise.resolve(undefined)),
});
