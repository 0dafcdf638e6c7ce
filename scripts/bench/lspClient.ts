// A minimal editor over stdio: spawns a language server, speaks JSON-RPC through vscode-languageserver-protocol,
// and reports when diagnostics for a document (and version) arrive. Used for our server and for the peers alike.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type WorkspaceFolder,
} from 'vscode-languageserver-protocol/node';

export interface LspOptions {
  readonly command: string[];
  readonly languageId: string;
  readonly workspaceFolders?: WorkspaceFolder[];
  /** Answer to every workspace/configuration item. */
  readonly configuration?: (section: string | undefined) => unknown;
}

export interface LspSession {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  readonly initializeResult: InitializeResult;
  /** Milliseconds from spawning the process to the initialize response. */
  readonly readyMs: number;
  /** Resolves with the next diagnostics for `uri` published after now (for `version`, when the server reports versions). */
  diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams>;
  open(uri: string, text: string, version?: number): Promise<void>;
  change(uri: string, version: number, changes: { range: Range; text: string }[]): Promise<void>;
  close(uri: string): Promise<void>;
  request<R>(method: string, params: unknown): Promise<R>;
  /** Resident set size of the server process in bytes (Linux /proc; 0 elsewhere). */
  rss(): number;
  stop(): Promise<void>;
}

export interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export async function startLsp(opts: LspOptions): Promise<LspSession> {
  const t0 = performance.now();
  const child = spawn(opts.command[0], opts.command.slice(1), { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiters: { uri: string; version?: number; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    for (let i = 0; i < waiters.length; i++) {
      const w = waiters[i];
      if (w.uri === p.uri && (w.version === undefined || p.version === undefined || p.version >= w.version)) {
        waiters.splice(i--, 1);
        w.resolve(p);
      }
    }
  });
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
    params.items.map((i) => (opts.configuration ? opts.configuration(i.section) : null)),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();
  const initializeResult: InitializeResult = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: opts.workspaceFolders?.[0]?.uri ?? null,
    workspaceFolders: opts.workspaceFolders ?? null,
    capabilities: {
      textDocument: {
        synchronization: { didSave: false, dynamicRegistration: false },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        publishDiagnostics: { versionSupport: true },
      },
      workspace: { configuration: !!opts.configuration, workspaceFolders: !!opts.workspaceFolders, symbol: {} },
    },
  });
  const readyMs = performance.now() - t0;
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    initializeResult,
    readyMs,
    diagnostics: (uri, version) => new Promise((resolve) => waiters.push({ uri, version, resolve })),
    open: (uri, text, version = 1) =>
      connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: opts.languageId, version, text } }),
    change: (uri, version, changes) =>
      connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes }),
    close: (uri) => connection.sendNotification('textDocument/didClose', { textDocument: { uri } }),
    request: (method, params) => connection.sendRequest(method, params),
    rss: () => {
      try {
        const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        return m ? Number(m[1]) * 1024 : 0;
      } catch {
        return 0;
      }
    },
    async stop() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await connection.sendNotification('exit');
      } catch {
        // already gone
      }
      connection.dispose();
      child.kill();
    },
  };
}

/** The position of `offset` in `text` (UTF-16 units, lines broken at \r\n, \n or \r). */
export function positionOf(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, character: offset - start };
}
