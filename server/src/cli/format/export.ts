// --export: every disputed item of every letter, in the same CSV and JSON as the editor's
// "IMR: Export Decisions" (commands/export.ts); the rows come from the workers that parsed the letters.
import { toCsv, type ExportedLetter } from '../../commands/export';
import type { FileResult } from '../results';

function exportedLetters(results: readonly FileResult[]): ExportedLetter[] {
  const out: ExportedLetter[] = [];
  for (const r of results) {
    const rows = r.report?.rows ?? [];
    if (!rows.length) continue;
    out.push({ file: r.file, caseNumber: rows[0].caseNumber, items: rows.map(({ caseNumber: _c, line: _l, ...rest }) => rest) });
  }
  return out;
}

export function exportCsv(results: readonly FileResult[]): string {
  return toCsv(exportedLetters(results));
}

export function exportJson(results: readonly FileResult[]): string {
  return JSON.stringify({ letters: exportedLetters(results) }, null, 2) + '\n';
}
