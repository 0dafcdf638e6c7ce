import type { Rule } from './types';
import { checkMissingField } from './helpers/missingField';
import { itemRule } from './helpers/util';

export const missingMaximusGuideline: Rule = itemRule({
  id: 'IMR007',
  name: 'missing-maximus-guideline',
  category: 'structure',
  description: 'A disputed item has no "MAXIMUS guideline:" line.',
  defaultLevel: 'error',
  docs: `Every disputed item carries three lines, in this order: "Claims Administrator guideline:", "MAXIMUS guideline:" and "Decision rationale:". The "MAXIMUS guideline:" line states the guideline the expert reviewer relied on, or the sentence that it cited nothing.

The quick fix inserts the line at its place with a complete citation to check: the chapters and sources the Claims Administrator cited, and, for a guideline the rationale reasons from that they do not name, the chapter that covers the request (or "The Expert Reviewer did not cite any medical evidence for its decision." when there is none). In an editor that takes snippet edits the citation is selected, ready to be typed over.`,
  example: {
    bad: 'Norco 10/325mg #120: Upheld\nClaims Administrator guideline: Decision based on MTUS Opioid Treatment 2016.\nDecision rationale: ...',
    good: 'Norco 10/325mg #120: Upheld\nClaims Administrator guideline: Decision based on MTUS Opioid Treatment 2016.\nMAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016.\nDecision rationale: ...',
  },
  checkItem: (letter, item, report) => checkMissingField('maximus', letter, item, report),
});
