// "IMR: Export Decisions": every letter's decisions as JSON or CSV (case number, item, outcome, both
// parties' citations, conclusion). Pure: the letters come in as texts, the file as a string goes out.
import { parseLetter } from '../letter';
import { decisionRows, type DecisionRow } from '../features/decisionTable';
import { isLetterFile } from '../workspace/workspaceIndex';

export type ExportFormat = 'json' | 'csv';

export interface LetterText {
  readonly uri: string;
  readonly text: string;
  /** How the export names the file (a workspace-relative path); the URI when absent. */
  readonly name?: string;
}

export interface ExportedLetter {
  readonly file: string;
  readonly caseNumber: string;
  readonly items: readonly Omit<DecisionRow, 'caseNumber' | 'line'>[];
}

/** Parses each letter and keeps its decisions; texts without any disputed item are left out. */
export function exportedLetters(letters: readonly LetterText[]): ExportedLetter[] {
  const out: ExportedLetter[] = [];
  for (const l of letters) {
    if (typeof l.text !== 'string' || !isLetterFile(l.uri, l.text)) continue;
    const rows = decisionRows(parseLetter(l.text));
    if (!rows.length) continue;
    out.push({ file: l.name ?? l.uri, caseNumber: rows[0].caseNumber, items: rows.map(({ caseNumber: _c, line: _l, ...rest }) => rest) });
  }
  return out;
}

export const CSV_COLUMNS = [
  'file',
  'case_number',
  'item',
  'request',
  'outcome',
  'claims_administrator_citations',
  'maximus_citations',
  'conclusion',
  'conclusion_sentence',
] as const;

/** One CSV cell (RFC 4180); a cell a spreadsheet would run as a formula is prefixed with "'". */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(letters: readonly ExportedLetter[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const l of letters) {
    for (const r of l.items) {
      lines.push(
        [
          l.file,
          l.caseNumber,
          r.item,
          r.request,
          r.outcome,
          r.claimsAdministratorCitations.join('; '),
          r.maximusCitations.join('; '),
          r.conclusion,
          r.conclusionSentence,
        ]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return lines.join('\r\n') + '\r\n';
}

export function formatDecisions(letters: readonly ExportedLetter[], format: ExportFormat): string {
  return format === 'csv' ? toCsv(letters) : JSON.stringify({ letters }, null, 2) + '\n';
}
