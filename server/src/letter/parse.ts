// Text in, Letter out. Never throws: a half-written letter gives a partial model and the rules say what is missing.
import type { GuidelineField, Item, Letter, LetterFormat, RationaleField, Section } from './types';
import { lazyPart, lineAt, lineContent, splitLines } from './text';
import { guidelineField, rationaleField } from './fields';
import { buildSections, headingAt, type FoundHeading } from './sections';
import { parseHeader } from './header';
import { parseItems } from './items';

export function parseLetter(text: string): Letter {
  const lines = splitLines(text);
  const found: FoundHeading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const h = headingAt(text, lines, i);
    if (h) {
      found.push(h);
      i = h.nextLine - 1;
    }
  }
  const format = detectFormat(text, lines, found);
  const sections = buildSections(text, lines, found, text.length);
  const firstHeadingLine = found.length ? lineAt(lines, found[0].span.start) : lines.length;
  const header = parseHeader(text, lines, Math.min(firstHeadingLine, 80));
  const issues = sections.find((s) => s.kind === 'issues') ?? sections.find((s) => s.kind === 'issueAtDispute');
  const items = itemsOf(text, lines, sections, issues, header?.span.end ?? 0);
  return { text, format, lines, header, sections, items, issues };
}

function itemsOf(text: string, lines: Letter['lines'], sections: readonly Section[], issues: Section | undefined, after: number): Item[] {
  if (issues) {
    const from =
      lineAt(lines, issues.headingSpan.end) +
      (issues.bodySpan.start > issues.headingSpan.end && lineAt(lines, issues.bodySpan.start) === lineAt(lines, issues.headingSpan.end)
        ? 0
        : 1);
    const to = lineAt(lines, issues.span.end) + 1;
    const items = parseItems(text, lines, Math.min(from, to), to, issues.bodySpan.start);
    return issues.kind === 'issueAtDispute' ? withFormat3Fields(text, sections, items) : items;
  }
  // No issues heading (a draft): look for items after the header (its last line is a header field's, never an
  // item's header) and the last heading before them.
  const from = after > 0 ? lineAt(lines, after) + 1 : 0;
  return parseItems(text, lines, Math.min(from, lines.length), lines.length);
}

/** Format 3 keeps the guideline and the rationale in sections of their own; they serve every item. */
function withFormat3Fields(text: string, sections: readonly Section[], items: Item[]): Item[] {
  const guidelines = sections.find((s) => s.kind === 'guidelinesRelied');
  const rationaleSection = sections.find((s) => s.kind === 'rationale');
  const label = (s: Section) => ({ text: s.title, span: s.headingSpan });
  const body = (s: Section) => lazyPart(text, s.bodySpan.start, s.bodySpan.end);
  const maximus: GuidelineField | undefined =
    guidelines &&
    guidelineField(
      text,
      'maximus',
      label(guidelines),
      body(guidelines),
      guidelines.span,
      guidelines.bodySpan.start,
      guidelines.bodySpan.end,
    );
  const rationale: RationaleField | undefined =
    rationaleSection &&
    rationaleField(
      text,
      label(rationaleSection),
      body(rationaleSection),
      rationaleSection.span,
      rationaleSection.bodySpan.start,
      rationaleSection.bodySpan.end,
    );
  return items.map((item) => ({
    ...item,
    maximus: item.maximus ?? maximus,
    rationale: item.rationale ?? rationale,
    fields: item.fields.length ? item.fields : [maximus, rationale].filter((f): f is GuidelineField | RationaleField => f !== undefined),
  }));
}

function detectFormat(text: string, lines: Letter['lines'], found: readonly FoundHeading[]): LetterFormat {
  for (let i = 0; i < lines.length && i < 40; i++) {
    const raw = lineContent(text, lines[i]).text;
    if (raw === '') continue;
    // The letterhead is a short line of its own ("MAXIMUS FEDERAL SERVICES, INC."), never the opening
    // sentence of a letter whose first heading is missing ("MAXIMUS Federal Services sent the ...").
    const t = raw.toUpperCase();
    const letterhead = raw === t || raw.length <= 40;
    if (letterhead && t.startsWith('MAXIMUS FEDERAL SERVICES')) return 'format2';
    if (letterhead && t.startsWith('MEDICAL PROFESSIONAL REVIEW')) return 'format3';
    break;
  }
  const formats = found.map((h) => h.def.formats);
  if (formats.some((f) => f.length === 1 && f[0] === 'format3')) return 'format3';
  if (formats.some((f) => f.length === 1 && f[0] === 'format2')) return 'format2';
  if (found.length > 0) return 'format1';
  // Spaces but not line breaks before the label: `^\s*` with /m would rescan runs of blank lines.
  if (/^[^\S\r\n\u2028\u2029]*Case\s+Number\s*:/m.test(text.slice(0, 2000))) return 'format1';
  return 'unknown';
}
