import { lineAt, trimSpan, type Item, type Letter, type Span } from '../letter';
import type { Report, Rule } from './types';

// What identifies a person: a titled name, a name with a degree, a licence or NPI number, a signature block.
// `anchors`: literal strings one of which every match contains, where searching for them is cheaper than
// running the pattern: the pattern then runs only over the lines around a hit (the line before, the line,
// the line after). The case-insensitive licence pattern lists its word in lower case, Capitalised and UPPER
// CASE. Without anchors (the signature, whose words start with common letters), the pattern runs over the text.
const PATTERNS: readonly { re: RegExp; what: string; anchors?: readonly string[] }[] = [
  {
    re: /\bDr\.?\s+[A-Z][A-Za-z'-]+(?:\s+[A-Z]\.(?!\s?[A-Z]\.))?(?:\s+[A-Z][A-Za-z'-]+(?!\.\s?[A-Z]\.))?(?:,?\s+(?:M\.\s?D\.|D\.\s?O\.|D\.\s?C\.|Ph\.\s?D\.|(?:MD|DO|DC|PhD|DPM|DDS|PA-C|FNP|NP|RN)\b(?!\s*\/)))?/g,
    what: "a physician's name",
    anchors: ['Dr'],
  },
  {
    re: /\b[A-Z][a-z'-]+(?:\s+[A-Z]\.)?\s+[A-Z][A-Za-z'-]+,?\s+(?:M\.\s?D\.|D\.\s?O\.|D\.\s?C\.|Ph\.\s?D\.|(?:MD|DO|DC|PhD|DPM|DDS|PA-C|FNP|NP|RN)\b(?!\s*\/))/g,
    what: 'a name with a professional degree',
    anchors: ['M.', 'D.', 'Ph.', 'MD', 'DO', 'DC', 'PhD', 'DPM', 'DDS', 'PA-C', 'FNP', 'NP', 'RN'],
  },
  {
    re: /\b(?:Medical\s+)?(?:Licen[cs]e|Lic\.)\s*(?:No\.?|Number|Num\.?|#|:)\s*(?::\s*)?[A-Z]{0,3}-?\d{3,}|\bLicen[cs]e\s+[A-Z]{1,2}-?\d{4,}/gi,
    what: 'a licence number',
    anchors: ['lic', 'Lic', 'LIC'],
  },
  { re: /\bNPI\s*(?:(?:No\.?|Number|#)\s*)?(?::\s*)?\d{6,}/g, what: 'an NPI number', anchors: ['NPI'] },
  { re: /\b(?:Electronically\s+)?Signed\s+by\b(?:\s*:)?\s*\S[^\n]*|\bSignature\s*:[^\n]*|\/s\/\s*\S[^\n]*/gi, what: 'a signature' },
  { re: /\bSincerely,?[^\n]*/g, what: 'a signature block' },
  {
    re: /\b(?:Expert\s+)?Reviewer(?:'s)?\s+name\s*:[^\n]*|\bReviewed\s+by\b(?:\s*:)?\s*[A-Z][^\n]*|\b(?:Expert\s+)?Reviewer\s*:\s*[A-Z][a-z'-]+\s+[A-Z][^\n]*/g,
    what: "the reviewer's name",
    anchors: ['Review'],
  },
];

interface Finding {
  span: Span;
  what: string;
}

/** The stretches of [from, to) a pattern has to look at: the lines around each hit of its anchors, merged. */
function regions(letter: Letter, from: number, to: number, anchors: readonly string[]): [number, number][] {
  const { text, lines } = letter;
  const hits: number[] = [];
  // Searched in a slice: a search in the whole text would run past `to` to the next hit anywhere after it.
  const seg = text.slice(from, to);
  for (const a of anchors) {
    for (let i = seg.indexOf(a); i >= 0; i = seg.indexOf(a, i + 1)) hits.push(from + i);
  }
  if (hits.length === 0) return [];
  hits.sort((a, b) => a - b);
  const out: [number, number][] = [];
  let line = 0;
  for (const h of hits) {
    const last = out[out.length - 1];
    line = lines[line].start <= h && (line + 1 >= lines.length || lines[line + 1].start > h) ? line : lineAt(lines, h);
    const start = Math.max(from, lines[Math.max(0, line - 1)].start);
    const end = Math.min(to, lines[Math.min(lines.length - 1, line + 1)].end);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/**
 * Reports what identifies a person starting in [from, until) of the letter, reading up to `to`. A name may wrap
 * onto the next line, but never into a heading or a field label that starts one (`stops`): "Dr. Smith" before
 * "IMR ISSUES, DECISIONS AND RATIONALES" is not "Dr. Smith IMR".
 */
function scan(letter: Letter, from: number, to: number, report: Report, until = to, stops: readonly number[] = []): void {
  if (until <= from) return;
  const text = letter.text;
  const found: Finding[] = [];
  for (const { re, what, anchors } of PATTERNS) {
    for (const [start, end] of anchors ? regions(letter, from, to, anchors) : [[from, to]]) {
      const sub = text.slice(start, end);
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(sub))) {
        let e = m.index + m[0].length;
        const stop = stops.find((x) => x > start + m!.index && x < start + e);
        if (stop !== undefined) {
          // Cut at the stop: what is left must still be a match by itself ("Dr." alone names no one).
          const resume = re.lastIndex;
          re.lastIndex = 0;
          const cut = re.exec(sub.slice(m.index, stop - start));
          re.lastIndex = resume;
          if (!cut || cut.index !== 0) continue;
          e = m.index + cut[0].length;
        }
        while (e > m.index && /[\s,;]/.test(sub[e - 1])) e--;
        if (start + m.index < until) found.push({ span: { start: start + m.index, end: start + e }, what });
      }
    }
  }
  if (found.length === 0) return;
  found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  // Overlapping matches ("Dr. John Smith, MD") are one finding.
  const merged: Finding[] = [];
  for (const f of found) {
    const last = merged[merged.length - 1];
    if (last && f.span.start <= last.span.end) last.span = { start: last.span.start, end: Math.max(last.span.end, f.span.end) };
    else merged.push({ span: { ...f.span }, what: f.what });
  }
  for (const f of merged) {
    const shown = text.slice(f.span.start, f.span.end);
    report({
      span: f.span,
      message: `"${shown}" is ${f.what}: the expert reviewer must stay anonymous (Labor Code 4610.6), so the letter names no one and carries no signature or licence number.`,
      fixes: [{ title: `Delete "${shown}"`, edits: [{ span: f.span, newText: '' }] }],
    });
  }
}

/**
 * The text between items (and before the first, after the last). What starts there may run onto the first
 * line of the next item ("Dr." at the end of a paragraph, the name on the item's first line).
 */
function outside(letter: Letter, report: Report): void {
  const headings = letter.sections.map((s) => s.headingSpan.start);
  let from = 0;
  for (const item of letter.items) {
    // Blank gaps (most gaps between items) are passed over without a scan.
    const gap = trimSpan(letter.text, from, item.span.start);
    if (gap.end > gap.start) scan(letter, from, letter.lines[lineAt(letter.lines, item.span.start)].end, report, item.span.start, headings);
    from = Math.max(from, item.span.end);
  }
  scan(letter, from, letter.text.length, report, letter.text.length, headings);
}

/** An item's text, its field labels stopping a name. */
function inItem(letter: Letter, item: Item, report: Report): void {
  scan(
    letter,
    item.span.start,
    item.span.end,
    report,
    item.span.end,
    item.fields.map((f) => f.label.span.start),
  );
}

export const reviewerIdentity: Rule = {
  id: 'IMR028',
  name: 'reviewer-identity',
  category: 'decision',
  description: 'The letter names a physician or carries a signature or licence number: the reviewer must stay anonymous.',
  defaultLevel: 'warning',
  docs: `Labor Code 4610.6 keeps the expert reviewer's identity confidential: the letter describes the reviewer only by licensure and specialty ("State(s) of Licensure: California", "Certification(s)/Specialty: Orthopaedic Surgery"). A name ("Dr. John Smith", "Jane Doe, MD"), a signature line, a licence or NPI number anywhere in the letter may identify the reviewer (or a treating physician whose name should have been redacted in the published letter).

The quick fix deletes the identifying text.`,
  example: {
    bad: 'The Expert Reviewer has the following credentials:\nDr. John Smith, MD, License No. A12345',
    good: 'The Expert Reviewer has the following credentials:\nState(s) of Licensure: California',
  },
  // Item by item (an edit re-checks only its item), and the text around the items once per lint.
  checkItem(letter, item, report) {
    inItem(letter, item, report);
  },
  checkOutsideItems(letter, report) {
    outside(letter, report);
  },
  check(letter, report) {
    outside(letter, report);
    for (const item of letter.items) inItem(letter, item, report);
  },
};
