import type { Rule } from './types';
import { headerField } from '../letter';

const VALID = /^CM\d{2}-\d{7}$/;

export const invalidCaseNumber: Rule = {
  id: 'IMR015',
  name: 'invalid-case-number',
  category: 'header',
  description: 'The case number is not of the form CMyy-nnnnnnn.',
  defaultLevel: 'warning',
  docs: `IMR case numbers are "CM", the two-digit year, a hyphen and seven digits: \`CM16-0213037\`. A case number in another shape cannot be matched to the DWC record, and the letter may be filed under the wrong case.

The quick fix is offered when only the spelling is off (lower case, spaces, a blank or another dash for the hyphen, no hyphen at all).`,
  example: { bad: 'Case Number: CM16-021303', good: 'Case Number: CM16-0213037' },
  check(letter, report) {
    const v = headerField(letter, 'caseNumber')?.value;
    if (!v || VALID.test(v.text)) return;
    // "cm16-0213037", "CM16 0213037" (a blank for the hyphen), "CM16–0213037", "CM160213037".
    const parts = /^CM ?(\d{2})(?: ?[-\u2010-\u2015_] ?| )?(\d{7})$/i.exec(v.text.trim().replace(/\s+/g, ' '));
    const normalised = parts ? `CM${parts[1]}-${parts[2]}` : '';
    const fixes = VALID.test(normalised)
      ? [{ title: `Change to "${normalised}"`, edits: [{ span: v.span, newText: normalised }], safe: true }]
      : undefined;
    report({ span: v.span, message: `"${v.text}" is not a case number of the form CMyy-nnnnnnn (e.g. CM16-0213037).`, fixes });
  },
};
