import { REQUIRED_SECTIONS } from '../letter';
import type { Rule } from './types';
import { eol, lineSpan } from './util';

export const missingSection: Rule = {
  id: 'IMR001',
  name: 'missing-section',
  category: 'structure',
  description: 'A section that the letter format requires is missing.',
  defaultLevel: 'error',
  docs: `A format 1 letter has three sections, in order: HOW THE IMR FINAL DETERMINATION WAS MADE, CLINICAL CASE SUMMARY and IMR ISSUES, DECISIONS AND RATIONALES. Format 2 (2013) adds DOCUMENTS REVIEWED and names the last one IMR DECISION(S) AND RATIONALE(S); format 3 has its own labelled sections.

The diagnostic sits where the section is due (on the heading that follows it, or the letter's last line). The quick fix inserts the heading there.`,
  example: { bad: 'CLINICAL CASE SUMMARY\n...\nNorco 10/325mg #120: Upheld\n...', good: 'CLINICAL CASE SUMMARY\n...\nIMR ISSUES, DECISIONS AND RATIONALES\nNorco 10/325mg #120: Upheld\n...' },
  check(letter, report) {
    if (letter.format === 'unknown' && letter.text.trim() === '') return;
    const format = letter.format === 'unknown' ? 'format1' : letter.format;
    const required = REQUIRED_SECTIONS[format];
    const present = new Set(letter.sections.map((s) => s.title));
    // The seeds and many drafts are letter bodies without the first heading; a body that has the
    // issues section still needs its other sections, so nothing is exempt.
    for (let r = 0; r < required.length; r++) {
      const title = required[r];
      if (present.has(title)) continue;
      // Due before the first later required section that exists; else at the end (or before the first item).
      const later = letter.sections.find((s) => required.indexOf(s.title) > r);
      const nl = eol(letter);
      let at: number;
      let anchor;
      if (later) {
        at = letter.lines.find((l) => l.end >= later.headingSpan.start)?.start ?? later.headingSpan.start;
        anchor = later.headingSpan;
      } else if (title === required[required.length - 1] && letter.items.length > 0) {
        const first = letter.items[0].span.start;
        at = letter.lines.find((l) => l.end >= first)?.start ?? first;
        anchor = lineSpan(letter, first);
      } else {
        at = letter.text.length;
        anchor = lineSpan(letter, Math.max(0, letter.text.length - 1));
      }
      const atEnd = at === letter.text.length;
      const prefix = atEnd && at > 0 && !/[\r\n]$/.test(letter.text) ? nl : '';
      report({
        span: anchor,
        message: `The section "${title}" is missing${later ? ` before "${later.title}"` : ''}.`,
        fixes: [{ title: `Insert the heading "${title}"`, edits: [{ span: { start: at, end: at }, newText: prefix + title + (atEnd ? '' : nl) }] }],
      });
    }
  },
};
