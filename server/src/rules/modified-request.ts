import type { Rule } from './types';
import { itemRule } from './helpers/util';

// The reviewer modifying the request, or certifying part of it. Sentences that report what utilization
// review did, or that say no modification is possible, are not the reviewer's decision.
const MODIFY_RE =
  /\b(?:request|it|treatment|quantity)\s+(?:is|was|has\s+been|will\s+be|should\s+be|can\s+be|is\s+being|would\s+be)\s+(?:therefore\s+|hereby\s+)?(?:modified|partially\s+(?:certified|approved|authori[sz]ed))\b|\bmodif(?:y|ying|ied)\s+(?:the|this)\s+request\b|\b(?:I\s+am|I\s+will|we\s+are)\s+(?:modifying|partially\s+(?:certifying|approving|authori[sz]ing))\b|\bmodified\s+to\s+(?:allow|approve|certify|authori[sz]e)\b|\bpartial\s+(?:certification|approval|authori[sz]ation)\s+(?:is|of)\b/i;
const NOT_OURS_RE =
  /\butilization\s+review\b|\bUR\b|\bclaims\s+administrator\b|\bprior\s+review|\bprevious\s+review|\bpreviously\b|\bno\s+provision\b|\bcannot\b|\bcan\s+not\b|\bnot\s+(?:be\s+)?modified\b|\bunable\b|\bon\s+\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b|\b(?:provider|physician|treater|doctor|surgeon|PTP|adjuster|carrier)\b/i;

export const modifiedRequest: Rule = itemRule({
  id: 'IMR034',
  name: 'modified-request',
  category: 'decision',
  description: 'The rationale modifies or partly certifies the request, but IMR decides each disputed item whole.',
  defaultLevel: 'warning',
  docs: `Independent Medical Review decides each disputed item whole: Upheld or Overturned (Labor Code 4610.6). Modifying a request ("the request was modified to 6 sessions", "partial certification of 4 visits is recommended") is what utilization review may do, not IMR: a rationale that speaks of modifying the request leaves the outcome unclear, and whoever applies the decision cannot know what was decided.

The rule reports a rationale sentence in which the reviewer modifies, partially certifies or partially approves the request. Sentences that report what utilization review, the Claims Administrator or the treating provider did, or say that no modification is possible ("there is no provision for modification of the current request"), are not reported. There is no quick fix: the reviewer must decide the whole item.

Measured with \`node scripts/measure-rules.mjs\` on the 146 corpus letters in both extractions (292 texts; 339 items in each extraction) and the 5 seed letters, findings labelled in test/fixtures/finding-labels.json: no rationale of the 339 items per extraction modifies its request (one says "there is no provision for modification of the current request", which is not reported): 0 findings, 0 false. Shipped as a warning: on the corpus it has no false finding to lower it.`,
  example: {
    bad: 'Decision rationale: ... Therefore, the request is modified to 6 sessions of physical therapy.',
    good: "Decision rationale: ... Twelve sessions exceed the guideline's 6-visit trial; therefore, the request for 12 sessions of physical therapy is not medically necessary.",
  },
  checkItem(letter, item, report) {
    const rationale = item.rationale;
    if (!rationale) return;
    const { start, end } = rationale.body.span;
    const body = letter.text.slice(start, end);
    if (!/modif|partial/i.test(body)) return;
    const ends = /[.!?](?=\s+[A-Z"(]|\s*$)/g;
    let from = 0;
    let m: RegExpExecArray | null;
    const sentences: [number, number][] = [];
    while ((m = ends.exec(body))) {
      sentences.push([from, m.index + 1]);
      from = m.index + 1;
    }
    if (from < body.length) sentences.push([from, body.length]);
    for (const [s, e] of sentences) {
      const sentence = body.slice(s, e);
      const hit = MODIFY_RE.exec(sentence);
      if (!hit || NOT_OURS_RE.test(sentence)) continue;
      const at = start + s + hit.index;
      report({
        span: { start: at, end: at + hit[0].length },
        message: 'The rationale modifies the request, but IMR decides each disputed item whole: Upheld or Overturned.',
      });
      return;
    }
  },
});
