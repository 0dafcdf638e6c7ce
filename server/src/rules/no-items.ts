import type { Rule } from './types';

export const noItems: Rule = {
  id: 'IMR010',
  name: 'no-items',
  category: 'structure',
  description: 'The decisions section holds no disputed item.',
  defaultLevel: 'error',
  docs: `The IMR ISSUES, DECISIONS AND RATIONALES section (IMR DECISION(S) AND RATIONALE(S) in 2013 letters) decides each disputed item/service: a header naming the item and its outcome, then the Claims Administrator guideline, MAXIMUS guideline and Decision rationale lines. A letter whose decisions section has no item decides nothing.

An item is recognised by its header line ending in ": Upheld" or ": Overturned" (or a header followed by the "Claims Administrator guideline:" line).`,
  example: {
    bad: 'IMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on decisions for the disputed items/services set forth below:',
    good: 'IMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on decisions for the disputed items/services set forth below:\nNorco 10/325mg #120: Upheld\nClaims Administrator guideline: ...\n...',
  },
  check(letter, report) {
    if (letter.items.length > 0) return;
    const issues = letter.sections.find((s) => s.kind === 'issues' || s.kind === 'issueAtDispute');
    if (!issues) return;
    report({
      span: issues.headingSpan,
      due: { at: issues.span.end, what: 'the disputed items' },
      message: `"${issues.title}" holds no disputed item: add each item's header ("<item>: Upheld" or "<item>: Overturned") and its three lines.`,
    });
  },
};
