// The expert reviewer's credentials as the determination section states them: "State(s) of Licensure: ..."
// and "Certification(s)/Specialty: ...". A value may wrap onto the next line ("... Public Health &" /
// "General Preventive Medicine"): it runs on until a blank line, a heading or another label.
import type { Letter, TextPart } from './types';
import { collapse } from './text';

export interface ReviewerCredentials {
  readonly licensure?: TextPart;
  readonly specialty?: TextPart;
}

const LICENSURE_RE = /State\(s\)[ \t]+of[ \t]+Licensure[ \t]*:/i;
const SPECIALTY_RE = /Certification\(s\)[ \t]*\/[ \t]*Specialty[ \t]*:/i;
/** A line that is not a value's continuation: another label ("X:"), or a heading in capitals. */
const NOT_CONTINUATION_RE = /^[^:]{1,60}:|^[A-Z0-9 ,()&/'-]{6,}$/;
const MAX_LINES = 3;

function valueAfter(letter: Letter, from: number, to: number, label: RegExp): TextPart | undefined {
  const body = letter.text.slice(from, to);
  const m = label.exec(body);
  if (!m) return undefined;
  const start = from + m.index + m[0].length;
  // The label's own line, then its continuation lines.
  let end = letter.text.indexOf('\n', start);
  if (end < 0 || end > to) end = to;
  for (let n = 1; n < MAX_LINES && end < to; n++) {
    const nextStart = end + 1;
    let nextEnd = letter.text.indexOf('\n', nextStart);
    if (nextEnd < 0 || nextEnd > to) nextEnd = to;
    const next = letter.text
      .slice(nextStart, nextEnd)
      .replace(/[\r\f]/g, '')
      .trim();
    if (!next || NOT_CONTINUATION_RE.test(next)) break;
    end = nextEnd;
  }
  let s = start;
  let e = end;
  while (s < e && /\s/.test(letter.text[s])) s++;
  while (e > s && /\s/.test(letter.text[e - 1])) e--;
  return e > s ? { text: collapse(letter.text.slice(s, e)), span: { start: s, end: e } } : undefined;
}

/** The reviewer's licensure and specialty, from the determination section (format 1 and 2) or the qualifications section (format 3). */
export function reviewerCredentials(letter: Letter): ReviewerCredentials {
  const section = letter.sections.find((s) => s.kind === 'determination') ?? letter.sections.find((s) => s.kind === 'qualifications');
  if (!section) return {};
  const { start, end } = section.bodySpan;
  return { licensure: valueAfter(letter, start, end, LICENSURE_RE), specialty: valueAfter(letter, start, end, SPECIALTY_RE) };
}
