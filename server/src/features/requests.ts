// Names of the server's custom requests, shared by the server and the VS Code client (no imports: the
// client bundles this file as is).
export const REQUESTS = {
  /** {uri} -> {caseNumber, counts, summary, markdown, rows} | null, for an open document. */
  decisionTable: 'imrLetters/decisionTable',
  /** {letters: {uri, text, name?}[]} -> the decisions of those that are letters. */
  decisions: 'imrLetters/decisions',
  /** {letters: ExportedLetter[], format: 'json' | 'csv'} -> {content}. */
  formatDecisions: 'imrLetters/formatDecisions',
  /** {letters: {uri, text}[]} -> {uri, isLetter, diagnostics}[] with the resource's settings. */
  lintLetters: 'imrLetters/lintLetters',
  /** {} -> {documents, items} once the workspace index is complete. */
  indexStatus: 'imrLetters/indexStatus',
} as const;
