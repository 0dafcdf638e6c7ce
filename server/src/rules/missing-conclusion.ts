import type { Rule } from './types';
import { lineSpan, itemRule } from './helpers/util';

export const missingConclusion: Rule = itemRule({
  id: 'IMR024',
  name: 'missing-conclusion',
  category: 'decision',
  description: 'A decision rationale never concludes that the request is (or is not) medically necessary.',
  judgesRationale: true,
  defaultLevel: 'warning',
  docs: `The rationale's last word is its conclusion, in the statute's terms: "The request for <item> is medically necessary." or "... is not medically necessary." (variants such as "is not medically necessary and appropriate" or "cannot be considered medically necessary" count). A rationale that discusses the guidelines and stops leaves the outcome without a stated finding of medical necessity.

The quick fix appends the conclusion that the item's outcome implies; check its wording.`,
  example: {
    bad: 'Decision rationale: ... There is no documentation of functional improvement with prior use.',
    good: 'Decision rationale: ... There is no documentation of functional improvement with prior use. The request for Norco 10/325mg #120 is not medically necessary.',
  },
  checkItem(letter, item, report) {
    const r = item.rationale;
    // An empty rationale is a line being written: there is nothing to conclude yet.
    if (!r || r.conclusion || r.body.text === '') return;
    if (letter.format === 'format3' && item.index > 0) return; // the shared rationale section is checked once
    const meaning = item.outcome?.meaning;
    const fixes = meaning
      ? [
          {
            title: `Append "The request for ${item.request.text || 'this item'} is ${meaning === 'Upheld' ? 'not ' : ''}medically necessary."`,
            edits: [
              {
                span: { start: r.span.end, end: r.span.end },
                newText: `${r.body.text === '' ? '' : ' '}The request for ${item.request.text || 'this item'} is ${meaning === 'Upheld' ? 'not ' : ''}medically necessary.`,
              },
            ],
          },
        ]
      : undefined;
    report({
      span: lineSpan(letter, r.label.span.start),
      due: { at: r.span.end, what: 'the conclusion of the rationale', item: item.request.text },
      message: `The rationale for "${item.request.text || 'this item'}" states no conclusion ("... is medically necessary" or "... is not medically necessary").`,
      fixes,
    });
  },
});
