// The language server: connection, capabilities, settings and one-line handlers that look up the cached
// Letter for (uri, version) and delegate to features/. Transport-neutral: main.ts (node) and a browser
// entry both call startServer with their own connection.
import {
  TextDocuments,
  TextDocumentSyncKind,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  RAL,
  ResponseError,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type Diagnostic,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseLetter, updateLetter, type Letter } from './letter';
import { lint, lintMemo, RULES, type LevelSetting, type LintMemo, type Problem } from './rules';
import { documentSymbols } from './features/symbols';
import { hover } from './features/hover';
import { toDiagnostics, DIAGNOSTIC_SOURCE, type DiagnosticSupport } from './features/diagnostics';
import { codeActions, CODE_ACTION_KINDS } from './features/codeActions';
import { isIgnored } from './rules/ignore';
import { completions, COMPLETION_TRIGGERS } from './features/completion';
import { foldingRanges } from './features/folding';
import { selectionRanges } from './features/selectionRanges';
import { codeLenses } from './features/codeLens';
import { registerWorkspace, workspaceCapabilities } from './workspace';
import type { LetterFiles } from './features/workspaceIndex';
import { mergeRules } from './config';
import { WorkspaceConfigs, type ReadFile } from './workspaceConfig';

export interface ServerOptions {
  /** Folder URI (ending in "/") holding one Markdown page per rule, linked from diagnostics. */
  readonly docsBase?: string;
  /** Reads the workspace's .imr-lint.json (node: the file system; browser: asks the client). */
  readonly readFile?: ReadFile;
  /** Reads letter files for workspace symbols (node: the file system; absent: open documents only). */
  readonly letterFiles?: LetterFiles;
}

export interface Settings {
  readonly rules: Readonly<Record<string, LevelSetting>>;
  /** Documents larger than this many MB are not analysed. */
  readonly maxFileSizeMB: number;
  /** Globs of files that are not linted (imrLetters.ignore). */
  readonly ignore?: readonly string[];
}

const DEFAULT_SETTINGS: Settings = { rules: {}, maxFileSizeMB: 20 };

