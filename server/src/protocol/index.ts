// The custom messages between the VS Code client and the language server, typed once for both sides: the
// client bundles this file (its imports from the server's features are types only, erased at build time).
// The server takes these through serverRequest (./server.ts): vscode-languageserver carries its own copy of
// the protocol library, whose RequestType is a different class to the type checker.
import { RequestType } from 'vscode-languageserver-protocol';
import type { DecisionRow, OutcomeCounts } from '../features/decisionTable';
import type { ExportedLetter, ExportFormat, LetterText } from '../commands/export';
import type { LintedLetter } from '../commands/lintLetters';

export type { DecisionRow, ExportedLetter, ExportFormat, LetterText, LintedLetter, OutcomeCounts };

/** The decision summary of an open letter. */
export interface DecisionTable {
  readonly caseNumber: string;
  readonly counts: OutcomeCounts;
  /** "2 items: 1 Upheld, 1 Overturned". */
  readonly summary: string;
  readonly markdown: string;
  readonly rows: readonly DecisionRow[];
}

export interface IndexStatus {
  readonly documents: number;
  readonly items: number;
}

/** Client to server: the decision summary of an open document (null when it is not open). */
export const DecisionTableRequest = new RequestType<{ uri: string }, DecisionTable | null, void>('imrLetters/decisionTable');

/** Client to server: the decisions of those of the given files that are letters. */
export const DecisionsRequest = new RequestType<{ letters: readonly LetterText[] }, ExportedLetter[], void>('imrLetters/decisions');

/** Client to server: the decisions as one JSON or CSV file. */
export const FormatDecisionsRequest = new RequestType<
  { letters: readonly ExportedLetter[]; format: ExportFormat },
  { content: string },
  void
>('imrLetters/formatDecisions');

/** Client to server: diagnostics for files the editor has not opened, with each file's settings. */
export const LintLettersRequest = new RequestType<{ letters: readonly Pick<LetterText, 'uri' | 'text'>[] }, LintedLetter[], void>(
  'imrLetters/lintLetters',
);

/** Client to server: the size of the workspace index, once it is complete. */
export const IndexStatusRequest = new RequestType<object | null | undefined, IndexStatus, void>('imrLetters/indexStatus');

/**
 * Server to client: the text of a workspace file, for a server that cannot read files itself (the web worker
 * reads .imr-lint.json this way); null when it does not exist or is not a file the client gives out.
 */
export const ReadFileRequest = new RequestType<{ uri: string }, string | null, void>('imrLetters/readFile');
