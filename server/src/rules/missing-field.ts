// The shared check behind missing-claims-administrator-guideline, missing-maximus-guideline and missing-rationale.
import { FIELD_LABELS, fieldLabel, type FieldKind, type Item, type Letter } from '../letter';
import type { Fix, Report } from './types';
import { eol, itemAnchor, lineStart } from './util';

const ORDER: readonly FieldKind[] = FIELD_LABELS.map((f) => f.kind);
/** The line a fix inserts: the label, and for a guideline line the start of its citation sentence. */
const stub = (kind: FieldKind): string => `${fieldLabel(kind).label} ${kind === 'rationale' ? '' : 'Decision based on '}`;

/** Where the field belongs: before the first later field that exists, else after the item's end. */
function stubFix(letter: Letter, item: Item, kind: FieldKind): Fix {
  const nl = eol(letter);
  const later = item.fields.find((f) => ORDER.indexOf(f.kind) > ORDER.indexOf(kind));
  const title = `Insert a "${fieldLabel(kind).label}" line`;
  if (later) {
    const at = lineStart(letter, later.span.start);
    return { title, edits: [{ span: { start: at, end: at }, newText: stub(kind) + nl }] };
  }
  const at = item.span.end;
  return { title, edits: [{ span: { start: at, end: at }, newText: nl + stub(kind) }] };
}

export function checkMissingField(kind: FieldKind, letter: Letter, item: Item, report: Report): void {
  // Format 3 letters have no per-item Claims Administrator line: their guideline and rationale are sections.
  if (letter.format === 'format3' && kind === 'claimsAdministrator') return;
  if (item.fields.some((f) => f.kind === kind)) return;
  report({
    span: itemAnchor(letter, item),
    message: `The item "${item.request.text || '(no header)'}" has no "${fieldLabel(kind).label}" line.`,
    fixes: [stubFix(letter, item, kind)],
  });
}
