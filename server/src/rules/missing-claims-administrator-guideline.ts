import type { Rule } from './types';
import { checkMissingField } from './helpers/missingField';
import { itemRule } from './helpers/util';

export const missingClaimsAdministratorGuideline: Rule = itemRule({
  id: 'IMR006',
  name: 'missing-claims-administrator-guideline',
  category: 'structure',
  description: 'A disputed item has no "Claims Administrator guideline:" line.',
  defaultLevel: 'error',
  docs: `Every disputed item carries three lines, in this order: "Claims Administrator guideline:", "MAXIMUS guideline:" and "Decision rationale:". The "Claims Administrator guideline:" line states the citation the claims administrator (utilization review) relied on, or the sentence that it cited nothing.

When the line's text is there without its label (right after the item header), the quick fix puts the label back in front of it. Otherwise it inserts the line at its place with "The Claims Administrator did not cite any medical evidence for its decision.", selected in an editor that takes snippet edits, ready to be replaced by the citation.`,
  example: {
    bad: 'Norco 10/325mg #120: Upheld\nMAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016.\nDecision rationale: ...',
    good: 'Norco 10/325mg #120: Upheld\nClaims Administrator guideline: Decision based on MTUS Opioid Treatment 2016.\nMAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016.\nDecision rationale: ...',
  },
  checkItem: (letter, item, report) => checkMissingField('claimsAdministrator', letter, item, report),
});
