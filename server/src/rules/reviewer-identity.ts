import type { Span } from '../letter';
import type { Rule } from './types';

// What identifies a person: a titled name, a name with a degree, a licence or NPI number, a signature block.
// `needs`: a word every match of a case-sensitive pattern contains; a letter without it (most) is not scanned for it.
const PATTERNS: readonly { re: RegExp; what: string; needs?: string }[] = [
  { re: /\bDr\.?\s+[A-Z][A-Za-z'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][A-Za-z'-]+)?(?:,?\s+(?:M\.\s?D\.|D\.\s?O\.|D\.\s?C\.|Ph\.\s?D\.|(?:MD|DO|DC|PhD|DPM|DDS|PA-C|FNP|NP|RN)\b(?!\s*\/)))?/g, what: 'a physician\'s name', needs: 'Dr' },
  { re: /\b[A-Z][a-z'-]+(?:\s+[A-Z]\.)?\s+[A-Z][A-Za-z'-]+,?\s+(?:M\.\s?D\.|D\.\s?O\.|D\.\s?C\.|Ph\.\s?D\.|(?:MD|DO|DC|PhD|DPM|DDS|PA-C|FNP|NP|RN)\b(?!\s*\/))/g, what: 'a name with a professional degree' },
  { re: /\b(?:Medical\s+)?(?:Licen[cs]e|Lic\.)\s*(?:No\.?|Number|Num\.?|#|:)\s*(?::\s*)?[A-Z]{0,3}-?\d{3,}|\bLicen[cs]e\s+[A-Z]{1,2}-?\d{4,}/gi, what: 'a licence number' },
  { re: /\bNPI\s*(?:(?:No\.?|Number|#)\s*)?(?::\s*)?\d{6,}/g, what: 'an NPI number', needs: 'NPI' },
  { re: /\b(?:Electronically\s+)?Signed\s+by\b(?:\s*:)?\s*\S[^\n]*|\bSignature\s*:[^\n]*|\/s\/\s*\S[^\n]*/gi, what: 'a signature' },
  { re: /\bSincerely,?[^\n]*/g, what: 'a signature block', needs: 'Sincerely' },
  { re: /\b(?:Expert\s+)?Reviewer(?:'s)?\s+name\s*:[^\n]*|\bReviewed\s+by\b(?:\s*:)?\s*[A-Z][^\n]*|\b(?:Expert\s+)?Reviewer\s*:\s*[A-Z][a-z'-]+\s+[A-Z][^\n]*/g, what: 'the reviewer\'s name', needs: 'Review' },
];

export const reviewerIdentity: Rule = {
  id: 'IMR028',
  name: 'reviewer-identity',
  category: 'decision',
  description: 'The letter names a physician or carries a signature or licence number: the reviewer must stay anonymous.',
  defaultLevel: 'warning',
  docs: `Labor Code 4610.6 keeps the expert reviewer's identity confidential: the letter describes the reviewer only by licensure and specialty ("State(s) of Licensure: California", "Certification(s)/Specialty: Orthopaedic Surgery"). A name ("Dr. John Smith", "Jane Doe, MD"), a signature line, a licence or NPI number anywhere in the letter may identify the reviewer (or a treating physician whose name should have been redacted in the published letter).

The quick fix deletes the identifying text.`,
  example: { bad: 'The Expert Reviewer has the following credentials:\nDr. John Smith, MD, License No. A12345', good: 'The Expert Reviewer has the following credentials:\nState(s) of Licensure: California' },
  check(letter, report) {
    const found: { span: Span; what: string }[] = [];
    for (const { re, what, needs } of PATTERNS) {
      if (needs && !letter.text.includes(needs)) continue;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(letter.text))) {
        let end = m.index + m[0].length;
        while (end > m.index && /[\s,;]/.test(letter.text[end - 1])) end--;
        found.push({ span: { start: m.index, end }, what });
      }
    }
    found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
    // Overlapping matches ("Dr. John Smith, MD") are one finding.
    const merged: { span: Span; what: string }[] = [];
    for (const f of found) {
      const last = merged[merged.length - 1];
      if (last && f.span.start <= last.span.end) last.span = { start: last.span.start, end: Math.max(last.span.end, f.span.end) };
      else merged.push({ span: { ...f.span }, what: f.what });
    }
    for (const f of merged) {
      const text = letter.text.slice(f.span.start, f.span.end);
      report({
        span: f.span,
        message: `"${text}" is ${f.what}: the expert reviewer must stay anonymous (Labor Code 4610.6), so the letter names no one and carries no signature or licence number.`,
        fixes: [{ title: `Delete "${text}"`, edits: [{ span: f.span, newText: '' }] }],
      });
    }
  },
};
