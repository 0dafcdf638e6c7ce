import { REQUIRED_SECTIONS, sectionOpeningIn } from '../letter';
import type { Rule } from './types';
import { eol } from './helpers/util';
import { sectionDue } from './section-due';

export const missingSection: Rule = {
  id: 'IMR001',
  name: 'missing-section',
  category: 'structure',
  description: 'A section that the letter format requires is missing.',
  defaultLevel: 'error',
  docs: `A format 1 letter has three sections, in order: HOW THE IMR FINAL DETERMINATION WAS MADE, CLINICAL CASE SUMMARY and IMR ISSUES, DECISIONS AND RATIONALES. Format 2 (2013) adds DOCUMENTS REVIEWED and names the last one IMR DECISION(S) AND RATIONALE(S); format 3 has its own labelled sections.

The diagnostic sits where the section is due (on the heading that follows it, or the letter's last line). The quick fix inserts the heading above the section's own text when the letter has it ("The expert reviewer developed the following clinical case summary ..." for CLINICAL CASE SUMMARY), else where the section is due.`,
  example: {
    bad: 'CLINICAL CASE SUMMARY\n...\nNorco 10/325mg #120: Upheld\n...',
    good: 'CLINICAL CASE SUMMARY\n...\nIMR ISSUES, DECISIONS AND RATIONALES\nNorco 10/325mg #120: Upheld\n...',
  },
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
      const nl = eol(letter);
      const due = sectionDue(letter, title);
      const { anchor, later } = due;
      let at = due.at;
      // The section's own text may be there without its heading: the heading goes right above that text (and
      // the section is then a gap with text after it, not something still to write).
      const earlier = letter.sections.filter((s) => required.indexOf(s.title) >= 0 && required.indexOf(s.title) < r).pop();
      const orphan = sectionOpeningIn(letter, title, earlier ? earlier.headingSpan.end : (letter.header?.span.end ?? 0), at);
      if (orphan !== undefined) at = orphan;
      const atEnd = at === letter.text.length;
      const prefix = atEnd && at > 0 && !/[\r\n]$/.test(letter.text) ? nl : '';
      report({
        span: anchor,
        message: `The section "${title}" is missing${later ? ` before "${later}"` : ''}.`,
        fixes: [
          {
            title: `Insert the heading "${title}"`,
            edits: [{ span: { start: at, end: at }, newText: prefix + title + (atEnd ? '' : nl) }],
          },
        ],
        due: { at, what: `the section "${title}"` },
      });
    }
  },
};
