import { chapterRegions, regionsNamedIn, REGION_NAMES, type MtusChapterCitation } from '../letter';
import type { Rule } from './types';
import { itemRule } from './helpers/util';

export const regionVsChapter: Rule = itemRule({
  id: 'IMR031',
  name: 'region-vs-chapter',
  category: 'citation',
  description: 'The item names a joint or spine region, but every body-region MTUS chapter on the MAXIMUS line is about another region.',
  defaultLevel: 'warning',
  docs: `The MTUS body-region chapters (Neck and Upper Back, Shoulder, Elbow, Forearm, Wrist, and Hand, Low Back, Knee, Ankle and Foot Complaints) each govern one region. A knee MRI decided on "MTUS Low Back Complaints 2004" cites a chapter that does not speak to the request: the decision then rests on no guideline for the body part in dispute, a plainly erroneous finding of fact on appeal.

The rule reads the regions the item's request names (knee, shoulder, cervical, lumbar, wrist, ankle, spine levels such as "L4-5" or "C5-6") and the body-region chapters on the MAXIMUS line. It reports when the request names a region, the line cites at least one body-region chapter, and none of them covers a region the request names. Region-neutral chapters (Chronic Pain, General Approaches, Acupuncture, Opioids, Postsurgical) are neither required nor counted. Low Back Complaints also covers the thoracic spine. When the Claims Administrator's line cites the chapter of the item's region, the finding points at it. There is no quick fix: the right chapter (and its sections) is the reviewer's choice.

Measured with \`node scripts/measure-rules.mjs\` on the 146 corpus letters in both extractions (292 texts; 339 items in each extraction) and the 5 seed letters, findings labelled in test/fixtures/finding-labels.json: 87 items per extraction name a region and cite a body-region chapter; 1 finding per extraction (2 in all), 2 real, 0 false: precision 100% (CM17-0001064, a knee MRI decided on Low Back Complaints). Shipped as a warning.`,
  example: {
    bad: 'MRI of the left knee: Upheld\n...\nMAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.\n...',
    good: 'MRI of the left knee: Upheld\n...\nMAXIMUS guideline: Decision based on MTUS Knee Complaints 2004, Section(s): Special Studies.\n...',
  },
  checkItem(_letter, item, report) {
    const maximus = item.maximus;
    if (!maximus || !item.request.text) return;
    const named = regionsNamedIn(item.request.text);
    if (!named.length) return;
    const regional = maximus.citations.filter(
      (c): c is MtusChapterCitation => c.kind === 'mtus' && chapterRegions(c.chapter.text) !== undefined,
    );
    if (!regional.length) return;
    if (regional.some((c) => chapterRegions(c.chapter.text)!.some((r) => named.includes(r)))) return;
    const first = regional[0];
    const names = named.map((r) => REGION_NAMES[r]).join(' and ');
    report({
      span: first.chapter.span,
      message: `The request is for the ${names}, but "${first.chapter.text}" is about the ${REGION_NAMES[chapterRegions(first.chapter.text)![0]]}${regional.length > 1 ? ', as are the other body-region chapters cited' : ''}.`,
      related: [
        { span: item.request.span, message: 'the requested item' },
        // The Claims Administrator's line may cite the chapter of the item's region (CM17-0001064: Knee Complaints).
        ...(item.claimsAdministrator?.citations ?? [])
          .filter(
            (c): c is MtusChapterCitation => c.kind === 'mtus' && (chapterRegions(c.chapter.text) ?? []).some((r) => named.includes(r)),
          )
          .map((c) => ({ span: c.chapter.span, message: `the Claims Administrator cites ${c.chapter.text}` })),
      ],
    });
  },
});
