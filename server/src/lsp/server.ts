// The language server: the connection, capabilities and the wiring of the handlers, each concern in its own
// module (lsp/handlers/: diagnostics, per-document features, configuration, and the workspace: its
// index and the commands' requests). Everything kept for an open document is one DocumentState, dropped on
// close. Transport-neutral: node/main.ts and browser/main.ts (web worker) call startServer with their connection.
import { TextDocuments, TextDocumentSyncKind, type Connection, type InitializeParams, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE } from '../features/diagnostics';
import { CODE_ACTION_KINDS } from '../features/codeActions';
import { COMPLETION_TRIGGERS } from '../features/completion';
import { registerWorkspace, workspaceCapabilities } from './handlers/workspace';
import type { LetterFiles } from '../workspace/workspaceIndex';
import { WorkspaceConfigs, type ReadFile } from './workspaceConfig';
import { version } from '../../../package.json';
import { DocumentStates } from './documentState';
import { SettingsStore } from './settings';
import { DocumentAnalyser } from './analyser';
import type { ServerContext } from './context';
import { registerDiagnostics } from './handlers/diagnostics';
import { registerFeatures } from './handlers/features';
import { registerConfiguration } from './handlers/configuration';

export type { Settings } from './documentState';

export interface ServerOptions {
  /** Folder URI (ending in "/") holding one Markdown page per rule, linked from diagnostics. */
  readonly docsBase?: string;
  /** Reads the workspace's .imr-lint.json (node: the file system; browser: asks the client). */
  readonly readFile?: ReadFile;
  /** Reads letter files for workspace symbols (node: the file system; absent: open documents only). */
  readonly letterFiles?: LetterFiles;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const states = new DocumentStates();
  const workspaceConfigs = new WorkspaceConfigs(options.readFile, (m) => connection.console.warn(m));
  const settings = new SettingsStore(connection, states, workspaceConfigs);
  const analyser = new DocumentAnalyser(states, settings, options.docsBase);
  const ctx: ServerContext = {
    connection,
    documents,
    states,
    settings,
    workspaceConfigs,
    analyser,
    client: { canPull: false, snippetEdits: false },
  };

  const diagnostics = registerDiagnostics(ctx);
  // The workspace side hears of watched files; configuration decides which of them are settings.
  const configuration = registerConfiguration(ctx, diagnostics.configurationChanged, (p) => workspace.filesChanged(p));
  const workspace = registerWorkspace({
    connection,
    documents,
    letterOf: (doc) => analyser.analysis(doc).letter,
    settingsFor: (uri) => settings.for(uri),
    maxFileSizeMB: () => settings.maxFileSizeMB,
    letterFiles: options.letterFiles,
    docsBase: options.docsBase,
    // A folder added later brings its own .imr-lint.json; a removed one takes its away.
    foldersChanged: (folders) => {
      workspaceConfigs.setFolders(folders);
      configuration.configurationChanged();
    },
  });
  registerFeatures(ctx);
  // The one place a closed document's state goes.
  documents.onDidClose((e) => states.forget(e.document.uri));

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    ctx.client.canPull = !!params.capabilities.textDocument?.diagnostic;
    ctx.client.snippetEdits = !!params.capabilities.workspace?.workspaceEdit?.snippetEditSupport;
    const published = params.capabilities.textDocument?.publishDiagnostics;
    analyser.support = { related: !!published?.relatedInformation, codeDescription: !!published?.codeDescriptionSupport };
    settings.canConfigure = !!params.capabilities.workspace?.configuration;
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
        diagnosticProvider: ctx.client.canPull
          ? { identifier: DIAGNOSTIC_SOURCE, interFileDependencies: false, workspaceDiagnostics: false }
          : undefined,
      },
      serverInfo: { name: 'imr-letters', version },
    };
  });
  connection.onInitialized(() => workspace.initialized());

  documents.listen(connection);
  connection.listen();
}
