import type { Rule } from './types';
import { itemAnchor, itemRule } from './helpers/util';

export const missingOutcome: Rule = itemRule({
  id: 'IMR004',
  name: 'missing-outcome',
  category: 'structure',
  description: 'A disputed item has no outcome (Upheld or Overturned) after its header.',
  defaultLevel: 'error',
  docs: `Every disputed item header ends with the decision on it: \`Upheld\` (the denial stands) or \`Overturned\` (the treatment is authorised). Without it the letter decides nothing for that item.

The quick fix inserts the outcome that the rationale's conclusion supports ("not medically necessary" gives \`Upheld\`, "medically necessary" gives \`Overturned\`).`,
  example: {
    bad: 'Norco 10/325mg #120:\nClaims Administrator guideline: ...\n...',
    good: 'Norco 10/325mg #120: Upheld\nClaims Administrator guideline: ...\n...',
  },
  checkItem(letter, item, report) {
    if (item.outcome || item.header.text === '') return;
    const conclusion = item.rationale?.conclusion?.kind;
    const word = conclusion === 'necessary' ? 'Overturned' : conclusion === 'notNecessary' ? 'Upheld' : undefined;
    const hasColon = letter.text[item.outcomeSlot - 1] === ':';
    const fixes = word
      ? [
          {
            title: `Add the outcome "${word}" (the rationale concludes ${conclusion === 'necessary' ? '"medically necessary"' : '"not medically necessary"'})`,
            edits: [{ span: { start: item.outcomeSlot, end: item.outcomeSlot }, newText: hasColon ? ` ${word}` : `: ${word}` }],
            safe: true,
          },
        ]
      : undefined;
    report({
      span: itemAnchor(letter, item),
      message: `The item "${item.request.text}" has no outcome: end its header with "Upheld" or "Overturned".`,
      fixes,
      due: { at: item.outcomeSlot, what: 'the outcome', item: item.request.text },
    });
  },
});
