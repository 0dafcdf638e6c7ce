// Hovers: on an item header its decision summary; on the outcome word what it means for the injured worker;
// on a citation what the guideline is (with the confidence of each fact); on a header date the intervals
// that matter; on a section heading what the section must contain.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { HeaderField, Letter, Span } from '../letter';
import { contains, offsetAt, rangeOf } from './positions';
import { describeCitationAt } from './citationInfo';
import { itemSummary } from './itemSummary';
import { outcomeHoverText, sectionHoverText } from './sectionGuide';
import { dateName, dayNumber, describeDays, intervals } from './headerDates';
import { injuryPhaseLines } from './injuryPhase';

export { describeCitation, itemSummary } from './itemSummary';

function markdown(letter: Letter, value: string, span: Span): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range: rangeOf(letter, span) };
}

function headerFieldText(letter: Letter, field: HeaderField): string | undefined {
  const name = dateName(field.key);
  const value = field.value?.text;
  if (field.key === 'priority') {
    return `**Priority: ${value ?? '(none)'}** — ${/expedited/i.test(value ?? '') ? "expedited review: decided within 3 days (Labor Code 4610.6(d)) because of an imminent and serious threat to the worker's health." : 'standard review: decided within 30 days of receipt of the request and its supporting documents (Labor Code 4610.6(d)).'}`;
  }
  if (!name) return undefined;
  if (!value) return `**${name}**: no value.`;
  const lines = [`**${name}: ${value}**`];
  // A cumulative injury is a range of dates: its age still counts (from its last date).
  const phase = field.key === 'dateOfInjury' ? injuryPhaseLines(letter) : [];
  if (phase.length) lines.push('', ...phase);
  if (dayNumber(value) === undefined) return phase.length ? lines.join('\n') : `**${name}**: "${value}" is not a date (MM/DD/YYYY).`;
  const list = intervals(letter, field.key);
  if (list.length) {
    lines.push('', '| Interval | |', '|---|---|');
    for (const i of list) lines.push(`| ${i.label} | ${describeDays(i.days)} |`);
    for (const i of list) if (i.note) lines.push('', i.note);
  }
  return lines.join('\n');
}

export function hover(letter: Letter, position: Position): Hover | null {
  const offset = offsetAt(letter, position);
  for (const item of letter.items) {
    if (!contains(item.span, offset)) continue;
    if (item.outcome && contains(item.outcome.span, offset))
      return markdown(letter, outcomeHoverText(item.outcome, item), item.outcome.span);
    if (item.header.text && contains(item.header.span, offset)) return markdown(letter, itemSummary(item), item.header.span);
    for (const field of [item.claimsAdministrator, item.maximus]) {
      for (const c of field?.citations ?? []) {
        const text = describeCitationAt(c, offset, letter);
        if (text) return markdown(letter, text, c.span);
      }
    }
  }
  for (const field of letter.header?.fields ?? []) {
    const span =
      field.value && contains(field.value.span, offset)
        ? field.value.span
        : contains(field.label.span, offset)
          ? field.label.span
          : undefined;
    if (!span) continue;
    const text = headerFieldText(letter, field);
    if (text) return markdown(letter, text, span);
  }
  for (const s of letter.sections) if (contains(s.headingSpan, offset)) return markdown(letter, sectionHoverText(letter, s), s.headingSpan);
  return null;
}
