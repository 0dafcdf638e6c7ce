// Fixed wording offered by completion: the citation sentences letters use verbatim and the field labels of a
// disputed item (the ODG chapters are in kb/odg.ts).
import { FIELD_LABELS as ITEM_FIELD_LABELS, type FieldKind } from '../letter';

/** The field labels of a disputed item, in order (letter/labels.ts). */
export const FIELD_LABELS: readonly { kind: FieldKind; label: string; about: string }[] = ITEM_FIELD_LABELS;

export type Party = 'Claims Administrator' | 'Expert Reviewer';

/** The fixed sentences of a guideline line, by the party the line speaks for. */
export function fixedSentences(party: Party): { text: string; about: string }[] {
  const out = [
    {
      text: `The ${party} did not cite any medical evidence for its decision.`,
      about: `The ${party} named no guideline. A legitimate sentence, not a missing citation.`,
    },
  ];
  if (party === 'Claims Administrator') {
    out.push({
      text: 'The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines.',
      about: 'Always followed by a "Decision based on Non-MTUS Citation ..." sentence naming the source.',
    });
  }
  return out;
}
