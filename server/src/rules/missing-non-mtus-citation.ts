import type { Rule } from './types';
import { itemRule } from './helpers/util';
import { guidelineFields } from './helpers/citations';

export const missingNonMtusCitation: Rule = itemRule({
  id: 'IMR017',
  name: 'missing-non-mtus-citation',
  category: 'citation',
  description: 'A guideline line says the decision rests outside the MTUS but gives no "Non-MTUS Citation".',
  defaultLevel: 'warning',
  docs: `"The Claims Administrator (or Expert Reviewer) based their decision on recommendation(s) outside of the MTUS Guidelines." announces a source that is not in the MTUS; in every real letter it is followed by "Decision based on Non-MTUS Citation <source>." (for example the Official Disability Guidelines chapter and topic). Without it the reader cannot check what the decision rests on.

Add the "Decision based on Non-MTUS Citation ..." sentence naming the source.`,
  example: {
    bad: 'MAXIMUS guideline: The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines.',
    good: 'MAXIMUS guideline: The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain (Chronic), Compound drugs.',
  },
  checkItem(_letter, item, report) {
    for (const field of guidelineFields(item)) {
      const outside = field.citations.find((c) => c.kind === 'outsideMtus');
      if (!outside) continue;
      if (field.citations.some((c) => c.kind === 'nonMtus' && c.source.text.replace(/[.\s]/g, '') !== '')) continue;
      report({
        span: outside.span,
        message: `"${field.label.text}" says the decision rests on recommendations outside of the MTUS but has no "Decision based on Non-MTUS Citation ..." sentence naming them.`,
      });
    }
  },
});
