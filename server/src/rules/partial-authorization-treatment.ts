import { therapyKinds, type TextPart } from '../letter';
import type { Rule } from './types';
import { itemRule } from './helpers/util';

export const partialAuthorizationTreatment: Rule = itemRule({
  id: 'IMR033',
  name: 'partial-authorization-treatment',
  category: 'decision',
  description: 'In a partly authorised request, the authorised or remaining part is another therapy than the one originally requested.',
  defaultLevel: 'warning',
  docs: `"X was the original request. Y was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Z is:" splits one request into the part authorised and the part still in dispute. Both parts are portions of the same treatment: when physical therapy was requested and "2 sessions of occupational therapy" are said to be authorised (or to remain), the header misstates either what was authorised or what IMR decides.

The rule compares the therapies named in the three parts (physical therapy, occupational therapy, chiropractic, acupuncture, massage, aquatic therapy, psychotherapy; "PT/OT" and "hand therapy" count as both physical and occupational therapy). It reports a part that names a therapy the original request does not. The "leaving the original request IMR eligible" form is not checked: there the Claims Administrator authorised an alternative, and the original request is what is decided. There is no quick fix: which part is misstated is for the reviewer to say.

Measured with \`node scripts/measure-rules.mjs\` on the 146 corpus letters in both extractions (292 texts; 339 items in each extraction) and the 5 seed letters, findings labelled in test/fixtures/finding-labels.json: 21 partly authorised therapy items per extraction (of 47 partly authorised items) all name the same therapy in every part: 0 findings, 0 false. Shipped as a warning: on the corpus it has no false finding to lower it.`,
  example: {
    bad: 'Physical therapy for 8 sessions was the original request. Occupational therapy for 6 sessions was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Physical therapy for 2 sessions is: Upheld',
    good: 'Physical therapy for 8 sessions was the original request. Physical therapy for 6 sessions was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Physical therapy for 2 sessions is: Upheld',
  },
  checkItem(_letter, item, report) {
    const p = item.partial;
    if (p?.form !== 'remaining' || !p.original) return;
    const requested = therapyKinds(p.original.text);
    if (!requested.size) return;
    const parts: [TextPart | undefined, string][] = [
      [p.authorized, 'authorised'],
      [p.remaining, 'remaining'],
    ];
    for (const [part, role] of parts) {
      if (!part) continue;
      const other = [...therapyKinds(part.text)].filter((k) => !requested.has(k));
      if (!other.length) continue;
      report({
        span: part.span,
        message: `The ${role} part names ${other.join(' and ')}, but the original request is for ${[...requested].join(' and ')}.`,
        related: [{ span: p.original.span, message: 'the original request' }],
      });
    }
  },
});
