// Dates written in a letter's prose: "12-15-2016", "11/3/16", "December 9, 3026", and the glued form that
// pdftotext leaves when a date is hyphenated at a line end ("01-\n05-2017" comes out "0105-2017").
import type { Span } from './types';

export interface WrittenDate {
  /** The date as printed. */
  readonly text: string;
  readonly span: Span;
  /** Days since 1970-01-01. */
  readonly day: number;
  readonly year: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// One alternation, tried left to right at each position: a month name, a numeric date, a glued MMDD-YYYY.
const DATE_RE =
  /\b(?:(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?[ \t\r\n\f]{1,3}(\d{1,2})(?:st|nd|rd|th)?,?[ \t\r\n\f]{1,3}(\d{4})|(\d{1,2})([-/])(\d{1,2})\5(\d{4}|\d{2})|(\d{2})(\d{2})-(\d{4}))(?![\d/-])/g;

/** Every real calendar date written in text[from, to). A token that is no calendar date ("13-45-2016") is skipped. */
export function datesInProse(text: string, from = 0, to = text.length): WrittenDate[] {
  const out: WrittenDate[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(DATE_RE)) {
    let month: number;
    let day: number;
    let year: number;
    if (m[1]) {
      month = MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1;
      day = Number(m[2]);
      year = Number(m[3]);
    } else if (m[4]) {
      month = Number(m[4]);
      day = Number(m[6]);
      year = Number(m[7]);
      if (m[7].length === 2) year += year < 50 ? 2000 : 1900;
    } else {
      month = Number(m[8]);
      day = Number(m[9]);
      year = Number(m[10]);
    }
    const days = calendarDay(year, month, day);
    if (days === undefined) continue;
    const start = from + (m.index ?? 0);
    out.push({ text: m[0], span: { start, end: start + m[0].length }, day: days, year });
  }
  return out;
}

const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days since 1970-01-01 of a real calendar date, or undefined when the month or day cannot exist. */
export function calendarDay(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  if (day > (month === 2 && leap(year) ? 29 : MONTH_DAYS[month - 1])) return undefined;
  const yy = month <= 2 ? year - 1 : year;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}
