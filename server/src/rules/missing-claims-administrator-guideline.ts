import type { Rule } from './types';
import { checkMissingField } from './missing-field';
import { itemRule } from './util';

export const missingClaimsAdministratorGuideline: Rule = itemRule({
  id: 'IMR006',
  name: 'missing-claims-administrator-guideline',
  category: 'structure',
  description: 'A disputed item has no "Claims Administrator guideline:" line.',
  defaultLevel: 'error',
  docs: `Every disputed item carries three lines, in this order: "Claims Administrator guideline:", "MAXIMUS guideline:" and "Decision rationale:". The "Claims Administrator guideline:" line states the citation the claims administrator (utilization review) relied on, or the sentence that it cited nothing.

The quick fix inserts the line at its place, for you to complete.`,
  example: {
    bad: 'Norco 10/325mg #120: Upheld\nMAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016.\nDecision rationale: ...',
    good: 'Norco 10/325mg #120: Upheld\nClaims Administrator guideline: Decision based on MTUS Opioid Treatment 2016.\nMAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016.\nDecision rationale: ...',
  },
  checkItem: (letter, item, report) => checkMissingField('claimsAdministrator', letter, item, report),
});
