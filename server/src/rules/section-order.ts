import { REQUIRED_SECTIONS } from '../letter';
import type { Rule } from './types';

export const sectionOrder: Rule = {
  id: 'IMR002',
  name: 'section-order',
  category: 'structure',
  description: 'A section stands before one that the format puts ahead of it.',
  defaultLevel: 'warning',
  docs: `Sections follow a fixed order (format 1: HOW THE IMR FINAL DETERMINATION WAS MADE, CLINICAL CASE SUMMARY, IMR ISSUES, DECISIONS AND RATIONALES). Readers and downstream tools expect it; a misplaced section usually means text was pasted in the wrong place.`,
  example: {
    bad: 'IMR ISSUES, DECISIONS AND RATIONALES\n...\nCLINICAL CASE SUMMARY\n...',
    good: 'CLINICAL CASE SUMMARY\n...\nIMR ISSUES, DECISIONS AND RATIONALES\n...',
  },
  check(letter, report) {
    if (letter.format === 'unknown') return;
    const order = REQUIRED_SECTIONS[letter.format];
    let highest = -1;
    let highestTitle = '';
    for (const s of letter.sections) {
      const k = order.indexOf(s.title);
      if (k < 0) continue;
      if (k < highest) {
        report({ span: s.headingSpan, message: `"${s.title}" should come before "${highestTitle}".` });
      } else {
        highest = k;
        highestTitle = s.title;
      }
    }
  },
};
