// Helpers for the citation rules: the guideline fields of an item and the guideline families a field cites.
import type { GuidelineField, Item, MtusChapterCitation } from '../../letter';

export function guidelineFields(item: Item): GuidelineField[] {
  return [item.claimsAdministrator, item.maximus].filter((f): f is GuidelineField => f !== undefined);
}

/** The MTUS chapter citations of one item, Claims Administrator line first. */
export function itemMtusCitations(item: Item): MtusChapterCitation[] {
  const out: MtusChapterCitation[] = [];
  for (const field of [item.claimsAdministrator, item.maximus]) {
    if (field) for (const citation of field.citations) if (citation.kind === 'mtus') out.push(citation);
  }
  return out;
}

export type Family = 'MTUS' | 'ODG' | 'ACOEM';

export const FAMILY_RE: Record<Family, RegExp> = {
  ODG: /\bODG\b|Official\s+Disability\s+Guidelines?/i,
  ACOEM: /\bACOEM\b|American\s+College\s+of\s+Occupational/i,
  MTUS: /\bMTUS\b|Medical\s+Treatment\s+Utilization\s+Schedule|Chronic\s+Pain\s+Medical\s+Treatment\s+Guidelines/i,
};

/** The guideline families a field cites. MTUS chapters count as ACOEM too: the MTUS adopted ACOEM's chapters. */
export function citedFamilies(field: GuidelineField): Set<Family> {
  const out = new Set<Family>();
  for (const c of field.citations) {
    if (c.kind === 'mtus') {
      out.add('MTUS');
      out.add('ACOEM');
    } else if (c.kind === 'nonMtus') {
      // By its words (the family the model gives a source is read from the same words, ODG before ACOEM).
      for (const f of ['ODG', 'ACOEM', 'MTUS'] as const) if (FAMILY_RE[f].test(c.source.text)) out.add(f);
    }
  }
  return out;
}
