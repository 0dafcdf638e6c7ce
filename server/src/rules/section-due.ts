// Where a missing required section is due: the place missing-section reports it and its fix inserts it.
import { HEADINGS, REQUIRED_SECTIONS, type Letter, type Span } from '../letter';
import { lineSpan } from './helpers/util';

/** The section that holds the disputed items (the decisions; format 3's issue at dispute). */
const holdsItems = (title: string): boolean =>
  HEADINGS.some((h) => h.title === title && (h.kind === 'issues' || h.kind === 'issueAtDispute'));

/**
 * Where a missing required section is due: before the first later required section that exists; the section
 * that holds the items before the first item; else at the end of the text.
 */
export function sectionDue(letter: Letter, title: string): { at: number; anchor: Span; later?: string } {
  const format = letter.format === 'unknown' ? 'format1' : letter.format;
  const required = REQUIRED_SECTIONS[format];
  const r = required.indexOf(title);
  const later = letter.sections.find((s) => required.indexOf(s.title) > r);
  if (later)
    return {
      at: letter.lines.find((l) => l.end >= later.headingSpan.start)?.start ?? later.headingSpan.start,
      anchor: later.headingSpan,
      later: later.title,
    };
  if (holdsItems(title) && letter.items.length > 0) {
    const first = letter.items[0].span.start;
    return { at: letter.lines.find((l) => l.end >= first)?.start ?? first, anchor: lineSpan(letter, first) };
  }
  return { at: letter.text.length, anchor: lineSpan(letter, Math.max(0, letter.text.length - 1)) };
}
