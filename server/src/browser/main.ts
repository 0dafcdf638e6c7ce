// Web worker entry (vscode.dev): the same server over postMessage. The letter model, rules and
// features use no Node APIs, so this bundle (dist/browser/server.js) is the node server minus the transport.
import { createConnection, BrowserMessageReader, BrowserMessageWriter } from 'vscode-languageserver/browser';
import { startServer } from '../lsp/server';
import { ReadFileRequest } from '../protocol';
import { serverRequest } from '../protocol/server';

// The worker's global scope is the message port to the client.
const scope = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));

startServer(connection, {
  // A worker cannot read the workspace: the web client reads .imr-lint.json for it (vscode.workspace.fs).
  readFile: (uri) =>
    connection.sendRequest(serverRequest(ReadFileRequest), { uri }).then(
      (text) => (typeof text === 'string' ? text : undefined),
      () => undefined,
    ),
});
