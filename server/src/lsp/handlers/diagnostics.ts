// Diagnostics, pushed (publishDiagnostics after each change) or pulled (textDocument/diagnostic), and the
// relint of every open letter when the settings change.
import { DocumentDiagnosticReportKind, LSPErrorCodes, RAL, ResponseError, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from '../context';

export function registerDiagnostics(ctx: ServerContext): { configurationChanged(): void } {
  const { connection, documents, states, analyser } = ctx;
  let reportSerial = 0;

  async function push(doc: TextDocument): Promise<void> {
    try {
      const version = doc.version;
      // Let changes already queued land first: a version superseded while waiting is not linted at all.
      await yieldToQueue();
      if (documents.get(doc.uri)?.version !== version) return;
      const { diagnostics } = await analyser.diagnose(doc);
      // A newer version is on its way: its own push will follow.
      if (documents.get(doc.uri)?.version !== version) return;
      await connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
    } catch (e) {
      // Nobody awaits a push: a rejection here would end the process and stop help on every document.
      connection.console.error(`Could not analyse ${doc.uri}: ${(e as Error)?.message ?? e}`);
    }
  }

  documents.onDidChangeContent((e) => {
    if (!ctx.client.canPull) void push(e.document);
  });
  documents.onDidClose((e) => {
    if (!ctx.client.canPull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    // The client cancels a pull that a newer edit made stale; see that before linting, not after.
    await yieldToQueue();
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'superseded');
    const { diagnostics } = await analyser.diagnose(doc);
    // Typing on one line leaves the diagnostics of every other line where they were: when none changed, the
    // client keeps the list it has and nothing is sent again (the report it holds is named by its result id).
    if (!documents.get(doc.uri)) return { kind: DocumentDiagnosticReportKind.Full, items: diagnostics };
    const state = states.of(doc.uri);
    const last = state.report;
    if (last && params.previousResultId === last.resultId && sameDiagnostics(last.diagnostics, diagnostics)) {
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
    }
    const resultId = String(++reportSerial);
    state.report = { resultId, diagnostics };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnostics };
  });

  return {
    /** Settings may differ now: lint every open letter with them (or have the client pull again). */
    configurationChanged(): void {
      // A client without refresh support answers with an error; an unhandled rejection would end the server.
      if (ctx.client.canPull) connection.languages.diagnostics.refresh().catch(() => undefined);
      else for (const doc of documents.all()) void push(doc);
    },
  };
}

/**
 * Lets the connection handle messages already received (edits, cancellations) before going on. It handles one
 * per setImmediate, queued after the handler that called this: two hops let the next one in first.
 */
function yieldToQueue(): Promise<void> {
  const { setImmediate } = RAL().timer; // the connection's own scheduler, in node and in a web worker
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}

/** Whether two diagnostic lists say the same things at the same places (in the same order). */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
  return true;
}

function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  const kx = Object.keys(x);
  if (kx.length !== Object.keys(y).length) return false;
  for (const k of kx) if (!sameValue((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k])) return false;
  return true;
}
