// Selection ranges that grow word -> line -> field -> item -> section -> letter ("Expand Selection").
import type { Position, SelectionRange } from 'vscode-languageserver-types';
import { lineAt, type Letter, type Span } from '../letter';
import { contains, offsetAt, rangeOf } from './positions';

function wordAt(text: string, offset: number, line: Span): Span | undefined {
  const isWord = (i: number): boolean =>
    i >= line.start && i < line.end && /[\p{L}\p{N}_'/#.-]/u.test(text[i]) && !(text[i] === '.' && !/\d/.test(text[i + 1] ?? ''));
  let start = offset;
  let end = offset;
  while (isWord(start - 1)) start--;
  while (isWord(end)) end++;
  // Trailing punctuation belongs to the sentence, not the word.
  while (end > start && /['.\-/]/.test(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

function trimmedLine(letter: Letter, offset: number): Span {
  const l = letter.lines[lineAt(letter.lines, offset)];
  let start = l.start;
  let end = l.end;
  while (start < end && /\s/.test(letter.text[start])) start++;
  while (end > start && /\s/.test(letter.text[end - 1])) end--;
  return { start, end };
}

/** The nested parts of the letter that hold `offset`, innermost first. */
export function enclosingSpans(letter: Letter, offset: number): Span[] {
  const line = trimmedLine(letter, offset);
  const spans: (Span | undefined)[] = [wordAt(letter.text, offset, line), line];
  const item = letter.items.find((i) => offset >= i.span.start && offset <= i.span.end);
  if (item) {
    const field = item.fields.find((f) => offset >= f.span.start && offset <= f.span.end);
    spans.push(field?.span ?? (offset <= item.header.span.end ? item.header.span : undefined), item.span);
  }
  // A header field runs from its label to its value. Where the labels come first and the values after them, those
  // runs overlap: the field whose own label or value holds the offset is the one meant, else the shortest run.
  const runs = (letter.header?.fields ?? [])
    .map((f) => ({ f, run: { start: f.label.span.start, end: Math.max(f.label.span.end, f.value?.span.end ?? 0) } }))
    .filter(({ run }) => contains(run, offset));
  const own = runs.find(({ f }) => contains(f.label.span, offset) || (f.value !== undefined && contains(f.value.span, offset)));
  const shortest = runs.reduce<(typeof runs)[number] | undefined>(
    (best, r) => (!best || r.run.end - r.run.start < best.run.end - best.run.start ? r : best),
    undefined,
  );
  const headerField = own ?? shortest;
  if (headerField) spans.push(headerField.run);
  if (letter.header && offset >= letter.header.span.start && offset <= letter.header.span.end) spans.push(letter.header.span);
  const section = letter.sections.find((s) => offset >= s.span.start && offset <= s.span.end);
  if (section) spans.push(section.headingSpan, section.span);
  spans.push({ start: 0, end: letter.text.length });
  // Keep a strictly growing chain: each range must contain the previous one and be larger.
  const chain: Span[] = [];
  for (const s of spans) {
    if (!s || offset < s.start || offset > s.end) continue;
    const prev = chain[chain.length - 1];
    if (prev && (s.start > prev.start || s.end < prev.end || (s.start === prev.start && s.end === prev.end))) continue;
    chain.push(s);
  }
  return chain;
}

export function selectionRanges(letter: Letter, positions: readonly Position[]): SelectionRange[] {
  return positions.map((p) => {
    const spans = enclosingSpans(letter, offsetAt(letter, p));
    let parent: SelectionRange | undefined;
    for (let i = spans.length - 1; i >= 0; i--) parent = { range: rangeOf(letter, spans[i]), parent };
    return parent ?? { range: rangeOf(letter, { start: 0, end: 0 }) };
  });
}
