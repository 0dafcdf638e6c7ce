// The machine-readable report: every letter with its problems (LSP ranges, as the editor has them) and a summary.
import { countLevels, type FileResult } from '../results';

export function formatJson(results: readonly FileResult[]): string {
  const c = countLevels(results);
  const files = results
    .filter((r) => r.report)
    .map((r) => ({
      file: r.file,
      problems: r.report!.problems.map((p) => ({
        rule: p.rule,
        ...(p.id ? { id: p.id } : {}),
        level: p.level,
        message: p.message,
        line: p.range.start.line + 1,
        column: p.range.start.character + 1,
        endLine: p.range.end.line + 1,
        endColumn: p.range.end.character + 1,
        range: p.range,
        ...(p.related ? { related: p.related } : {}),
        fixable: p.fixable,
        ...(p.fixes ? { fixes: p.fixes } : {}),
      })),
      ...(r.report!.fixesApplied ? { fixesApplied: r.report!.fixesApplied } : {}),
    }));
  const errors = results.filter((r) => r.error).map((r) => ({ file: r.file, error: r.error }));
  const summary = {
    letters: files.length,
    lettersWithProblems: c.files,
    errors: c.error,
    warnings: c.warning,
    information: c.information,
    hints: c.hint,
    fixable: c.fixable,
  };
  return JSON.stringify({ files, ...(errors.length ? { unreadable: errors } : {}), summary }, null, 2) + '\n';
}
