// Section headings of the three letter formats. A heading stands on a line of its own (possibly indented,
// possibly after a form feed); format 3's labelled headings may carry text after their colon, and any
// heading may wrap onto a second line in extracted text.
import type { LetterFormat, Line, Section, SectionKind, Span } from './types';
import { isJsSpace, isSpace, lineContent, trimSpan } from './text';

export interface HeadingDef {
  readonly kind: SectionKind;
  readonly title: string;
  /** Formats whose letters use this heading. */
  readonly formats: readonly LetterFormat[];
  /** Labelled headings (ending in ":") may have body text on the same line. */
  readonly labelled: boolean;
}

export const HEADINGS: readonly HeadingDef[] = [
  { kind: 'determination', title: 'HOW THE IMR FINAL DETERMINATION WAS MADE', formats: ['format1', 'format2'], labelled: false },
  { kind: 'documentsReviewed', title: 'DOCUMENTS REVIEWED', formats: ['format2'], labelled: false },
  { kind: 'caseSummary', title: 'CLINICAL CASE SUMMARY', formats: ['format1', 'format2'], labelled: false },
  { kind: 'issues', title: 'IMR ISSUES, DECISIONS AND RATIONALES', formats: ['format1'], labelled: false },
  { kind: 'issues', title: 'IMR DECISION(S) AND RATIONALE(S)', formats: ['format2'], labelled: false },
  { kind: 'issueAtDispute', title: 'ISSUE AT DISPUTE:', formats: ['format3'], labelled: true },
  { kind: 'caseSummary', title: 'CASE SUMMARY:', formats: ['format3'], labelled: true },
  { kind: 'documentsReviewed', title: 'DOCUMENTS REVIEWED FOR DETERMINATION:', formats: ['format3'], labelled: true },
  {
    kind: 'guidelinesRelied',
    title: 'MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:',
    formats: ['format3'],
    labelled: true,
  },
  {
    kind: 'rationale',
    title: 'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:',
    formats: ['format3'],
    labelled: true,
  },
  { kind: 'qualifications', title: 'MEDICAL REVIEWER QUALIFICATIONS:', formats: ['format3'], labelled: true },
];

/** The sections each format requires, in their order. */
export const REQUIRED_SECTIONS: Readonly<Record<Exclude<LetterFormat, 'unknown'>, readonly string[]>> = {
  format1: ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY', 'IMR ISSUES, DECISIONS AND RATIONALES'],
  format2: ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'DOCUMENTS REVIEWED', 'CLINICAL CASE SUMMARY', 'IMR DECISION(S) AND RATIONALE(S)'],
  format3: [
    'ISSUE AT DISPUTE:',
    'CASE SUMMARY:',
    'DOCUMENTS REVIEWED FOR DETERMINATION:',
    'MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:',
    'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:',
    'MEDICAL REVIEWER QUALIFICATIONS:',
  ],
};

const normal = (s: string): string => s.replace(/\s+/g, ' ').toUpperCase();
const BY_TITLE = new Map(HEADINGS.map((h) => [h.title, h]));
/** Every proper word-prefix of a heading, so a heading wrapped over two lines can be recognised. */
const PREFIXES = new Set<string>();
for (const h of HEADINGS) {
  const words = h.title.split(' ');
  for (let i = 1; i < words.length; i++) PREFIXES.add(words.slice(0, i).join(' '));
}

/** First words of the headings: a line starting with any other word is no heading (checked before normalising). */
const FIRST_WORDS = new Set(HEADINGS.map((h) => h.title.split(' ')[0]));
const LONGEST_FIRST_WORD = Math.max(...[...FIRST_WORDS].map((w) => w.length));

/** Those words by first letter: most lines are rejected on this one character, the rest without a slice. */
const FIRST_WORDS_BY_LETTER = new Map<number, string[]>();
for (const w of FIRST_WORDS) {
  const list = FIRST_WORDS_BY_LETTER.get(w.charCodeAt(0)) ?? [];
  list.push(w);
  FIRST_WORDS_BY_LETTER.set(w.charCodeAt(0), list);
}

