import { countBeforeName, namedRequest, requestKeyword, strengthDigits } from '../letter';
import type { Rule } from './types';
import { itemRule } from './helpers/util';
import { countOf, strengthsOf } from '../letter';

export const conclusionVsItem: Rule = itemRule({
  id: 'IMR032',
  name: 'conclusion-vs-item',
  category: 'decision',
  description: 'The conclusion restates the request with another strength, quantity or number of sessions than the item.',
  defaultLevel: 'warning',
  docs: `The conclusion ("The request for Norco 10/325mg #120 is not medically necessary.") is the decision the outcome records. When it restates the request with another strength, "#N" quantity or number of sessions or visits than the item header ("Norco 5/325mg #90: Upheld"), the letter decides one thing in its header and another in its rationale: a plainly erroneous finding of fact on appeal.

The rule reads the restatement of the request in the conclusion (from "the request for ..." or the request's own words up to "is (not) medically necessary") and compares it with the item: strengths by their digits (pdftotext joins "7.5/" and "325mg" across a line end into "7.5325mg"), and counts as "#N", "N sessions/visits", number words ("twelve visits"), "N times a week for M weeks", "(N)" totals and a count just before the thing's own name ("three electrocardiograms" for "Electrocardiogram times 3"). For a partly authorised item the comparison is with the remaining portion in dispute. Nothing is reported when either side gives no single count, or a range. There is no quick fix: which of the two is right is the reviewer's call.

Measured with \`node scripts/measure-rules.mjs\` on the 146 corpus letters in both extractions (292 texts; 339 items in each extraction) and the 5 seed letters, findings labelled in test/fixtures/finding-labels.json: 63 conclusions per extraction restate the request with a count or strength the rule reads (32 of them a strength), and every one agrees with its item: 0 findings, 0 false. Changing the count or strength of each of them (test/unit/rules.substance.test.ts) is reported every time. Shipped as a warning: on the corpus it has no false finding to lower it.`,
  example: {
    bad: 'Physical therapy 2 times a week for 4 weeks: Upheld\n...\nDecision rationale: ... Therefore, the request for physical therapy 12 sessions is not medically necessary.',
    good: 'Physical therapy 2 times a week for 4 weeks: Upheld\n...\nDecision rationale: ... Therefore, the request for physical therapy 2 times a week for 4 weeks is not medically necessary.',
  },
  checkItem(letter, item, report) {
    const conclusion = item.rationale?.conclusion;
    const request = item.request.text;
    if (!conclusion || !request) return;
    // The sentence as written (a sentence may name "medically necessary" twice: the phrase is where it decides).
    const sentence = letter.text.slice(conclusion.sentence.span.start, conclusion.sentence.span.end).replace(/\s/g, ' ');
    const phraseAt = conclusion.phrase.span.start - conclusion.sentence.span.start;
    const named = namedRequest(sentence, request, phraseAt);
    if (!named) return;
    const said = withoutLeadVerb(sentence.slice(named.start, named.end));
    const anchor = conclusion.sentence.span;
    // Strengths: a restatement that gives strengths but none of the item's (compared by digits). One that also
    // gives the item's may speak of two drugs at once ("Tramadol 50mg #60 and Naproxen 550mg #60").
    const wanted = strengthsOf(request).map((s) => strengthDigits(s.text));
    const restated = strengthsOf(said);
    if (wanted.length && restated.length && !restated.some((s) => wanted.includes(strengthDigits(s.text)))) {
      report({
        span: anchor,
        message: `The conclusion restates the request with the strength "${restated[0].text}", but the item requests ${strengthsOf(request)
          .map((x) => `"${x.text}"`)
          .join(', ')}.`,
        related: [{ span: item.request.span, message: 'the requested item' }],
      });
      return;
    }
    const a = countOf(request);
    // Else a count before the thing's own name ("three electrocardiograms" for "Electrocardiogram times 3").
    const key = requestKeyword(request);
    const before = key !== undefined && a && !countOf(said) ? countBeforeName(said, key) : undefined;
    const b = countOf(said) ?? (before !== undefined ? { value: before } : undefined);
    if (!a || !b || a.range || b.range || a.value === b.value) return;
    report({
      span: anchor,
      message: `The conclusion decides ${b.value} ("${said}"), but the item ${item.partial ? 'leaves in dispute' : 'requests'} ${a.value}.`,
      related: [{ span: item.request.span, message: 'the requested item' }],
    });
  },
});

/** The restatement without the verb that leads to the deciding phrase ("Norco 10/325mg #60 is not" -> "Norco 10/325mg #60"). */
function withoutLeadVerb(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  while (words.length > 1 && VERB_WORDS.has(words[words.length - 1].replace(/["”,]/g, '').toLowerCase())) words.pop();
  let out = words.join(' ');
  while (/["”,]/.test(out.slice(-1))) out = out.slice(0, -1);
  return out;
}
const VERB_WORDS = new Set([
  '',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'been',
  'be',
  'to',
  'not',
  'deemed',
  'determined',
  'seen',
  'as',
  'considered',
  'also',
]);