interface Analysis {
  readonly version: number;
  /** Why the text was not parsed: too large for the size limit, or binary (not a letter at all). */
  readonly declined?: 'tooLarge' | 'binary';
  readonly letter: Letter;
  problems?: Problem[];
  diagnostics?: Diagnostic[];
  settings?: Settings;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new Map<string, Analysis>();
  /** Per document: what its last lint found per item, so a lint after an edit checks only the edited items. */
  const lintMemos = new Map<string, LintMemo>();
  const settingsCache = new Map<string, Promise<Settings>>();
  let globalSettings: Settings = DEFAULT_SETTINGS;
  let canPull = false;
  // Only what the client accepts goes into a diagnostic (VS Code and Neovim take related places; minimal clients may not).
  let support: DiagnosticSupport = { related: false, codeDescription: false };
  let canConfigure = false;
  const workspaceConfigs = new WorkspaceConfigs(options.readFile, (m) => connection.console.warn(m));
  const workspace = registerWorkspace({
    connection,
    documents,
    letterOf: (doc) => analysis(doc).letter,
    settingsFor,
    maxFileSizeMB: () => globalSettings.maxFileSizeMB,
    letterFiles: options.letterFiles,
    docsBase: options.docsBase,
    // A folder added later brings its own .imr-lint.json; a removed one takes its away.
    foldersChanged: (folders) => {
      workspaceConfigs.setFolders(folders);
      configurationChanged();
    },
  });

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canPull = !!params.capabilities.textDocument?.diagnostic;
    const published = params.capabilities.textDocument?.publishDiagnostics;
    support = { related: !!published?.relatedInformation, codeDescription: !!published?.codeDescriptionSupport };
    canConfigure = !!params.capabilities.workspace?.configuration;
    workspaceConfigs.setFolders(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
    workspace.initialize(params);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: 'IMR letter' },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [...CODE_ACTION_KINDS] },
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        codeLensProvider: { resolveProvider: false },
        ...workspaceCapabilities(),
        diagnosticProvider: canPull ? { identifier: DIAGNOSTIC_SOURCE, interFileDependencies: false, workspaceDiagnostics: false } : undefined,
      },
      serverInfo: { name: 'imr-letters', version: '0.1.0' },
    };
  });

  /** Editor settings over the workspace's .imr-lint.json, so the editor and the command line agree. */
  function settingsFor(uri: string): Promise<Settings> {
    let s = settingsCache.get(uri);
    if (!s) {
      const editor = canConfigure
        ? connection.workspace
            .getConfiguration({ scopeUri: uri, section: 'imrLetters' })
            .then((v: Partial<Settings> | null) => normalizeSettings(v))
            .catch(() => DEFAULT_SETTINGS)
        : Promise.resolve(globalSettings);
      s = Promise.all([editor, workspaceConfigs.configFor(uri)]).then(([e, file]) => ({ ...e, rules: mergeRules([file.rules, e.rules]) }));
      settingsCache.set(uri, s);
    }
    return s;
  }

  /** Each document's size limit (MB) from its own settings, once they have been read. */
  const limits = new Map<string, number>();

  /** The parsed letter for the document's current version: parsed once, shared by every feature. */
  function analysis(doc: TextDocument): Analysis {
    const hit = cache.get(doc.uri);
    const raw: unknown = doc.getText();
    const text = typeof raw === 'string' ? raw : ''; // a didOpen without text
    const declined = declineReason(text, limits.get(doc.uri) ?? globalSettings.maxFileSizeMB);
    if (hit && hit.version === doc.version && hit.declined === declined) return hit;
    // After an edit, only the items around it are parsed again (updateLetter); the rest of the model moves.
    const letter = declined ? parseLetter('') : hit && !hit.declined ? updateLetter(hit.letter, text) : parseLetter(text);
    const a: Analysis = { version: doc.version, declined, letter };
    cache.set(doc.uri, a);
    return a;
  }

  async function diagnose(doc: TextDocument): Promise<{ a: Analysis; diagnostics: Diagnostic[] }> {
    const settings = await settingsFor(doc.uri);
    limits.set(doc.uri, settings.maxFileSizeMB);
    const a = analysis(doc);
    if (a.diagnostics && a.settings === settings) return { a, diagnostics: a.diagnostics };
    const size = doc.getText().length;
    if (a.declined === 'binary' || isIgnored(doc.uri, settings.ignore ?? [])) {
      // Not a letter, or a file the user asked not to lint: no diagnostic.
      a.problems = [];
      a.diagnostics = [];
    } else if (a.declined === 'tooLarge') {
      a.problems = [];
      a.diagnostics = [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: 3,
          source: DIAGNOSTIC_SOURCE,
          code: 'too-large',
          message: `This document is too large to analyse (${(size / 1048576).toFixed(1)} MB; limit ${settings.maxFileSizeMB} MB, setting imrLetters.maxFileSizeMB).`,
        },
      ];
    } else {
      let memo = lintMemos.get(doc.uri);
      if (!memo) lintMemos.set(doc.uri, (memo = lintMemo()));
      // An open document is being written: what is not written yet is one note, not errors (rules/drafting.ts).
      a.problems = lint(a.letter, RULES, { rules: settings.rules, mode: 'draft' }, memo);
      a.diagnostics = toDiagnostics(a.letter, a.problems, doc.uri, options.docsBase, support);
    }
    a.settings = settings;
    return { a, diagnostics: a.diagnostics };
  }

  async function push(doc: TextDocument): Promise<void> {
    try {
      const version = doc.version;
      // Let changes already queued land first: a version superseded while waiting is not linted at all.
      await yieldToQueue();
      if (documents.get(doc.uri)?.version !== version) return;
      const { diagnostics } = await diagnose(doc);
      // A newer version is on its way: its own push will follow.
      if (documents.get(doc.uri)?.version !== version) return;
      await connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
    } catch (e) {
      // Nobody awaits a push: a rejection here would end the process and stop help on every document.
      connection.console.error(`Could not analyse ${doc.uri}: ${(e as Error)?.message ?? e}`);
    }
  }

  documents.onDidChangeContent((e) => {
    if (!canPull) void push(e.document);
  });
  documents.onDidClose((e) => {
    cache.delete(e.document.uri);
    lintMemos.delete(e.document.uri);
    reports.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    limits.delete(e.document.uri);
    if (!canPull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration((change) => {
    if (!canConfigure) globalSettings = normalizeSettings((change.settings as { imrLetters?: Partial<Settings> } | undefined)?.imrLetters);
    configurationChanged();
  });

  // The client watches .imr-lint.json and tells us when it changes.
  connection.onDidChangeWatchedFiles((p) => {
    workspace.filesChanged(p);
    if (!p.changes.some((c) => /\.imr-lint\.json$/i.test(c.uri))) return; // a letter file, not the configuration
    workspaceConfigs.invalidate();
    configurationChanged();
  });

  /** Settings may differ now: read them again and lint every open letter with them. */
  function configurationChanged(): void {
    settingsCache.clear();
    // A client without refresh support answers with an error; an unhandled rejection would end the server.
    if (canPull) connection.languages.diagnostics.refresh().catch(() => undefined);
    else for (const doc of documents.all()) void push(doc);
  }

  /** The last full diagnostics report sent for each document (pull model), by the result id it was sent with. */
  const reports = new Map<string, { resultId: string; diagnostics: Diagnostic[] }>();
  let reportSerial = 0;

  connection.languages.diagnostics.on(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    // The client cancels a pull that a newer edit made stale; see that before linting, not after.
    await yieldToQueue();
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'superseded');
    const { diagnostics } = await diagnose(doc);
    // Typing on one line leaves the diagnostics of every other line where they were: when none changed, the
    // client keeps the list it has and nothing is sent again (the report it holds is named by its result id).
    const last = reports.get(doc.uri);
    if (last && params.previousResultId === last.resultId && sameDiagnostics(last.diagnostics, diagnostics)) {
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
    }
    const resultId = String(++reportSerial);
    reports.set(doc.uri, { resultId, diagnostics });
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnostics };
  });

  connection.onDocumentSymbol((params) => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? documentSymbols(analysis(doc).letter) : null;
  });

  connection.onHover((params) => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? hover(analysis(doc).letter, params.position) : null;
  });

  connection.onCodeAction(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const { a, diagnostics } = await diagnose(doc);
    return codeActions(a.letter, doc.uri, a.problems ?? [], diagnostics, params.range, params.context.only);
  });

  connection.onInitialized(() => workspace.initialized());
  connection.onCompletion((p) => withLetter(p.textDocument.uri, (l) => completions(l, p.position)));
  connection.onFoldingRanges((p) => withLetter(p.textDocument.uri, foldingRanges));
  connection.onSelectionRanges((p) => withLetter(p.textDocument.uri, (l) => selectionRanges(l, p.positions)));
  connection.onCodeLens((p) => withLetter(p.textDocument.uri, (l) => codeLenses(l, p.textDocument.uri)));

  /** Runs a feature on the open document's cached letter (null when the document is not open). */
  function withLetter<T>(uri: string, feature: (letter: Letter) => T): T | null {
    const doc = documents.get(uri);
    return doc ? feature(analysis(doc).letter) : null;
  }

  documents.listen(connection);
  connection.listen();
}

