// The workspace side of the server: the symbol index over every letter in the open folders (crawled in the
// background, kept current by file events and open documents), and the custom requests behind the client's
// commands (decision summary, export, lint workspace). server.ts calls registerWorkspace once.
import {
  FileChangeType,
  type Connection,
  type DidChangeWatchedFilesParams,
  type InitializeParams,
  type ServerCapabilities,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Letter } from '../../letter';
import { WorkspaceIndex, type IndexProgress, type LetterFiles } from '../../workspace/workspaceIndex';
import { decisionRows, decisionTableMarkdown, describeCounts, outcomeCounts } from '../../features/decisionTable';
import { exportedLetters, formatDecisions } from '../../commands/export';
import { lintLetters, type LintSettings } from '../../commands/lintLetters';
import { positionAt } from '../../features/positions';
import { DecisionsRequest, DecisionTableRequest, FormatDecisionsRequest, IndexStatusRequest, LintLettersRequest } from '../../protocol';
import { serverRequest } from '../../protocol/server';

/** Enough for any name search across 10,000 letters; an empty query ("all symbols") stops here. */
const MAX_SYMBOLS = 5000;

export interface WorkspaceHost {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  /** The cached parse of an open document. */
  readonly letterOf: (doc: TextDocument) => Letter;
  readonly settingsFor: (uri: string) => Promise<LintSettings>;
  readonly maxFileSizeMB: () => number;
  readonly letterFiles?: LetterFiles;
  readonly docsBase?: string;
  /** The workspace folders changed (a folder added or removed after start): the folders now open. */
  readonly foldersChanged?: (folderUris: readonly string[]) => void;
}

export function workspaceCapabilities(): ServerCapabilities {
  return { workspaceSymbolProvider: true, workspace: { workspaceFolders: { supported: true, changeNotifications: true } } };
}

export interface Workspace {
  initialize(params: InitializeParams): void;
  initialized(): void;
  /** workspace/didChangeWatchedFiles: the server has one handler for it, which calls this. */
  filesChanged(params: DidChangeWatchedFilesParams): void;
}

export function registerWorkspace(host: WorkspaceHost): Workspace {
  const { connection, documents } = host;
  let params: InitializeParams | undefined;
  const progress = (): IndexProgress | undefined => {
    if (!params?.capabilities.window?.workDoneProgress) return undefined;
    const reporter = connection.window.createWorkDoneProgress();
    let last = -1;
    return {
      begin: (total) => void reporter.then((r) => r.begin('Indexing IMR letters', 0, `0/${total}`, false)),
      report: (done, total) => {
        const pct = Math.floor((done / total) * 100);
        if (pct !== last) void reporter.then((r) => r.report(pct, `${done}/${total}`));
        last = pct;
      },
      done: () => void reporter.then((r) => r.done()),
    };
  };
  const index = new WorkspaceIndex(host.letterFiles, () => host.maxFileSizeMB() * 1048576, progress);

  documents.onDidChangeContent((e) => index.setOpen(e.document.uri, () => host.letterOf(e.document)));
  documents.onDidClose((e) => index.closed(e.document.uri));
  connection.onWorkspaceSymbol(async (p) => {
    await index.ready;
    return index.symbols.query(p.query, MAX_SYMBOLS);
  });
  connection.onRequest(serverRequest(IndexStatusRequest), async () => {
    await index.ready;
    return { documents: index.symbols.documents, items: index.symbols.items };
  });

  connection.onRequest(serverRequest(DecisionTableRequest), (p) => {
    const doc = documents.get(p?.uri);
    if (!doc) return null;
    const letter = host.letterOf(doc);
    const counts = outcomeCounts(letter);
    const caseNumber = letter.header?.fields.find((f) => f.key === 'caseNumber')?.value?.text ?? '';
    return {
      caseNumber,
      counts,
      summary: describeCounts(counts),
      markdown: decisionTableMarkdown(letter),
      rows: decisionRows(letter, (o) => positionAt(letter, o).line),
    };
  });
  connection.onRequest(serverRequest(DecisionsRequest), (p) => exportedLetters(Array.isArray(p?.letters) ? p.letters : []));
  connection.onRequest(serverRequest(FormatDecisionsRequest), (p) => ({
    content: formatDecisions(Array.isArray(p?.letters) ? p.letters : [], p?.format === 'csv' ? 'csv' : 'json'),
  }));
  connection.onRequest(serverRequest(LintLettersRequest), (p) =>
    lintLetters(Array.isArray(p?.letters) ? p.letters : [], host.settingsFor, host.docsBase),
  );

  return {
    initialize(p) {
      params = p;
    },
    filesChanged(p) {
      for (const c of p.changes) index.fileChanged(c.uri, c.type === FileChangeType.Deleted);
    },
    initialized() {
      const folders = params?.workspaceFolders?.map((f) => f.uri) ?? (params?.rootUri ? [params.rootUri] : []);
      index.addFolders(folders);
      if (params?.capabilities.workspace?.workspaceFolders) {
        let open = [...folders];
        connection.workspace.onDidChangeWorkspaceFolders((e) => {
          e.removed.forEach((f) => index.removeFolder(f.uri));
          index.addFolders(e.added.map((f) => f.uri));
          const removed = new Set(e.removed.map((f) => f.uri));
          open = [...open.filter((f) => !removed.has(f)), ...e.added.map((f) => f.uri)];
          host.foldersChanged?.(open);
        });
      }
    },
  };
}
