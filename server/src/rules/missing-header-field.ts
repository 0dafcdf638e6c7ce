import { HEADER_LABELS } from '../letter';
import type { Rule } from './types';
import { lineSpan } from './helpers/util';

export const missingHeaderField: Rule = {
  id: 'IMR013',
  name: 'missing-header-field',
  category: 'header',
  description: 'A header field (case number, dates, priority) is missing or has no value.',
  defaultLevel: 'warning',
  docs: `The header of a final determination identifies the case and its timeline: Case Number, Date Assigned, Decision Date, Priority, Date of Injury, UR Denial Date and Application Received. Each is needed to check the letter against the case file (timeliness, the right claim, the right denial). A label without its value is as bad as a missing label.

The rule applies to letters that have a header block at all; letter bodies without one (as drafted in some templates) are not checked.`,
  example: {
    bad: 'Case Number: CM16-0213037\nDate Assigned: 11/09/2016\nPriority:',
    good: 'Case Number: CM16-0213037\nDate Assigned: 11/09/2016\nPriority: Standard',
  },
  check(letter, report) {
    // A letter has a header only when the parser found a header field (the 2014 seeds and some drafts have none).
    const header = letter.header;
    if (!header) return;
    for (const { key, label } of HEADER_LABELS) {
      const field = header.fields.find((f) => f.key === key);
      if (!field) {
        report({
          span: lineSpan(letter, header.span.start),
          message: `The header has no "${label}" field.`,
          due: { at: header.span.end, what: `the header field "${label}"` },
        });
      } else if (!field.value || field.value.text === '') {
        report({
          span: field.label.span,
          message: `The header field "${label}" has no value.`,
          due: { at: header.span.end, what: `the value of "${label}"` },
        });
      }
    }
  },
};
