// Kinds of therapy a request names, so that the parts of a partly authorised request can be compared:
// physical therapy requested and "2 sessions of occupational therapy" authorised are different treatments.

export type TherapyKind =
  'physical therapy' | 'occupational therapy' | 'chiropractic' | 'acupuncture' | 'massage' | 'aquatic therapy' | 'psychotherapy';

const KINDS: readonly [RegExp, readonly TherapyKind[]][] = [
  [/\bPT\s*\/\s*OT\b|\bOT\s*\/\s*PT\b|\bhand\s+therapy\b/i, ['physical therapy', 'occupational therapy']],
  [/\bphysical\s+therap\w*|\bphysio\w*|\bPT\b(?!\s*\/\s*(?:INR|PTT))|\bchirophysio\w*/i, ['physical therapy']],
  [/\boccupational\s+therap\w*|\bOT\b/i, ['occupational therapy']],
  [/\bchiro\w*|\bspinal\s+manipulation\b|\bmanipulation\s+therapy\b/i, ['chiropractic']],
  [/\bacupuncture\b/i, ['acupuncture']],
  [/\bmassage\b/i, ['massage']],
  [/\baqua\w*\s+therap\w*|\bpool\s+therapy\b/i, ['aquatic therapy']],
  [/\bpsychotherap\w*|\bcognitive\s+behavio\w*\s+therap\w*|\bCBT\b/i, ['psychotherapy']],
];

/** The therapies a request names; empty when it names none of them. */
export function therapyKinds(text: string): Set<TherapyKind> {
  const out = new Set<TherapyKind>();
  for (const [re, kinds] of KINDS) if (re.test(text)) for (const k of kinds) out.add(k);
  return out;
}
