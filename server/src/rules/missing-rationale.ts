import type { Rule } from './types';
import { checkMissingField } from './helpers/missingField';
import { itemRule } from './helpers/util';

export const missingRationale: Rule = itemRule({
  id: 'IMR008',
  name: 'missing-rationale',
  category: 'structure',
  description: 'A disputed item has no "Decision rationale:" line.',
  defaultLevel: 'error',
  docs: `Every disputed item carries three lines, in this order: "Claims Administrator guideline:", "MAXIMUS guideline:" and "Decision rationale:". The "Decision rationale:" line states the reviewer's reasoning, ending in the conclusion that the request is (not) medically necessary.

The quick fix inserts the line at its place with a placeholder sentence and the conclusion that agrees with the outcome; in an editor that takes snippet edits the placeholder is selected, ready to be replaced by the reasoning.`,
  example: {
    bad: 'Norco 10/325mg #120: Upheld\nClaims Administrator guideline: ...\nMAXIMUS guideline: ...',
    good: 'Norco 10/325mg #120: Upheld\nClaims Administrator guideline: ...\nMAXIMUS guideline: ...\nDecision rationale: ... The request for Norco 10/325mg #120 is not medically necessary.',
  },
  checkItem: (letter, item, report) => checkMissingField('rationale', letter, item, report),
});
