// Dates as letters print them (MM/DD/YYYY, M/D/YY, with / or -), as days since the epoch: pure arithmetic,
// no Date object, so a date means the same in every time zone.

/** Days since the epoch for "MM/DD/YYYY" (or M/D/YY, with - as separator), or undefined when not a real date. */
export function parseDate(text: string): number | undefined {
  const m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const month = Number(m[1]);
  const day = Number(m[2]);
  let year = Number(m[3]);
  if (m[3].length === 2) year += year < 50 ? 2000 : 1900;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysInMonth = (y: number, m: number): number => (m === 2 && leap(y) ? 29 : MONTH_DAYS[m - 1]);

/** Days from 1970-01-01 to a proleptic Gregorian date (the civil-from-days inverse), without a Date object. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
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
