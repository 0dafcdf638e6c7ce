// Helpers for lint's per-document memo: whether an item of the new letter is the old one moved (same text,
// parsed the same way), and moving the old item's problems with it.
import type { Field, Item, Span, TextPart } from '../../letter';
import type { Problem } from '../types';

const sameSpan = (a: Span, b: Span, d: number): boolean => b.start === a.start + d && b.end === a.end + d;
const samePart = (a: TextPart | undefined, b: TextPart | undefined, d: number): boolean => (a === undefined ? b === undefined : b !== undefined && sameSpan(a.span, b.span, d));

/** Citations and conclusions come from the body alone (and are parsed on first read): the body's place says enough. */
function sameField(a: Field, b: Field, d: number): boolean {
  return a.kind === b.kind && sameSpan(a.span, b.span, d) && sameSpan(a.label.span, b.label.span, d) && sameSpan(a.body.span, b.body.span, d);
}

/**
 * Whether `now` (of the new letter) is `old` moved by `d`, for an item whose text is known to be unchanged: the
 * same parts at the same places. The text being equal, the parse of each part is the same; what could differ
 * is where the parser put the item's boundaries, and the one thing item checks read of its place (the first item).
 */
export function sameItemShape(old: Item, now: Item, d: number): boolean {
  if (!sameSpan(old.span, now.span, d) || !sameSpan(old.header.span, now.header.span, d) || !sameSpan(old.request.span, now.request.span, d)) return false;
  if (now.outcomeSlot !== old.outcomeSlot + d || !samePart(old.outcome, now.outcome, d) || (old.index === 0) !== (now.index === 0)) return false;
  const p = old.partial;
  const q = now.partial;
  if (p === undefined ? q !== undefined : q === undefined || p.form !== q.form || !samePart(p.original, q.original, d) || !samePart(p.authorized, q.authorized, d) || !samePart(p.remaining, q.remaining, d)) return false;
  if (old.fields.length !== now.fields.length) return false;
  for (let k = 0; k < old.fields.length; k++) if (!sameField(old.fields[k], now.fields[k], d)) return false;
  const at = (i: Item, f: Field | undefined): number => (f ? i.fields.indexOf(f) : -2);
  return at(old, old.claimsAdministrator) === at(now, now.claimsAdministrator) && at(old, old.maximus) === at(now, now.maximus) && at(old, old.rationale) === at(now, now.rationale);
}

const shift = (s: Span, d: number): Span => ({ start: s.start + d, end: s.end + d });

/** The problem moved by `d` characters (its span, its fixes' edits and its related places); keys kept as they were. */
export function shiftProblem(p: Problem, d: number): Problem {
  return {
    ...p,
    span: shift(p.span, d),
    fixes: p.fixes && p.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, span: shift(e.span, d) })) })),
    related: p.related && p.related.map((r) => ({ ...r, span: shift(r.span, d) })),
    ...(p.due ? { due: { ...p.due, at: p.due.at + d } } : {}),
  };
}

const inside = (s: Span, outer: Span): boolean => s.start >= outer.start && s.end <= outer.end;

/**
 * Whether every place the problem names lies inside `outer` (then it can move with the item). A part due is
 * inside only when it is a part of the item (format 3's sections are due where the letter's sections say).
 */
export function within(p: Problem, outer: Span): boolean {
  return inside(p.span, outer) && (p.fixes ?? []).every((f) => f.edits.every((e) => inside(e.span, outer))) && (p.related ?? []).every((r) => inside(r.span, outer)) && (!p.due || (p.due.item !== undefined && p.due.at >= outer.start && p.due.at <= outer.end));
}
