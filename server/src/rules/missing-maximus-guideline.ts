import type { Rule } from './types';
import { checkMissingField } from './missing-field';

export const missingMaximusGuideline: Rule = {
  id: 'IMR007',
  name: 'missing-maximus-guideline',
  category: 'structure',
  description: 'A disputed item has no "MAXIMUS guideline:" line.',
  defaultLevel: 'error',
  docs: `Every disputed item carries three lines, in this order: "Claims Administrator guideline:", "MAXIMUS guideline:" and "Decision rationale:". The "MAXIMUS guideline:" line states the guideline the expert reviewer relied on, or the sentence that it cited nothing.

The quick fix inserts the line at its place, for you to complete.`,
  check: (letter, report) => checkMissingField('maximus', letter, report),
};
