import type { Rule } from './types';
import { itemMtusCitations } from './helpers/citations';
import { itemRule } from './helpers/util';
import {
  KNOWN_MISSPELLINGS,
  canonicalLabel,
  chaptersWithTopic,
  isKnownTopic,
  opioidSectionKnown,
  suggestions,
  topicsOf,
} from '../kb/vocabulary';

export const unknownGuidelineSection: Rule = itemRule({
  id: 'IMR020',
  name: 'unknown-guideline-section',
  category: 'citation',
  description: 'A "Section(s):" topic is not a section of the cited MTUS chapter (misspelt, or from another chapter).',
  defaultLevel: 'warning',
  docs: `After "Section(s):" a citation names topics of the chapter it cites: "Low Back Complaints 2004, Section(s): Special Studies, Summary"; "Chronic Pain Medical Treatment 2016, Section(s): Topical analgesics"; "Opioid Treatment 2016, Section(s): 3.3.9 ...". A misspelt topic ("Inital Care", "Diagnositc Criteria", both seen in real letters) or a topic of another chapter (a Chronic Pain topic under Low Back Complaints) points the reader to nothing.

The vocabulary is every topic seen in real letters per chapter, the ACOEM 2004 section names shared by the body-part chapters, the 2009 Chronic Pain page table's topics and the numbered sections of the 2016 Opioids guideline. A close misspelling is a warning with a quick fix to the suggested spelling; a topic found only under another chapter is a warning; any other unknown topic is only information, since the vocabulary may not list every real section.`,
  example: {
    bad: 'Low Back Complaints 2004, Section(s): Inital Care, Physical Methods',
    good: 'Low Back Complaints 2004, Section(s): Initial Care, Physical Methods',
  },
  checkItem(letter, item, report) {
    for (const c of itemMtusCitations(item)) {
      if (!c.sections.length) continue;
      const printedLabel = canonicalLabel(c.chapter.text);
      if (!printedLabel) continue; // unknown-guideline-chapter speaks for it
      const label: string = printedLabel;
      const year = c.year ? Number(c.year.text) : undefined;
      const known = topicsOf(label, year);
      const chapter = `${label}${year ? ` ${year}` : ''}`;
      for (let k = 0; k < c.sections.length; k++) {
        const s0 = c.sections[k];
        if (/^Opioid/i.test(label) || !known || isKnownTopic(trimEnd(s0.text), known)) {
          checkOne(s0);
          continue;
        }
        // A misspelt topic that contains commas was split into pieces: try the longest run of pieces first.
        let done = false;
        for (let j = Math.min(c.sections.length - 1, k + 4); j > k && !done; j--) {
          const span = { start: s0.span.start, end: c.sections[j].span.end };
          const joined = trimEnd(letter.text.slice(span.start, span.end).replace(/\s+/g, ' '));
          const near = suggestions(joined, known);
          if (near.length && !isKnownTopic(joined, known)) {
            checkOne({ text: joined, span }, near);
            k = j;
            done = true;
          }
        }
        if (!done) checkOne(s0);
      }
      function endOf(span: { start: number; end: number }): number {
        let end = span.end;
        while (end > span.start && /[.\s]/.test(letter.text[end - 1])) end--;
        return end;
      }
      function checkOne(s: { text: string; span: { start: number; end: number } }, preset?: string[]): void {
        const topic = trimEnd(s.text);
        if (!topic || /^\d+(?:\s*-\s*\d+)?$/.test(topic)) return; // a page number in the list (e.g. "326")
        if (/^Opioid/i.test(label)) {
          const numbered = opioidSectionKnown(topic);
          if (numbered === true) {
            // The number exists: its title must be spelt as the guideline's (a misspelt title is a warning).
            const titles = titlesNumbered(known ?? [], sectionNumber(topic));
            if (!titles.length || isKnownTopic(topic, titles)) return;
            const near = suggestions(topic, titles);
            if (near.length && !titles.some((t) => loosely(t).startsWith(loosely(topic)) || loosely(topic).startsWith(loosely(t)))) {
              const end = endOf(s.span);
              report({
                span: s.span,
                message: `"${topic}" is not spelt as the section of ${chapter}; did you mean "${near[0]}"?`,
                fixes: [{ title: `Change to "${near[0]}"`, edits: [{ span: { start: s.span.start, end }, newText: near[0] }] }],
              });
            }
            return;
          }
          if (numbered === false) {
            report({ span: s.span, message: `"${topic.split(' ')[0]}" is not a section number of ${chapter}.` });
            return;
          }
        }
        if (!known || isKnownTopic(topic, known)) return;
        const misspelt = KNOWN_MISSPELLINGS.get(topic);
        const near = preset ?? (misspelt ? [misspelt] : suggestions(topic, known));
        if (near.length) {
          const end = endOf(s.span);
          report({
            span: s.span,
            message: `"${topic}" is not a section of ${chapter}; did you mean ${near.map((n) => `"${n}"`).join(' or ')}?`,
            fixes: near.map((n, k) => ({
              title: `Change to "${n}"`,
              edits: [{ span: { start: s.span.start, end }, newText: n }],
              safe: k === 0 && near.length === 1,
            })),
          });
          return;
        }
        const elsewhere = chaptersWithTopic(topic).filter((k) => !k.startsWith(label));
        if (elsewhere.length) {
          report({ span: s.span, message: `"${topic}" is a section of ${elsewhere.join(', ')}, not of ${chapter}.` });
          return;
        }
        report({
          span: s.span,
          message: `"${topic}" is not a known section of ${chapter}: check the guideline's table of contents.`,
          level: 'information',
        });
      }
    }
  },
});

/** The section number a numbered Opioids topic starts with ("4.2" of "4.2. Dosing"). */
const sectionNumber = (topic: string): string => topic.split(' ')[0].replace(/\.$/, '');

/** The titles of a topic list with the given section number. */
function titlesNumbered(known: readonly string[], number: string): readonly string[] {
  return known.filter((t) => sectionNumber(t) === number);
}

/** The text without trailing periods and spaces (a loop: a trailing-run regex backtracks on long input). */
function trimEnd(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === '.' || /\s/.test(s[end - 1]))) end--;
  return s.slice(0, end);
}

const loosely = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
