// Offsets <-> LSP positions through the letter's own line table (same line breaks as LSP: \r\n, \n, \r).
import type { Position, Range } from 'vscode-languageserver-types';
import { lineAt, type Letter, type Span } from '../letter';

export function positionAt(letter: Letter, offset: number): Position {
  const o = Math.max(0, Math.min(offset, letter.text.length));
  const line = lineAt(letter.lines, o);
  const l = letter.lines[line];
  return { line, character: Math.min(o, l.end) - l.start };
}

export function rangeOf(letter: Letter, span: Span): Range {
  return { start: positionAt(letter, span.start), end: positionAt(letter, span.end) };
}

export function offsetAt(letter: Letter, position: Position): number {
  if (position.line >= letter.lines.length) return letter.text.length;
  if (position.line < 0) return 0;
  const l = letter.lines[position.line];
  return Math.min(l.start + Math.max(0, position.character), l.end);
}

export function contains(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}
