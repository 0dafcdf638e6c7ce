// The shared check behind missing-claims-administrator-guideline, missing-maximus-guideline and missing-rationale.
import { HEADINGS, type FieldKind, type Item, type Letter } from '../letter';
import type { Due, Fix, Report } from './types';
import { eol, itemAnchor, lineStart } from './util';
import { sectionDue } from './section-due';

export const FIELD_LABELS: Record<FieldKind, string> = {
  claimsAdministrator: 'Claims Administrator guideline:',
  maximus: 'MAXIMUS guideline:',
  rationale: 'Decision rationale:',
};
const ORDER: FieldKind[] = ['claimsAdministrator', 'maximus', 'rationale'];
const STUB: Record<FieldKind, string> = {
  claimsAdministrator: 'Claims Administrator guideline: Decision based on ',
  maximus: 'MAXIMUS guideline: Decision based on ',
  rationale: 'Decision rationale: ',
};

/** Where the field belongs: before the first later field that exists, else after the item's end. */
function dueAt(letter: Letter, item: Item, kind: FieldKind): { at: number; later: boolean } {
  const later = item.fields.find((f) => ORDER.indexOf(f.kind) > ORDER.indexOf(kind));
  return later ? { at: lineStart(letter, later.span.start), later: true } : { at: item.span.end, later: false };
}

function stubFix(letter: Letter, item: Item, kind: FieldKind): Fix {
  const nl = eol(letter);
  const { at, later } = dueAt(letter, item, kind);
  const title = `Insert a "${FIELD_LABELS[kind]}" line`;
  return { title, edits: [{ span: { start: at, end: at }, newText: later ? STUB[kind] + nl : nl + STUB[kind] }] };
}

/** Format 3 keeps the guideline and the rationale in sections of their own: they are due with their section. */
const FORMAT3_SECTION: Partial<Record<FieldKind, string>> = {
  maximus: HEADINGS.find((h) => h.kind === 'guidelinesRelied')!.title,
  rationale: HEADINGS.find((h) => h.kind === 'rationale')!.title,
};

function dueOf(letter: Letter, item: Item, kind: FieldKind): Due {
  const section = letter.format === 'format3' ? FORMAT3_SECTION[kind] : undefined;
  if (section && !letter.sections.some((s) => s.title === section)) return { at: sectionDue(letter, section).at, what: `the section "${section}"` };
  return { at: dueAt(letter, item, kind).at, what: `the "${FIELD_LABELS[kind]}" line`, item: item.request.text };
}

export function checkMissingField(kind: FieldKind, letter: Letter, item: Item, report: Report): void {
  // Format 3 letters have no per-item Claims Administrator line: their guideline and rationale are sections.
  if (letter.format === 'format3' && kind === 'claimsAdministrator') return;
  if (item.fields.some((f) => f.kind === kind)) return;
  report({
    span: itemAnchor(letter, item),
    message: `The item "${item.request.text || '(no header)'}" has no "${FIELD_LABELS[kind]}" line.`,
    fixes: [stubFix(letter, item, kind)],
    due: dueOf(letter, item, kind),
  });
}
