import type { Rule } from './types';
import { itemRule } from './helpers/util';
import { guidelineFields } from './helpers/citations';

const PARTY_RE = {
  'Claims Administrator': /The\s+Claims\s+Administrator/i,
  'Expert Reviewer': /The\s+Expert\s+Reviewer/i,
} as const;

export const conflictingCitation: Rule = itemRule({
  id: 'IMR018',
  name: 'conflicting-citation',
  category: 'citation',
  description: 'A guideline line says nothing was cited and cites something, or names the wrong party.',
  defaultLevel: 'warning',
  docs: `"The Claims Administrator did not cite any medical evidence for its decision." (or "The Expert Reviewer did not cite ...") is a complete statement: nothing was cited. The same line cannot also say "Decision based on MTUS ..." or "Decision based on Non-MTUS Citation ...": one of the two is false.

The fixed sentence must also name the party of its line: the Claims Administrator on the "Claims Administrator guideline:" line, the Expert Reviewer on the "MAXIMUS guideline:" line. The quick fix corrects the party.`,
  example: {
    bad: 'Claims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision. Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Topical analgesics.',
    good: 'Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Topical analgesics.',
  },
  checkItem(letter, item, report) {
    for (const field of guidelineFields(item)) {
      const party = field.kind === 'claimsAdministrator' ? 'Claims Administrator' : 'Expert Reviewer';
      for (const c of field.citations) {
        if ((c.kind === 'noEvidence' || c.kind === 'outsideMtus') && c.party !== party && letter.format !== 'format3') {
          // The party the sentence names, in whatever case it is written (another party named later in the sentence is left alone).
          const wrong = PARTY_RE[c.party].exec(letter.text.slice(c.span.start, c.span.end));
          const fixes = wrong
            ? [
                {
                  title: `Change "${c.party}" to "${party}"`,
                  edits: [
                    {
                      span: { start: c.span.start + wrong.index + 4, end: c.span.start + wrong.index + wrong[0].length },
                      newText: party,
                    },
                  ],
                  safe: true,
                },
              ]
            : undefined;
          report({
            span: c.span,
            message: `The "${field.label.text}" line speaks for the ${party}, but this sentence names the ${c.party}.`,
            fixes,
          });
        }
      }
      const none = field.citations.find((c) => c.kind === 'noEvidence');
      if (!none) continue;
      const cited = field.citations.filter(
        (c) => (c.kind === 'mtus' && c.chapter.text !== '') || (c.kind === 'nonMtus' && c.source.text !== ''),
      );
      if (cited.length === 0) continue;
      report({
        span: none.span,
        message: `"${field.label.text}" says no medical evidence was cited, yet cites ${cited.length === 1 ? 'a guideline' : `${cited.length} guidelines`}.`,
        related: cited.map((c) => ({ span: c.span, message: 'Citation' })),
      });
    }
  },
});
