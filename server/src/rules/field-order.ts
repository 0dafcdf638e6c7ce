import { FIELD_LABELS, fieldLabel, type Field, type FieldKind } from '../letter';
import type { Fix, Rule } from './types';
import { itemRule } from './helpers/util';

const ORDER: readonly FieldKind[] = FIELD_LABELS.map((f) => f.kind);

export const fieldOrder: Rule = itemRule({
  id: 'IMR011',
  name: 'field-order',
  category: 'structure',
  description: "An item's lines are not in the order Claims Administrator guideline, MAXIMUS guideline, Decision rationale.",
  defaultLevel: 'warning',
  docs: `Every disputed item gives, in this order: "Claims Administrator guideline:" (what utilization review relied on), "MAXIMUS guideline:" (what the expert reviewer relied on) and "Decision rationale:" (the reasoning and conclusion). Readers look for the rationale last; a rationale placed before the citations, or the two citation lines swapped, is easy to misread as the other party's.

The quick fix moves the lines into their order without changing their text.`,
  example: {
    bad: 'Norco 10/325mg #120: Upheld\nMAXIMUS guideline: ...\nClaims Administrator guideline: ...\nDecision rationale: ...',
    good: 'Norco 10/325mg #120: Upheld\nClaims Administrator guideline: ...\nMAXIMUS guideline: ...\nDecision rationale: ...',
  },
  checkItem(letter, item, report) {
    if (letter.format === 'format3') return; // format 3 keeps the guideline and rationale in sections
    const fields = item.fields;
    const misplaced = fields.find((f, k) => k > 0 && ORDER.indexOf(f.kind) < ORDER.indexOf(fields[k - 1].kind));
    if (!misplaced) return;
    const before = fields[fields.indexOf(misplaced) - 1];
    report({
      span: misplaced.label.span,
      message: `"${fieldLabel(misplaced.kind).label}" should come before "${fieldLabel(before.kind).label}".`,
      fixes: [reorder(letter.text, fields)],
    });
  },
});

/** Rewrites the run of fields in their order; each field keeps its text, the separators stay where they were. */
function reorder(text: string, fields: readonly Field[]): Fix {
  const chunks = fields.map((f) => text.slice(f.span.start, f.span.end));
  const seps = fields.slice(0, -1).map((f, k) => text.slice(f.span.end, fields[k + 1].span.start));
  const sorted = fields.map((f, k) => ({ f, k })).sort((a, b) => ORDER.indexOf(a.f.kind) - ORDER.indexOf(b.f.kind) || a.k - b.k);
  let out = '';
  sorted.forEach((s, k) => {
    out += chunks[s.k];
    if (k < seps.length) out += seps[k];
  });
  return {
    title: 'Put the lines in the order Claims Administrator guideline, MAXIMUS guideline, Decision rationale',
    edits: [{ span: { start: fields[0].span.start, end: fields[fields.length - 1].span.end }, newText: out }],
    safe: true,
  };
}
