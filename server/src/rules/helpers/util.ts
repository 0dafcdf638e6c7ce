// Small helpers the rules share.
import { isJsSpace, lineAt, type Item, type Letter, type Span } from '../../letter';
import type { ItemCheck, Rule } from '../types';

/** The content of the line holding `offset`, trimmed of surrounding whitespace and form feeds. */
export function lineSpan(letter: Letter, offset: number): Span {
  const line = letter.lines[lineAt(letter.lines, offset)];
  let s = line.start;
  let e = line.end;
  const t = letter.text;
  while (s < e && isJsSpace(t.charCodeAt(s))) s++;
  while (e > s && isJsSpace(t.charCodeAt(e - 1))) e--;
  return e > s ? { start: s, end: e } : { start: line.start, end: line.end };
}

/** Where an item is best pointed at: its header's last line (where the outcome is), else its first field. */
export function itemAnchor(letter: Letter, item: Item): Span {
  if (item.header.span.end > item.header.span.start) return lineSpan(letter, item.header.span.end - 1);
  return lineSpan(letter, item.span.start);
}

/** The line break used by the letter (kept when inserting lines). */
export function eol(letter: Letter): string {
  const l = letter.lines[0];
  if (!l || l.next === l.end) return '\n';
  return letter.text.slice(l.end, l.next);
}

/** Offset of the start of the line holding `offset`. */
export function lineStart(letter: Letter, offset: number): number {
  return letter.lines[lineAt(letter.lines, offset)].start;
}

/** A rule checked item by item: its whole-letter check runs the item check over every item in order. */
export function itemRule(rule: Omit<Rule, 'check' | 'checkItem'> & { readonly checkItem: ItemCheck }): Rule {
  return {
    ...rule,
    check(letter, report) {
      for (const item of letter.items) rule.checkItem(letter, item, report);
    },
  };
}
