// Drives the built server (dist/server.js) over stdio with a real JSON-RPC connection, as an editor would.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type ClientCapabilities,
  type PublishDiagnosticsParams,
  type InitializeResult,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from './letters';

export interface TestServer {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  /** What the server answered to `initialize`. */
  readonly initializeResult: InitializeResult;
  /** Resolves with the next publishDiagnostics for `uri` (push mode), optionally for a given version. */
  nextDiagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams>;
  open(uri: string, text: string, version?: number): Promise<void>;
  /** Resolves with the first line the server writes to stderr (from its start on) that matches `re`. */
  stderrLine(re: RegExp): Promise<string>;
  stop(): Promise<void>;
}

export interface StartOptions {
  pull?: boolean;
  configuration?: boolean;
  settings?: unknown;
  /** Folder URIs sent as the workspace folders (the server indexes the letters in them). */
  workspaceFolders?: string[];
  /** A client that does not take related places or links to rule pages in diagnostics (VS Code and Neovim do). */
  plainDiagnostics?: boolean;
  /** A client that applies snippet edits in workspace edits (LSP 3.18, as vscode-languageclient 10+). */
  snippetEdits?: boolean;
}

export async function startServer(opts: StartOptions = {}): Promise<TestServer> {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  // Every stderr line from the start, so a line written before anyone waits for it is still found.
  const stderrLines: string[] = [];
  const stderrWaiters: { re: RegExp; resolve: (line: string) => void }[] = [];
  let partial = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop()!;
    for (const line of parts) {
      stderrLines.push(line);
      for (let i = stderrWaiters.length - 1; i >= 0; i--) if (stderrWaiters[i].re.test(line)) stderrWaiters.splice(i, 1)[0].resolve(line);
    }
  });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiters: { uri: string; version?: number; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  const latest = new Map<string, PublishDiagnosticsParams>();
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    latest.set(p.uri, p);
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i];
      if (w.uri === p.uri && (w.version === undefined || w.version === p.version)) {
        waiters.splice(i, 1);
        w.resolve(p);
      }
    }
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => opts.settings ?? null));
  connection.listen();
  const capabilities: ClientCapabilities = {
    textDocument: {
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      publishDiagnostics: opts.plainDiagnostics
        ? { versionSupport: true }
        : { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true },
      ...(opts.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
    },
    workspace: {
      configuration: opts.configuration ?? false,
      ...(opts.workspaceFolders ? { workspaceFolders: true } : {}),
      ...(opts.snippetEdits ? { workspaceEdit: { documentChanges: true, snippetEditSupport: true } } : {}),
    },
  };
  const workspaceFolders = opts.workspaceFolders?.map((uri, i) => ({ uri, name: `folder${i}` })) ?? null;
  const initializeResult = await connection.sendRequest<InitializeResult>('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders,
    capabilities,
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    initializeResult,
    nextDiagnostics(uri, version) {
      const have = latest.get(uri);
      if (have && (version === undefined || have.version === version)) {
        latest.delete(uri);
        return Promise.resolve(have);
      }
      return new Promise((resolve) => waiters.push({ uri, version, resolve }));
    },
    stderrLine(re) {
      const seen = stderrLines.find((l) => re.test(l));
      return seen !== undefined ? Promise.resolve(seen) : new Promise((resolve) => stderrWaiters.push({ re, resolve }));
    },
    async open(uri, text, version = 1) {
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'imr-letter', version, text } });
    },
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        // already gone
      }
      connection.dispose();
      child.kill();
    },
  };
}

/** A file URI for a letter id ("letters/CM16-0230548.txt"), unique per id, as the protocol tests open them. */
export function letterUri(id: string): string {
  return `file:///letters/${id.replace(/[^A-Za-z0-9._-]/g, '_')}`;
}
