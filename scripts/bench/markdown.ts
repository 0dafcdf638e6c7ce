// VS Code's Markdown language service, in process: markdown-it as its parser and an in-memory workspace,
// link validation switched on so that diagnostics do the work the editor would ask for.
import MarkdownIt from 'markdown-it';
import { CancellationTokenSource, Emitter } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import * as md from 'vscode-markdown-languageservice';

export interface MarkdownService {
  document(uri: string, version: number, text: string): TextDocument;
  diagnostics(doc: TextDocument): Promise<unknown[]>;
  symbols(doc: TextDocument): Promise<unknown[]>;
  workspaceSymbols(query: string): Promise<unknown[]>;
  /** Replaces the workspace's documents (for workspace symbols). */
  setWorkspace(docs: readonly TextDocument[]): void;
  dispose(): void;
}

const OPTIONS: md.DiagnosticOptions = {
  validateReferences: md.DiagnosticLevel.warning,
  validateFragmentLinks: md.DiagnosticLevel.warning,
  validateFileLinks: md.DiagnosticLevel.warning,
  validateMarkdownFileLinkFragments: md.DiagnosticLevel.warning,
  validateUnusedLinkDefinitions: md.DiagnosticLevel.warning,
  validateDuplicateLinkDefinitions: md.DiagnosticLevel.warning,
  ignoreLinks: [],
};

export function markdownService(): MarkdownService {
  const it = new MarkdownIt('commonmark');
  const parser: md.IMdParser = { slugifier: md.githubSlugifier, tokenize: async (doc) => it.parse(doc.getText(), {}) };
  let docs = new Map<string, TextDocument>();
  const changed = new Emitter<md.ITextDocument>();
  const created = new Emitter<md.ITextDocument>();
  const deleted = new Emitter<URI>();
  const workspace: md.IWorkspace = {
    get workspaceFolders() {
      return [URI.parse('file:///bench/')];
    },
    onDidChangeMarkdownDocument: changed.event,
    onDidCreateMarkdownDocument: created.event,
    onDidDeleteMarkdownDocument: deleted.event,
    getAllMarkdownDocuments: async () => docs.values(),
    hasMarkdownDocument: (r) => docs.has(r.toString()),
    openMarkdownDocument: async (r) => docs.get(r.toString()),
    stat: async (r) => (docs.has(r.toString()) ? { isDirectory: false } : undefined),
    readDirectory: async () => [],
  };
  const logger: md.ILogger = { level: md.LogLevel.Off, log: () => undefined };
  const service = md.createLanguageService({ workspace, parser, logger });
  const token = new CancellationTokenSource().token;
  return {
    document(uri, version, text) {
      const doc = TextDocument.create(uri, 'markdown', version, text);
      const had = docs.has(uri);
      docs.set(uri, doc);
      (had ? changed : created).fire(doc);
      return doc;
    },
    diagnostics: (doc) => service.computeDiagnostics(doc, OPTIONS, token),
    symbols: (doc) => service.getDocumentSymbols(doc, { includeLinkDefinitions: true }, token),
    workspaceSymbols: (query) => service.getWorkspaceSymbols(query, token),
    setWorkspace(list) {
      docs = new Map(list.map((d) => [d.uri, d]));
    },
    dispose: () => service.dispose(),
  };
}
