// Helpers for lint's per-document memo: whether an item of the new letter is the old one moved (same text,
// parsed the same way), and moving the old item's problems with it.
import { sameItemMoved, type Item, type Span } from '../../letter';
import type { Problem } from '../types';

/**
 * Whether `now` (of the new letter) is `old` moved by `d`, for an item whose text is known to be unchanged: the
 * letter model's own check (letter/sameItem.ts), and the one thing item checks read of an item's place: whether
 * it is the first.
 */
export function sameItemShape(old: Item, now: Item, d: number): boolean {
  return (old.index === 0) === (now.index === 0) && sameItemMoved(now, old, d);
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
  return (
    inside(p.span, outer) &&
    (p.fixes ?? []).every((f) => f.edits.every((e) => inside(e.span, outer))) &&
    (p.related ?? []).every((r) => inside(r.span, outer)) &&
    (!p.due || (p.due.item !== undefined && p.due.at >= outer.start && p.due.at <= outer.end))
  );
}
