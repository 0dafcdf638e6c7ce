import type { Rule } from './types';
import { itemRule } from './helpers/util';

export const invalidOutcome: Rule = itemRule({
  id: 'IMR005',
  name: 'invalid-outcome',
  category: 'structure',
  description: 'An item outcome is not exactly "Upheld" or "Overturned".',
  defaultLevel: 'error',
  docs: `An item's outcome is one of two words, spelled and capitalised exactly: \`Upheld\` or \`Overturned\`. Case-level words ("Uphold", "Overturn", "Partial Overturn"), utilization-review words ("Denied", "Approved", "Certified") and wrong capitalisation are not item outcomes.

The quick fix replaces the word with the valid outcome it means; where the word means neither (e.g. "Partially overturned"), it offers the outcome the rationale's conclusion supports.`,
  example: { bad: 'Norco 10/325mg #120: Uphold', good: 'Norco 10/325mg #120: Upheld' },
  checkItem(_letter, item, report) {
    const o = item.outcome;
    if (!o || o.valid) return;
    const conclusion = item.rationale?.conclusion?.kind;
    const fromConclusion = conclusion === 'necessary' ? 'Overturned' : conclusion === 'notNecessary' ? 'Upheld' : undefined;
    const target = o.meaning ?? fromConclusion;
    const fixes = target
      ? [{ title: `Change "${o.text}" to "${target}"`, edits: [{ span: o.span, newText: target }], safe: o.meaning !== undefined }]
      : undefined;
    report({
      span: o.span,
      message: `"${o.text}" is not an item outcome: use "Upheld" or "Overturned"${target ? ` (here "${target}")` : ''}.`,
      fixes,
    });
  },
});
