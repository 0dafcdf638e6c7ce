// Folding ranges: the header, each section, each item, and each field or item header long enough to be worth
// folding (three lines or more), so a reader can collapse a letter to its decisions.
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import { lineAt, type Letter, type Span } from '../letter';

/** Fields shorter than this many lines stay open: folding them saves nothing. */
const LONG_FIELD_LINES = 3;

export function foldingRanges(letter: Letter): FoldingRange[] {
  const out: FoldingRange[] = [];
  const seen = new Set<string>();
  const add = (span: Span, minLines: number, kind?: FoldingRangeKind): void => {
    if (span.end <= span.start) return;
    const startLine = lineAt(letter.lines, span.start);
    const endLine = lineAt(letter.lines, Math.max(span.start, span.end - 1));
    if (endLine - startLine + 1 < minLines) return;
    const key = `${startLine}:${endLine}`;
    if (seen.has(key)) return; // one range per pair of lines: a section and its only item fold alike
    seen.add(key);
    out.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  if (letter.header) add(letter.header.span, 2, FoldingRangeKind.Region);
  for (const s of letter.sections) add(s.span, 2, FoldingRangeKind.Region);
  for (const item of letter.items) {
    add(item.span, 2, FoldingRangeKind.Region);
    add(item.header.span, LONG_FIELD_LINES);
    for (const f of item.fields) add(f.span, LONG_FIELD_LINES);
  }
  out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return out;
}
