// The labels a letter prints, as printed: one table for the parser, the rules, the outline, hovers,
// completion and letter detection, so a label is spelt once.
import type { FieldKind, HeaderKey } from './types';

export interface HeaderLabel {
  readonly key: HeaderKey;
  /** As printed, with its colon: "UR Denial Date:". */
  readonly label: string;
  /** In a sentence: "UR Denial Date". */
  readonly name: string;
}

const header = (key: HeaderKey, name: string): HeaderLabel => ({ key, label: `${name}:`, name });

/** The header fields, in the order of the header's first column then its second. */
export const HEADER_LABELS: readonly HeaderLabel[] = [
  header('caseNumber', 'Case Number'),
  header('dateAssigned', 'Date Assigned'),
  header('decisionDate', 'Decision Date'),
  header('priority', 'Priority'),
  header('dateOfInjury', 'Date of Injury'),
  header('urDenialDate', 'UR Denial Date'),
  header('applicationReceived', 'Application Received'),
];

const HEADER_BY_KEY = new Map(HEADER_LABELS.map((h) => [h.key, h]));

/** "UR Denial Date" for urDenialDate. */
export function headerName(key: HeaderKey): string {
  return HEADER_BY_KEY.get(key)!.name;
}

export interface FieldLabel {
  readonly kind: FieldKind;
  /** As printed, with its colon: "MAXIMUS guideline:". */
  readonly label: string;
  /** In a sentence: "MAXIMUS guideline". */
  readonly name: string;
  /** What the field says, for those who write one. */
  readonly about: string;
}

/** The three fields of a disputed item, in the order a letter gives them. */
export const FIELD_LABELS: readonly FieldLabel[] = [
  {
    kind: 'claimsAdministrator',
    label: 'Claims Administrator guideline:',
    name: 'Claims Administrator guideline',
    about: 'What the claims administrator relied on for its utilization review decision.',
  },
  { kind: 'maximus', label: 'MAXIMUS guideline:', name: 'MAXIMUS guideline', about: 'What the expert reviewer relied on.' },
  {
    kind: 'rationale',
    label: 'Decision rationale:',
    name: 'Decision rationale',
    about: 'The reasoning, ending in "... is (not) medically necessary." in agreement with the outcome.',
  },
];

const FIELD_BY_KIND = new Map(FIELD_LABELS.map((f) => [f.kind, f]));

/** The field's label and name ("Decision rationale:" / "Decision rationale"). */
export function fieldLabel(kind: FieldKind): FieldLabel {
  return FIELD_BY_KIND.get(kind)!;
}
