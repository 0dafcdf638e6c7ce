// Fixed wording offered by completion: the citation sentences letters use verbatim and the field labels of a
// disputed item (the ODG chapters are in kb/odg.ts).
import type { FieldKind } from '../letter';

export const FIELD_LABELS: readonly { kind: FieldKind; label: string; about: string }[] = [
  { kind: 'claimsAdministrator', label: 'Claims Administrator guideline:', about: 'What the claims administrator relied on for its utilization review decision.' },
  { kind: 'maximus', label: 'MAXIMUS guideline:', about: 'What the expert reviewer relied on.' },
  { kind: 'rationale', label: 'Decision rationale:', about: 'The reasoning, ending in "... is (not) medically necessary." in agreement with the outcome.' },
];

export type Party = 'Claims Administrator' | 'Expert Reviewer';

/** The fixed sentences of a guideline line, by the party the line speaks for. */
export function fixedSentences(party: Party): { text: string; about: string }[] {
  const out = [
    { text: `The ${party} did not cite any medical evidence for its decision.`, about: `The ${party} named no guideline. A legitimate sentence, not a missing citation.` },
  ];
  if (party === 'Claims Administrator') {
    out.push({
      text: 'The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines.',
      about: 'Always followed by a "Decision based on Non-MTUS Citation ..." sentence naming the source.',
    });
  }
  return out;
}
