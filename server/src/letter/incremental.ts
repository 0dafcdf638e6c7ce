// Re-parsing after an edit, in proportion to the edit: a keystroke inside the disputed items re-splits the
// lines around it, re-parses the few items around it, and moves the rest of the model by the edit's length.
// The result is always what parseLetter(text) gives; whenever the edit could reach further (a heading, the
// header, the format, an item boundary that does not settle) the whole letter is parsed again.
import type { Item, Letter, Line, Section, Span } from './types';
import { parseLetter } from './parse';
import { parseItems } from './items';
import { headingAt } from './sections';
import { lineAt, splitLinesFrom, trimSpan } from './text';
import { shiftItem, shiftLine, shiftSection } from './shift';
import { sameItemMoved } from './sameItem';

/** The edit that turns `before` into `after`: [start, oldEnd) of `before` became [start, newEnd) of `after`. */
export interface TextEdit {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** The smallest single edit between two texts (common prefix and suffix), or undefined when they are equal. */
export function editBetween(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  // Compare in blocks first: string equality of slices is a memory compare, far cheaper than a character loop.
  let p = 0;
  for (let block = 4096; block >= 1; block >>= 4) {
    while (p + block <= max && before.slice(p, p + block) === after.slice(p, p + block)) p += block;
  }
  let q = 0;
  const room = max - p;
  for (let block = 4096; block >= 1; block >>= 4) {
    while (
      q + block <= room &&
      before.slice(before.length - q - block, before.length - q) === after.slice(after.length - q - block, after.length - q)
    )
      q += block;
  }
  return { start: p, oldEnd: before.length - q, newEnd: after.length - q };
}

/** Items on each side of the edited ones that are parsed again and must come out unchanged. */
const MARGIN = 2;
/** Edits this close to the top can change the format or the header fields. */
const TOP_LINES = 80;
const TOP_CHARS = 2000;

/** The letter for `text`, given the letter of a previous version of the same document. */
export function updateLetter(previous: Letter, text: string): Letter {
  const edit = editBetween(previous.text, text);
  if (!edit) return previous;
  return reparseItems(previous, text, edit) ?? parseLetter(text);
}

function reparseItems(prev: Letter, text: string, edit: TextEdit): Letter | undefined {
  const issues = prev.issues;
  const n = prev.items.length;
  if (!issues || issues.kind !== 'issues' || n === 0) return undefined;
  if (edit.start <= issues.bodySpan.start || edit.start < TOP_CHARS) return undefined;
  const delta = edit.newEnd - edit.oldEnd;
  const oldLines = prev.lines;
  const a = lineAt(oldLines, edit.start);
  const b = lineAt(oldLines, edit.oldEnd);
  if (a < TOP_LINES) return undefined;
  const sectionIndex = prev.sections.indexOf(issues);
  const next = prev.sections[sectionIndex + 1];
  // The edit must stay clear of the next heading (and of a heading wrapped onto the lines around it).
  if (next && lineAt(oldLines, next.headingSpan.start) <= b + 3) return undefined;

  const lines = respliceLines(oldLines, text, a, b, delta);
  if (!lines) return undefined;
  const firstNew = Math.max(0, a - 3);
  const lastNew = lineAt(lines, edit.newEnd) + 3;
  for (let i = firstNew; i <= lastNew && i < lines.length; i++) if (headingAt(text, lines, i)) return undefined;

  // The issues section, with its end moved to the last non-blank character before the next heading.
  const limit = next ? next.headingSpan.start + delta : text.length;
  const body = trimSpan(text, issues.bodySpan.start, limit);
  if (body.end <= body.start) return undefined;
  const newIssues: Section = {
    ...issues,
    span: { start: issues.span.start, end: Math.max(issues.headingSpan.end, body.end) },
    bodySpan: body,
  };
  const sections = prev.sections.map((s, i) => (i < sectionIndex ? s : i === sectionIndex ? newIssues : shiftSection(s, delta)));

  // Items: the edited ones and MARGIN on each side, parsed again over their lines.
  const headerLine = (item: Item): number => lineAt(oldLines, item.span.start);
  // The last item whose first line starts at or before `offset`: items follow one another, so their first
  // lines' starts grow with their index and a binary search finds it.
  const lastStartingBy = (offset: number): number => {
    let lo = 0;
    let hi = n - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (oldLines[headerLine(prev.items[mid])].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const kA = lastStartingBy(edit.start);
  const kB = lastStartingBy(edit.oldEnd);
  const lo = Math.max(0, kA - MARGIN);
  const hi = Math.min(n - 1, kB + MARGIN);
  const itemsFrom = itemsFromLine(prev, issues);
  const newItemsTo = lineAt(lines, newIssues.span.end) + 1;
  const winFrom = lo === 0 ? itemsFrom : headerLine(prev.items[lo]);
  const winTo = hi === n - 1 ? newItemsTo : lineAt(lines, oldLines[headerLine(prev.items[hi + 1])].start + delta);
  if (winTo <= winFrom) return undefined;
  const window = parseItems(text, lines, winFrom, winTo, winFrom === itemsFrom ? issues.bodySpan.start : 0);

  // The window's edges must come out as before, so the items outside it are unchanged.
  const edited: Span = { start: edit.start, end: edit.newEnd };
  if (lo > 0) for (let j = 0; j < MARGIN; j++) if (!sameItemMoved(window[j], prev.items[lo + j], 0, edited)) return undefined;
  if (hi < n - 1)
    for (let j = 0; j < MARGIN; j++) if (!sameItemMoved(window[window.length - 1 - j], prev.items[hi - j], delta, edited)) return undefined;

  const items: Item[] = prev.items.slice(0, lo);
  for (const item of window) items.push(item.index === items.length ? item : { ...item, index: items.length });
  for (let k = hi + 1; k < n; k++) items.push(shiftItem(prev.items[k], delta, text, items.length));
  return { text, format: prev.format, lines, header: prev.header, sections, items, issues: newIssues };
}

/** The first line parseItems reads for the issues section (as parseLetter computes it). */
function itemsFromLine(letter: Letter, issues: Section): number {
  const headingLine = lineAt(letter.lines, issues.headingSpan.end);
  const inline = issues.bodySpan.start > issues.headingSpan.end && lineAt(letter.lines, issues.bodySpan.start) === headingLine;
  return headingLine + (inline ? 0 : 1);
}

/**
 * The line table of the new text: lines before the edit kept, the lines from one before the edit to one
 * after it split again (a line break can be typed or deleted), the lines after moved by `delta`.
 */
function respliceLines(old: readonly Line[], text: string, a: number, b: number, delta: number): Line[] | undefined {
  const from = a > 0 ? a - 1 : 0;
  const regionStart = old[from].start;
  const afterRegion = b + 2 < old.length ? b + 2 : old.length;
  const regionEnd = afterRegion < old.length ? old[afterRegion].start + delta : text.length;
  const lines = old.slice(0, from);
  const start = splitLinesFrom(text, regionStart, regionEnd, lines);
  if (afterRegion >= old.length) lines.push({ start, end: text.length, next: text.length });
  else if (start !== regionEnd) return undefined; // the lines after the edit no longer start where they did
  for (let k = afterRegion; k < old.length; k++) lines.push(shiftLine(old[k], delta));
  return lines;
}
