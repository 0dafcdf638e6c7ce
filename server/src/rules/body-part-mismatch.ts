import { partsDiscussed, partsInstead, partsNamed, sidedParts } from '../letter/bodyParts';
import type { Rule } from './types';
import { itemAnchor, itemRule } from './helpers/util';

const list = (xs: readonly string[]): string => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

export const bodyPartMismatch: Rule = itemRule({
  id: 'IMR030',
  name: 'body-part-mismatch',
  category: 'decision',
  description: 'The rationale discusses another body part or side than the one the item requests.',
  defaultLevel: 'information',
  docs: `A rationale decides the request in the item header. When the item is for the cervical and thoracic spine and the rationale speaks only of "continued pain of the lumbar spine", or the item is for the left knee and the rationale examines only the right knee, the rationale was written for another request (often copied from a neighbouring item or letter), and the decision rests on findings about the wrong body part.

Reported when:

- the item names one or more body parts (cervical, thoracic or lumbar spine, shoulder, elbow, wrist, hand, hip, knee, leg, ankle, foot); its rationale names none of them outside the sentences that quote a guideline or restate the request (anatomy counts: L4-5 for the lumbar spine, meniscus for the knee, metacarpal for the hand); and its sentences about the worker discuss a comparable part instead: another spine region for a spine request, another joint or limb for a joint (neighbours aside: a lower leg takes in its knee and ankle, a hand its wrist). A lumbar request whose rationale speaks of the legs' neurology, or a foot request whose rationale quotes a study of patellar tendinopathy, is not reported;
- or the item names a side ("right knee") and the rationale names that part only on the other side.

Measured on the 146 corpus letters in both extractions (292 texts): 144 items per extraction name a body part and 57 a side. The rule reports 2 items, the same in both extractions, both real:

- CM16-0242302, "MRI without contrast of the right elbow": the rationale finds that "the patient does not meet criteria for a shoulder MRI" and names the elbow only in the request and the guideline's words (a sentence from a shoulder rationale);
- CM17-0006912, "PT/OT 18 sessions left hand, right lower leg": the rationale speaks only of surgery to the right fingers (the item's side or the rationale's is wrong).

Three near misses that earlier drafts of the rule reported, and that it now leaves alone, shaped the conditions above: CM16-0234464 (a lumbar MRI, the rationale on the lower extremities' neurology), CM17-0004547 (a foot injection, a study of the knee quoted), CM17-0012640 (a shoulder MRI, the hip examined too). Two real findings and no false one is 100% on this corpus, but the conditions were tuned on it and two findings are too few to show 90% on letters it has not seen, so the rule ships as information; raise it in the settings if it serves you.`,
  example: {
    bad: 'MRI of the cervical and thoracic spine: Upheld\n...\nDecision rationale: ... The clinical information indicated the patient complained of continued pain of the lumbar spine. ...',
    good: 'MRI of the cervical and thoracic spine: Upheld\n...\nDecision rationale: ... The clinical information indicated the patient complained of continued pain of the cervical and thoracic spine. ...',
  },
  checkItem(letter, item, report) {
    const rationale = item.rationale?.body.text;
    const request = item.request.text;
    if (!rationale || !request) return;
    const named = partsNamed(request);
    const instead = partsInstead(named, rationale);
    if (instead.length) {
      report({
        span: itemAnchor(letter, item),
        message: `The item is for the ${list(named)}, but its rationale discusses the worker's ${list(instead)}, and ${named.some((p) => partsDiscussed(rationale).includes(p)) ? `names the ${list(named)} only where it quotes a guideline or restates the request` : `never the ${list(named)}`}.`,
        related: [{ span: item.rationale!.label.span, message: 'Decision rationale' }],
      });
      return;
    }
    const inRationale = sidedParts(rationale);
    for (const want of sidedParts(request)) {
      if (want.side === 'bilateral') continue;
      const same = inRationale.filter((r) => r.part === want.part);
      if (!same.length || same.some((r) => r.side === want.side || r.side === 'bilateral')) continue;
      report({
        span: itemAnchor(letter, item),
        message: `The item is for the ${want.text}, but its rationale speaks only of the ${list([...new Set(same.map((r) => r.text.toLowerCase()))])}.`,
        related: [{ span: item.rationale!.label.span, message: 'Decision rationale' }],
      });
      return;
    }
  },
});
