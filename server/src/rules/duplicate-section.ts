import type { Rule } from './types';

export const duplicateSection: Rule = {
  id: 'IMR003',
  name: 'duplicate-section',
  category: 'structure',
  description: 'A section heading appears more than once.',
  defaultLevel: 'warning',
  docs: `Each section of a letter appears once. A second "CLINICAL CASE SUMMARY" or "IMR ISSUES, DECISIONS AND RATIONALES" heading usually means a block was pasted twice or a draft was merged into another one; readers cannot tell which copy is the decision.

Remove the repeated heading (and the text pasted with it), or merge the two parts.`,
  example: { bad: 'CLINICAL CASE SUMMARY\n...\nCLINICAL CASE SUMMARY\n...', good: 'CLINICAL CASE SUMMARY\n...' },
  check(letter, report) {
    const first = new Map<string, (typeof letter.sections)[number]>();
    for (const s of letter.sections) {
      const seen = first.get(s.title);
      if (!seen) {
        first.set(s.title, s);
        continue;
      }
      report({
        span: s.headingSpan,
        message: `The section "${s.title}" appears more than once.`,
        related: [{ span: seen.headingSpan, message: 'First occurrence' }],
      });
    }
  },
};