/**
 * Lets the connection handle messages already received (edits, cancellations) before going on. It handles one
 * per setImmediate, queued after the handler that called this: two hops let the next one in first.
 */
function yieldToQueue(): Promise<void> {
  const { setImmediate } = RAL().timer; // the connection's own scheduler, in node and in a web worker
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}

/** Documents not parsed: over the size limit, or binary (a NUL in the first 8 KB, as git and editors judge it). */
/** Whether two diagnostic lists say the same things at the same places (in the same order). */
function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
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

function declineReason(text: string, maxFileSizeMB: number): Analysis['declined'] {
  if (text.length > maxFileSizeMB * 1048576) return 'tooLarge';
  if (text.lastIndexOf('\0', 8192) >= 0) return 'binary';
  return undefined;
}

function normalizeSettings(v: Partial<Settings> | null | undefined): Settings {
  const rules = v?.rules && typeof v.rules === 'object' ? v.rules : {};
  const max = typeof v?.maxFileSizeMB === 'number' && v.maxFileSizeMB > 0 ? v.maxFileSizeMB : DEFAULT_SETTINGS.maxFileSizeMB;
  const ignore = Array.isArray(v?.ignore) ? v.ignore.filter((g): g is string => typeof g === 'string') : [];
  return { rules, maxFileSizeMB: max, ignore };
}
