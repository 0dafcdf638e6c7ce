// The header fields above the first section. pdftotext prints them two ways: label and value on one line
// ("Date Assigned:   12/06/2016    Date of Injury:   11/01/2016"), or all labels first and then all values.
// One pass pairs them: labels queue up, and each value goes to the first waiting label that accepts it.
import type { Header, HeaderField, HeaderKey, Line, TextPart } from './types';
import { collapse } from './text';

const LABEL_RE =
  /Case\s+Number\s*:|Date\s+Assigned\s*:|Decision\s+Date\s*:|Priority\s*:|Date\s+of\s+Injury\s*:|UR\s+Denial\s+Date\s*:|Application(?:[ \t]+Received)?\s*:?|Received\s*:/gi;
const DATE_RE = /^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$/;
const CASE_RE = /^[A-Z]{2}\d{2}-\d+$/i;

function keyOf(label: string): HeaderKey | 'application' | 'received' {
  const l = label.toLowerCase().replace(/\s+/g, ' ');
  if (l.startsWith('case')) return 'caseNumber';
  if (l.startsWith('date assigned')) return 'dateAssigned';
  if (l.startsWith('decision')) return 'decisionDate';
  if (l.startsWith('priority')) return 'priority';
  if (l.startsWith('date of')) return 'dateOfInjury';
  if (l.startsWith('ur')) return 'urDenialDate';
  if (l.startsWith('received')) return 'received';
  return l.includes('received') ? 'applicationReceived' : 'application';
}

function accepts(key: HeaderKey, value: string): boolean {
  const isDate = DATE_RE.test(value);
  switch (key) {
    case 'caseNumber':
      return !isDate;
    case 'priority':
      return !isDate && !CASE_RE.test(value);
    default:
      return isDate || !(CASE_RE.test(value) || /^(standard|expedited)$/i.test(value));
  }
}

const APPLICATION_RE = /application/i;

/** Whether [start, end) of `text` can hold a header label: every label has a colon except "Application". */
function mayHoldLabel(text: string, start: number, end: number): boolean {
  const colon = text.indexOf(':', start);
  if (colon >= 0 && colon < end) return true;
  return end - start >= 11 && APPLICATION_RE.test(text.slice(start, end));
}

interface Pending {
  key: HeaderKey;
  label: TextPart;
  value?: TextPart;
}

/** Parses header fields from lines [0, endLine). Returns undefined when there is no header label at all. */
export function parseHeader(text: string, lines: readonly Line[], endLine: number): Header | undefined {
  const fields: Pending[] = [];
  const waiting: Pending[] = [];
  let pendingApplication: Pending | undefined;
  for (let i = 0; i < endLine; i++) {
    const line = lines[i];
    // A line without a colon or "application" holds no label; with no label waiting, none of its values is wanted.
    // Most lines above the first heading (address, salutation, prose) are passed over here.
    if (waiting.length === 0 && !pendingApplication && !mayHoldLabel(text, line.start, line.end)) continue;
    const s = text.slice(line.start, line.end);
    // Chunks: labels, and the text between them split on runs of 2+ spaces.
    LABEL_RE.lastIndex = 0;
    let pos = 0;
    const pushValues = (from: number, to: number): void => {
      const seg = s.slice(from, to);
      const re = /\S+(?: \S+)*/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(seg))) {
        const start = line.start + from + m.index;
        const value: TextPart = { text: collapse(m[0]), span: { start, end: start + m[0].length } };
        const idx = waiting.findIndex((w) => accepts(w.key, value.text));
        if (idx >= 0) {
          waiting[idx].value = value;
          waiting.splice(idx, 1);
        }
      }
    };
    let m: RegExpExecArray | null;
    while ((m = LABEL_RE.exec(s))) {
      // "Application" alone is a label only at a chunk start and when "Received:" follows.
      const key = keyOf(m[0]);
      const before = s.slice(pos, m.index);
      // Blank before it, or two spaces (a chunk break). `\s\s$` rather than `\s{2,}$`: the latter rescans long runs.
      if (key === 'application' && !(/^\s*$/.test(before) || /\s\s$/.test(before))) continue;
      if (key === 'received' && !pendingApplication) continue;
      pushValues(pos, m.index);
      pos = m.index + m[0].length;
      const start = line.start + m.index;
      const span = { start, end: start + m[0].length };
      if (key === 'received') {
        const p = pendingApplication as Pending;
        p.label = { text: 'Application Received:', span: { start: p.label.span.start, end: span.end } };
        pendingApplication = undefined;
        continue;
      }
      const field: Pending = {
        key: key === 'application' ? 'applicationReceived' : key,
        label: { text: collapse(m[0]), span },
      };
      if (key === 'application') pendingApplication = field;
      fields.push(field);
      waiting.push(field);
    }
    pushValues(pos, s.length);
  }
  if (fields.length === 0) return undefined;
  const start = fields[0].label.span.start;
  let end = start;
  for (const f of fields) end = Math.max(end, f.label.span.end, f.value?.span.end ?? 0);
  const out: HeaderField[] = fields.map((f) => (f.value ? { key: f.key, label: f.label, value: f.value } : { key: f.key, label: f.label }));
  return { span: { start, end }, fields: out };
}
