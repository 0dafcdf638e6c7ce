// A reviewer writing a letter into the built server: an empty document, then the letter's text appended in
// chunks (a whole line and its line break, or one character), the diagnostics pulled after every change, and
// what an editor would show then compared with a full parse and lint of the same text.
import type { Diagnostic } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseLetter, updateLetter, type Letter } from '../../server/src/letter';
import { lint, RULES } from '../../server/src/rules';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import type { TestServer } from '../helpers/lsp';

/** The letter cut into its lines, each with its line break (the last may have none). */
export function lineChunks(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

/** One character at a time; a CRLF is one keystroke (Enter), as an editor inserts it. */
export function charChunks(text: string): string[] {
  return text.match(/\r\n|[\s\S]/g) ?? [];
}

export interface Step {
  /** The document text after the change. */
  readonly text: string;
  /** The line the cursor is on after the change (0-based). */
  readonly cursorLine: number;
  /** True when the chunk just typed ended a line (Enter was pressed). */
  readonly lineDone: boolean;
  /** What the server published for this version. */
  readonly diagnostics: readonly Diagnostic[];
  /** What a full parse and lint of `text` gives (draft mode, no memo), as the server should have answered. */
  readonly expected: readonly Diagnostic[];
  /** Whether the incremental model of `text` (after the previous step's) equals its full parse. */
  readonly sameModel: boolean;
}

const shown = (d: Diagnostic): string =>
  `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${String(d.code)} ${d.message}`;

/** Whether two diagnostic lists show the same things at the same places, in the same order. */
export function sameShown(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  return a.length === b.length && a.every((d, k) => shown(d) === shown(b[k]));
}

export function describe(ds: readonly Diagnostic[]): string {
  return ds.map(shown).join(' | ');
}

/**
 * Opens `uri` with `start`, then types `chunks` one change each, calling `onStep` after every change with what
 * the server shows. The model is checked against a full parse at every step.
 */
export async function typeInto(
  server: TestServer,
  uri: string,
  start: string,
  chunks: readonly string[],
  onStep: (s: Step) => void,
): Promise<void> {
  let version = 1;
  const doc = TextDocument.create(uri, 'imr-letter', version, start);
  await server.open(uri, start, version);
  let model: Letter = parseLetter(start);
  try {
    for (const chunk of chunks) {
      const at = doc.positionAt(doc.getText().length);
      version++;
      TextDocument.update(doc, [{ range: { start: at, end: at }, text: chunk }], version);
      await server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: at, end: at }, text: chunk }],
      });
      const report = await server.connection.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      const text = doc.getText();
      const full = parseLetter(text);
      model = updateLetter(model, text);
      const sameModel = JSON.stringify(model) === JSON.stringify(full);
      const expected = toDiagnostics(full, lint(full, RULES, { mode: 'draft' }), uri);
      onStep({ text, cursorLine: doc.lineCount - 1, lineDone: /[\r\n]$/.test(chunk), diagnostics: report.items, expected, sameModel });
    }
  } finally {
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }
}
