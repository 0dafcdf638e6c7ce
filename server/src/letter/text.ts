// Text helpers shared by the parser: line splitting, trimmed views of lines and collapsed text parts.
import type { Line, Span, TextPart } from './types';

/**
 * Splits text into lines on \r\n, \n or a lone \r, in one pass. Line breaks are found with indexOf, which
 * scans natively many times faster than a charCodeAt loop; a text without \r needs one search per line.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const start = splitLinesFrom(text, 0, text.length, lines);
  lines.push({ start, end: text.length, next: text.length });
  return lines;
}

/** Appends to `lines` the line ended by each line break in [from, to), `from` being a line start; returns the start after the last one. */
export function splitLinesFrom(text: string, from: number, to: number, lines: Line[]): number {
  let start = from;
  let lf = text.indexOf('\n', start);
  let cr = text.indexOf('\r', start);
  for (;;) {
    const brk = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
    if (brk < 0 || brk >= to) return start;
    const next = brk === lf ? lf + 1 : text.charCodeAt(brk + 1) === 10 ? brk + 2 : brk + 1;
    lines.push({ start, end: brk, next });
    start = next;
    if (lf >= 0 && lf < start) lf = text.indexOf('\n', start);
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
  }
}

/** Whitespace as it appears in extracted letters: spaces, tabs, form feeds, no-break spaces, line breaks. */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 12 || code === 10 || code === 13 || code === 11 || code === 0xa0;
}

/** The span of [start, end) without leading and trailing whitespace (empty at `start` when all blank). */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

/** Exactly the characters of JavaScript's \s (and of String.prototype.trim). */
export function isJsSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whitespace other than a space, or a space before more whitespace. */
const NEEDS_COLLAPSE = /[^\S ]| \s/;

/** Collapses every whitespace run to one space and trims (as `s.replace(/\s+/g, ' ').trim()`, in one scan). */
export function collapse(s: string): string {
  // Most parts need nothing: no whitespace at either end, none but single spaces inside (a native scan).
  if (s.length === 0 || (!isJsSpace(s.charCodeAt(0)) && !isJsSpace(s.charCodeAt(s.length - 1)) && !NEEDS_COLLAPSE.test(s))) return s;
  let end = s.length;
  while (end > 0 && isJsSpace(s.charCodeAt(end - 1))) end--;
  let i = 0;
  while (i < end && isJsSpace(s.charCodeAt(i))) i++;
  let from = i;
  let out = '';
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if ((c > 32 && c < 0xa0) || !isJsSpace(c)) continue;
    if (c === 32 && !isJsSpace(s.charCodeAt(i + 1))) continue; // a single space stays as it is
    out += s.slice(from, i) + ' ';
    while (isJsSpace(s.charCodeAt(i + 1))) i++;
    from = i + 1;
  }
  return from === 0 && end === s.length ? s : out + s.slice(from, end);
}

/** A text part for [start, end): trimmed span, collapsed text. */
export function part(text: string, start: number, end: number): TextPart {
  const span = trimSpan(text, start, end);
  return { text: collapse(text.slice(span.start, span.end)), span };
}

/**
 * Like `part`, for long parts (field bodies, sentences) whose text few readers need: the span is computed
 * now, the collapsed text on first read. JSON sees `{ text, span }` as for any other part.
 */
export function lazyPart(text: string, start: number, end: number): TextPart {
  return new LazyTextPart(text, trimSpan(text, start, end));
}

// A class, not an object literal with a getter: literals with accessors are kept as dictionaries (several
// hundred bytes each, slow to read); instances of a class share one shape. The source is a private field,
// invisible to JSON, spreading and deep comparison.
class LazyTextPart implements TextPart {
  readonly span: Span;
  readonly #source: string;
  #collapsed: string | undefined;

  constructor(source: string, span: Span) {
    this.#source = source;
    this.span = span;
  }

  get text(): string {
    return (this.#collapsed ??= collapse(this.#source.slice(this.span.start, this.span.end)));
  }

  toJSON(): { text: string; span: Span } {
    return { text: this.text, span: this.span };
  }
}

/** The line's content without form feeds and surrounding whitespace, with where it starts. */
export function lineContent(text: string, line: Line): { text: string; start: number; end: number } {
  // Called for every line: trimmed in place, without an intermediate span.
  let start = line.start;
  let end = line.end;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { text: text.slice(start, end), start, end };
}

/** Index of the line holding `offset` (binary search). */
export function lineAt(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
