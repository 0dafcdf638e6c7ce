// Whether a text is an IMR final determination letter, from its opening lines: one answer for the editor's
// plain-text detection (client/src/detect.ts), the workspace index and package.json's `firstLine` (generated
// from FIRST_LINE_MARKS; a test checks it). Pure, with no imports but the label table, so the client bundles it.
import { FIELD_LABELS, HEADER_LABELS } from './labels';

/** What a letter's first line can be: its header's first label, or the opening of a letter of format 2 or 3 or of a body without header. */
export const FIRST_LINE_MARKS: readonly string[] = [
  HEADER_LABELS[0].label,
  'MAXIMUS FEDERAL SERVICES',
  'MEDICAL PROFESSIONAL REVIEW',
  'HOW THE IMR FINAL DETERMINATION WAS MADE',
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** package.json's contributes.languages[0].firstLine. */
export const FIRST_LINE_PATTERN = `^\\s*(${FIRST_LINE_MARKS.map(escape).join('|')})`;

/** Lines only a letter has, each enough on its own. Blanks are matched within a line, so a search stays linear. */
const STRONG: readonly RegExp[] = [
  /^[ \t\f\v\u00a0]*HOW THE IMR FINAL DETERMINATION WAS MADE[ \t\f\v\u00a0]*$/m,
  /^[ \t\f\v\u00a0]*IMR ISSUES, DECISIONS AND RATIONALES[ \t\f\v\u00a0]*$/m,
  /^[ \t\f\v\u00a0]*IMR DECISION\(S\) AND RATIONALE\(S\)[ \t\f\v\u00a0]*$/m,
  /^[ \t\f\v\u00a0]*MEDICAL PROFESSIONAL REVIEW[ \t\f\v\u00a0]*$/m,
  /^[ \t\f\v\u00a0]*MAXIMUS FEDERAL SERVICES, INC\.?[ \t\f\v\u00a0]*$/m,
  new RegExp(`^[ \\t\\f\\v\\u00a0]*(?:${FIELD_LABELS.map((f) => escape(f.label)).join('|')})`, 'm'),
];

/** Header labels but Priority (a word ordinary text has): three of them, with the case number, make a letter. */
const HEADER: readonly RegExp[] = HEADER_LABELS.filter((h) => h.key !== 'priority' && h.key !== 'applicationReceived').map(
  (h) => new RegExp(escape(h.label)),
);

/** How much of a text is looked at: its first 60 lines (a letter announces itself there). */
export const OPENING_LINES = 60;

export function opening(text: string): string {
  let end = 0;
  for (let n = 0; n < OPENING_LINES && end < text.length; n++) {
    const nl = text.indexOf('\n', end);
    end = nl < 0 ? text.length : nl + 1;
  }
  return text.slice(0, Math.min(end, 16384));
}

/** Whether the opening of a text (the first 60 lines are enough) looks like a letter. */
export function looksLikeLetter(text: string): boolean {
  const head = opening(text);
  if (STRONG.some((re) => re.test(head))) return true;
  return HEADER[0].test(head) && HEADER.filter((re) => re.test(head)).length >= 3;
}
