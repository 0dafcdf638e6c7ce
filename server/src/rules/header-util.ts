// Header helpers shared by the header rules: field lookup and dates as printed (MM/DD/YYYY).
import type { HeaderField, HeaderKey, Letter } from '../letter';

export function headerField(letter: Letter, key: HeaderKey): HeaderField | undefined {
  return letter.header?.fields.find((f) => f.key === key);
}

/** Days since the epoch for "MM/DD/YYYY" (or M/D/YY, with - as separator), or undefined when not a real date. */
export function parseDate(text: string): number | undefined {
  const m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const month = Number(m[1]);
  const day = Number(m[2]);
  let year = Number(m[3]);
  if (m[3].length === 2) year += year < 50 ? 2000 : 1900;
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return t / 86400000;
}

/** The dates written in a header value: one, or a range ("03/01/2010 - 03/01/2015", a cumulative injury). */
export function datesIn(text: string): { valid: number[]; invalid: string[] } {
  const valid: number[] = [];
  const invalid: string[] = [];
  for (const token of text.match(/\d{1,2}[/-]\d{1,2}[/-]\d{2,4}/g) ?? []) {
    const d = parseDate(token);
    if (d === undefined) invalid.push(token);
    else valid.push(d);
  }
  return { valid, invalid };
}

/** Letters with a header block (the 2014 seeds and some drafts are bodies without one). */
export function hasHeader(letter: Letter): boolean {
  return !!letter.header && letter.header.fields.length > 0;
}