/** Whether the line [s, e) of `text` starts with a heading's first word; `s` is its first non-blank character. */
function startsLikeHeading(text: string, s: number, e: number): boolean {
  const candidates = FIRST_WORDS_BY_LETTER.get(text.charCodeAt(s)); // first words all start with a capital letter
  if (!candidates) return false;
  let i = s;
  let ascii = true;
  const stop = Math.min(e, s + LONGEST_FIRST_WORD + 1);
  for (let c = text.charCodeAt(i); i < stop && !isJsSpace(c); c = text.charCodeAt(++i)) if (c > 127) ascii = false;
  // Upper-casing never shortens a word, so a longer first word cannot match.
  if (i - s > LONGEST_FIRST_WORD) return false;
  if (!ascii) return FIRST_WORDS.has(text.slice(s, i).toUpperCase());
  // ASCII: upper-case by clearing bit 5 of the letters.
  for (const w of candidates) {
    if (w.length !== i - s) continue;
    let k = 1;
    while (k < w.length && upperAscii(text.charCodeAt(s + k)) === w.charCodeAt(k)) k++;
    if (k === w.length) return true;
  }
  return false;
}

function upperAscii(c: number): number {
  return c >= 97 && c <= 122 ? c - 32 : c;
}

export interface FoundHeading {
  readonly def: HeadingDef;
  readonly title: string;
  readonly span: Span;
  /** First line after the heading's own line(s). */
  readonly nextLine: number;
  /** Body text that shares the heading's last line (labelled headings only). */
  readonly inlineBodyStart?: number;
}

/** Recognises a heading starting at line `i`, or returns undefined. Cheap: rejects most lines on length/case. */
export function headingAt(text: string, lines: readonly Line[], i: number): FoundHeading | undefined {
  // Most lines are rejected on their first character and length before anything is allocated.
  const line = lines[i];
  let s = line.start;
  let e = line.end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  const first0 = text.charCodeAt(s);
  if (s === e || first0 < 65 || first0 > 90) return undefined;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e - s < 5 || e - s > 120) return undefined;
  if (!startsLikeHeading(text, s, e)) return undefined;
  const c = lineContent(text, line);
  const t = normal(c.text);
  const whole = BY_TITLE.get(t);
  if (whole) return { def: whole, title: whole.title, span: { start: c.start, end: c.end }, nextLine: i + 1 };
  // A labelled heading followed by text on the same line ("ISSUE AT DISPUTE: Norco 10/325mg ...").
  const colon = t.indexOf(':');
  if (colon > 0 && colon < t.length - 1) {
    const def = BY_TITLE.get(t.slice(0, colon + 1));
    if (def?.labelled) {
      return {
        def,
        title: def.title,
        span: { start: c.start, end: c.start + colon + 1 },
        nextLine: i + 1,
        inlineBodyStart: c.start + colon + 1,
      };
    }
  }
  // A heading wrapped onto the next non-blank line.
  if (PREFIXES.has(t)) {
    let j = i + 1;
    while (j < lines.length && j <= i + 2 && lineContent(text, lines[j]).text === '') j++;
    if (j < lines.length) {
      const d = lineContent(text, lines[j]);
      const joined = BY_TITLE.get(normal(`${c.text} ${d.text}`));
      if (joined) return { def: joined, title: joined.title, span: { start: c.start, end: d.end }, nextLine: j + 1 };
    }
  }
  return undefined;
}

/** Builds sections from the headings found; each runs to the next heading. */
export function buildSections(text: string, lines: readonly Line[], found: readonly FoundHeading[], endOfText: number): Section[] {
  const sections: Section[] = [];
  for (let k = 0; k < found.length; k++) {
    const h = found[k];
    const bodyStart = h.inlineBodyStart ?? (h.nextLine < lines.length ? lines[h.nextLine].start : endOfText);
    const limit = k + 1 < found.length ? found[k + 1].span.start : endOfText;
    const body = trimSpan(text, Math.min(bodyStart, limit), limit);
    sections.push({
      kind: h.def.kind,
      title: h.title,
      headingSpan: h.span,
      bodySpan: body.end > body.start ? body : { start: Math.min(bodyStart, limit), end: Math.min(bodyStart, limit) },
      span: { start: h.span.start, end: Math.max(h.span.end, body.end) },
    });
  }
  return sections;
}
