// Whether an item parsed again after an edit is the item parsed before, moved by the edit's length: the check
// that lets the re-parse stop at the items around an edit. Compared field by field, without building the
// moved copy or reading the lazily parsed parts: citations and conclusions are functions of the text of
// their field's body, so equal body spans over text the edit did not touch give equal values.
import type { Field, Item, OutcomeWord, PartialAuthorization, Span, TextPart } from './types';

const sameSpan = (x: Span, y: Span, d: number): boolean => x.start === y.start + d && x.end === y.end + d;
const samePart = (x: TextPart, y: TextPart, d: number): boolean => sameSpan(x.span, y.span, d) && x.text === y.text;
const sameOptPart = (x: TextPart | undefined, y: TextPart | undefined, d: number): boolean =>
  x === undefined || y === undefined ? x === y : samePart(x, y, d);

function sameOutcome(x: OutcomeWord | undefined, y: OutcomeWord | undefined, d: number): boolean {
  if (x === undefined || y === undefined) return x === y;
  return x.text === y.text && x.meaning === y.meaning && x.valid === y.valid && sameSpan(x.span, y.span, d);
}

function samePartial(x: PartialAuthorization | undefined, y: PartialAuthorization | undefined, d: number): boolean {
  if (x === undefined || y === undefined) return x === y;
  return (
    x.form === y.form &&
    sameOptPart(x.original, y.original, d) &&
    sameOptPart(x.authorized, y.authorized, d) &&
    sameOptPart(x.remaining, y.remaining, d)
  );
}

/** Body compared by span only (its text is the same when the span is, see above). */
const sameField = (x: Field, y: Field, d: number): boolean =>
  x.kind === y.kind && samePart(x.label, y.label, d) && sameSpan(x.body.span, y.body.span, d) && sameSpan(x.span, y.span, d);

function sameNamed(x: Item, y: Item, f: Field | undefined, g: Field | undefined): boolean {
  return f === undefined || g === undefined ? f === g : x.fields.indexOf(f) === y.fields.indexOf(g);
}

/**
 * True when `x` (parsed from the new text) equals `y` (parsed from the old) moved by `d`, apart from its index.
 * Only for items whose text the edit did not touch: `edited` is the edited range of the new text, and an item
 * overlapping it is never the same (without it, the caller knows the item's text is unchanged). The one check
 * for the re-parse (incremental.ts) and the lint memo (rules/engine/memo.ts).
 */
export function sameItemMoved(x: Item | undefined, y: Item, d: number, edited?: Span): boolean {
  if (x === undefined) return false;
  if (edited && x.span.end > edited.start && x.span.start < edited.end) return false;
  if (!sameSpan(x.span, y.span, d) || !samePart(x.header, y.header, d) || !samePart(x.request, y.request, d)) return false;
  if ((x.request === x.header) !== (y.request === y.header)) return false;
  if (x.outcomeSlot !== y.outcomeSlot + d || !sameOutcome(x.outcome, y.outcome, d) || !samePartial(x.partial, y.partial, d)) return false;
  if (x.fields.length !== y.fields.length) return false;
  for (let k = 0; k < x.fields.length; k++) if (!sameField(x.fields[k], y.fields[k], d)) return false;
  return (
    sameNamed(x, y, x.claimsAdministrator, y.claimsAdministrator) &&
    sameNamed(x, y, x.maximus, y.maximus) &&
    sameNamed(x, y, x.rationale, y.rationale)
  );
}
