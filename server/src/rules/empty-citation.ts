import type { Rule } from './types';
import { lineSpan, itemRule } from './helpers/util';

export const emptyCitation: Rule = itemRule({
  id: 'IMR009',
  name: 'empty-citation',
  category: 'citation',
  description: 'A guideline line cites nothing recognisable.',
  defaultLevel: 'warning',
  docs: `A "Claims Administrator guideline:" or "MAXIMUS guideline:" line must say what the decision was based on: "Decision based on MTUS <Chapter> <Year>, Section(s): ..." (or, in 2014 letters, "... Page(s): ..."), "Decision based on Non-MTUS Citation ...", or one of the fixed sentences "The Claims Administrator did not cite any medical evidence for its decision." / "The Expert Reviewer did not cite any medical evidence for its decision." A line that is empty, or names no chapter or source, is an unsupported finding.`,
  example: {
    bad: 'MAXIMUS guideline: Decision based on',
    good: 'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids, criteria for use.',
  },
  checkItem(letter, item, report) {
    for (const field of [item.claimsAdministrator, item.maximus]) {
      if (!field) continue;
      const cited = field.citations.some((c) =>
        c.kind === 'mtus' ? c.chapter.text !== '' || c.pages.length > 0 : c.kind === 'nonMtus' ? c.source.text !== '' : c.kind !== 'other',
      );
      if (cited) continue;
      report({
        span: lineSpan(letter, field.label.span.start),
        message: `"${field.label.text}" cites no guideline, source or fixed "did not cite" sentence.`,
      });
    }
  },
});
