import type { Rule } from './types';
import { itemRule } from './helpers/util';

export const outcomeContradictsRationale: Rule = itemRule({
  id: 'IMR023',
  name: 'outcome-contradicts-rationale',
  category: 'decision',
  description: "The outcome says one thing and the rationale's conclusion the other.",
  judgesRationale: true,
  defaultLevel: 'error',
  docs: `"Upheld" means the denial stands: the treatment is **not** medically necessary. "Overturned" means the treatment **is** medically necessary. The rationale ends with its conclusion ("... is not medically necessary", "... is medically necessary and appropriate"), and the outcome must agree with it. A letter that upholds a denial while concluding the request is medically necessary (or the reverse) is the textbook "plainly erroneous finding of fact".

The conclusion is the rationale's last sentence that decides about the request; negations ("is not", "cannot be considered", "has not been established"), synonyms ("medically indicated", "not warranted" phrasing with "necessary") and the tapering paragraph that follows some upheld opioid decisions are taken into account. The related location shows the conclusion.

The preferred quick fix appends the conclusion that agrees with the outcome (the decision), for when the rationale's own conclusion is missing or wrong; edit or remove the sentence it contradicts. A second fix changes the outcome to the one the conclusion supports: it changes the decision itself, so it is never preferred and never part of a fix-all.`,
  example: {
    bad: 'Norco 10/325mg #120: Overturned\n...\nDecision rationale: ... The request for Norco 10/325mg #120 is not medically necessary.',
    good: 'Norco 10/325mg #120: Upheld\n...\nDecision rationale: ... The request for Norco 10/325mg #120 is not medically necessary.',
  },
  checkItem(_letter, item, report) {
    const outcome = item.outcome;
    const conclusion = item.rationale?.conclusion;
    if (!outcome?.meaning || !conclusion) return;
    const supported = conclusion.kind === 'necessary' ? 'Overturned' : 'Upheld';
    if (outcome.meaning === supported) return;
    const rationale = item.rationale!;
    const agreeing = `The request for ${item.request.text || 'this item'} is ${outcome.meaning === 'Upheld' ? 'not ' : ''}medically necessary.`;
    const says = conclusion.kind === 'necessary' ? 'medically necessary' : 'not medically necessary';
    report({
      span: outcome.span,
      message: `The outcome is "${outcome.text}" but the rationale concludes that the request is ${says} ("${conclusion.phrase.text}"), which means "${supported}".`,
      related: [{ span: conclusion.sentence.span, message: `Conclusion: ${says}` }],
      fixes: [
        // The outcome is the decision: the fix that keeps it states the conclusion that agrees with it, last.
        {
          title: `Append "${agreeing}"`,
          edits: [{ span: { start: rationale.span.end, end: rationale.span.end }, newText: ` ${agreeing}` }],
        },
        // Offered, never preferred nor applied by a fix-all.
        { title: `Change the outcome to "${supported}"`, edits: [{ span: outcome.span, newText: supported }], changesOutcome: true },
      ],
    });
  },
});
