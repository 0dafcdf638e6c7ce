import type { Rule } from './types';
import { itemMtusCitations } from './helpers/citations';
import { itemRule } from './helpers/util';
import { CHAPTER_YEARS, canonicalLabel, suggestions } from '../kb/vocabulary';

/** Every chapter label, one list for the whole run (suggestions keep what they computed per list). */
const CANDIDATES: readonly string[] = [...CHAPTER_YEARS.keys()];

export const unknownGuidelineChapter: Rule = itemRule({
  id: 'IMR019',
  name: 'unknown-guideline-chapter',
  category: 'citation',
  description: 'An MTUS citation names a chapter or a chapter year that the MTUS does not have.',
  defaultLevel: 'warning',
  docs: `MTUS citations name a chapter with the year of its guideline as printed in letters: "Low Back Complaints 2004", "Chronic Pain Medical Treatment 2016", "Opioid Treatment 2016", "Acupuncture Treatment 2007", and since December 2017 the ACOEM-based chapters ("Low Back Disorders 2016", "Chronic Pain 2017", ...). 2014 letters print "Chronic Pain Treatment Guidelines" without a year. A chapter that does not exist, or a year the chapter never had ("Low Back Complaints 2019"), cites nothing a reader can look up.

The message suggests the closest chapter (or the chapter's real year); the quick fix replaces it.`,
  example: {
    bad: 'Decision based on MTUS Low Back Complaints 2019, Section(s): Special Studies.',
    good: 'Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.',
  },
  checkItem(_letter, item, report) {
    for (const c of itemMtusCitations(item)) {
      if (!c.chapter.text) continue;
      const label = canonicalLabel(c.chapter.text);
      const year = c.year ? Number(c.year.text) : undefined;
      if (label !== undefined) {
        const years = CHAPTER_YEARS.get(label) ?? [];
        if (year === undefined || years.length === 0 || years.includes(year)) continue;
        const span = c.year!.span;
        const best = [...years].sort((a, b) => Math.abs(a - year) - Math.abs(b - year))[0];
        report({
          span,
          message: `The MTUS chapter "${label}" has no ${year} guideline (it is cited as ${years.map((y) => `${label} ${y}`).join(' or ')}); did you mean ${best}?`,
          fixes: [{ title: `Change the year to ${best}`, edits: [{ span, newText: String(best) }], safe: years.length === 1 }],
        });
        continue;
      }
      const printed = c.chapter.text.replace(/^MTUS\s+/i, '');
      const near = suggestions(printed, CANDIDATES);
      // A label followed by words that are not part of it ("Chronic Pain Medical Treatment Guidelines 2016") is a known label.
      if (CANDIDATES.some((l) => printed.toLowerCase().startsWith(l.toLowerCase() + ' '))) continue;
      const fixes = near.map((n, k) => {
        const years = CHAPTER_YEARS.get(n) ?? [];
        const keepYear = year === undefined || years.length === 0 || years.includes(year);
        return keepYear
          ? { title: `Change to "${n}"`, edits: [{ span: c.chapter.span, newText: n }], safe: k === 0 && near.length === 1 }
          : {
              title: `Change to "${n} ${years[0]}"`,
              edits: [{ span: { start: c.chapter.span.start, end: c.year!.span.end }, newText: `${n} ${years[0]}` }],
            };
      });
      report({
        span: c.chapter.span,
        message: `"${c.chapter.text}${c.year ? ` ${c.year.text}` : ''}" is not an MTUS chapter${near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : '.'}`,
        fixes: fixes.length ? fixes : undefined,
      });
    }
  },
});
