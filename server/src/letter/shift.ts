// Moving parsed parts of a letter by a number of characters: after an edit, everything behind it is the same
// text at another offset, so its model is the old one shifted, not parsed again.
import type { Field, GuidelineField, Item, Line, PartialAuthorization, RationaleField, Section } from './types';
import { citationsIfRead, conclusionIfRead, guidelineField, rationaleField } from './fields';
import { eager, eagerOpt, lazy, moveSpan } from './move';

const span = moveSpan;

/**
 * Citations and conclusions already read move with the field, when someone reads them (a keystroke moves every
 * item after it, and most of them are not read before the next keystroke); those never read stay unread, to be
 * parsed from the new text at the new offsets (the field's text is the same there) if someone asks.
 */
function shiftField(f: Field, d: number, text: string): Field {
  const label = eager(f.label, d);
  const body = lazy(f.body, d, text);
  const moved = span(f.span, d);
  if (f.kind === 'rationale') {
    const read = conclusionIfRead(f as RationaleField);
    return rationaleField(text, label, body, moved, body.span.start, body.span.end, read && { from: read.from, d: read.d + d });
  }
  const read = citationsIfRead(f as GuidelineField);
  return guidelineField(text, f.kind, label, body, moved, body.span.start, body.span.end, read && { from: read.from, d: read.d + d });
}

function shiftPartial(p: PartialAuthorization, d: number): PartialAuthorization {
  return { ...p, original: eagerOpt(p.original, d), authorized: eagerOpt(p.authorized, d), remaining: eagerOpt(p.remaining, d) };
}

/**
 * Items made by shiftItem: the serial of the item each was moved from, and how far. Serials, not the items:
 * holding the old item would hold its version of the text, and through its own entry every version before it.
 */
const MOVED = new WeakMap<Item, { readonly from: number; readonly d: number }>();
const SERIALS = new WeakMap<Item, number>();
let serials = 0;

/** A number that names `item` (the object) for as long as it lives. */
export function itemSerial(item: Item): number {
  let n = SERIALS.get(item);
  if (n === undefined) SERIALS.set(item, (n = ++serials));
  return n;
}

/** The serial of the item `item` was moved from by shiftItem, and how far; undefined for items the parser made. */
export function movedFrom(item: Item): { readonly from: number; readonly d: number } | undefined {
  return MOVED.get(item);
}

/** The item moved by `delta` characters in `text` (the new document), renumbered as `index`. */
export function shiftItem(item: Item, delta: number, text: string, index: number): Item {
  const moved = shifted(item, delta, text, index);
  if (moved !== item) MOVED.set(moved, { from: itemSerial(item), d: delta });
  return moved;
}

function shifted(item: Item, delta: number, text: string, index: number): Item {
  if (delta === 0) return item.index === index ? item : { ...item, index };
  const d = delta;
  const fields = item.fields.map((f) => shiftField(f, d, text));
  // The named fields are among `fields` (the first of their kind), so they are found there, not moved again.
  const field = <F extends Field>(f: F | undefined): F | undefined => {
    if (f === undefined) return undefined;
    const k = item.fields.indexOf(f);
    return (k >= 0 ? fields[k] : shiftField(f, d, text)) as F;
  };
  const header = eager(item.header, d);
  // The keys in the order the parser writes them, so that JSON of a moved item reads as a parsed one.
  return {
    index,
    span: span(item.span, d),
    header,
    request: item.request === item.header ? header : eager(item.request, d),
    outcome: item.outcome && { ...item.outcome, span: span(item.outcome.span, d) },
    outcomeSlot: item.outcomeSlot + d,
    partial: item.partial && shiftPartial(item.partial, d),
    claimsAdministrator: field(item.claimsAdministrator),
    maximus: field(item.maximus),
    rationale: field(item.rationale),
    fields,
  };
}

export function shiftSection(section: Section, delta: number): Section {
  if (delta === 0) return section;
  const s = (x: { start: number; end: number }) => ({ start: x.start + delta, end: x.end + delta });
  return { ...section, headingSpan: s(section.headingSpan), span: s(section.span), bodySpan: s(section.bodySpan) };
}

export function shiftLine(line: Line, delta: number): Line {
  return { start: line.start + delta, end: line.end + delta, next: line.next + delta };
}
