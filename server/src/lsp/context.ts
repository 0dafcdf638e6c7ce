// What every handler of the server shares: the connection, the open documents and their state, settings,
// the analyser and what the client can do.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceConfigs } from './workspaceConfig';
import type { DocumentAnalyser } from './analyser';
import type { DocumentStates } from './documentState';
import type { SettingsStore } from './settings';

export interface ClientAbilities {
  /** The client pulls diagnostics (textDocument/diagnostic) instead of taking them pushed. */
  canPull: boolean;
  /** The client applies snippet edits in a workspace edit (LSP 3.18): quick fixes then place the cursor. */
  snippetEdits: boolean;
}

export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly states: DocumentStates;
  readonly settings: SettingsStore;
  readonly workspaceConfigs: WorkspaceConfigs;
  readonly analyser: DocumentAnalyser;
  readonly client: ClientAbilities;
}
