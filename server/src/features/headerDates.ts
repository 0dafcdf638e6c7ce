// Header dates and the intervals between them that matter to a reader: how long the review took
// (Date Assigned -> Decision Date), how soon the worker applied after the UR denial
// (UR Denial Date -> Application Received), and how old the injury is. Pure date arithmetic in UTC days.
import { headerField, headerName, parseDate, type HeaderKey, type Letter } from '../letter';

/** Days since 1970-01-01 for "MM/DD/YYYY" (or "M-D-YY"); undefined when it is not a real calendar date. */
export function dayNumber(value: string): number | undefined {
  return parseDate(value);
}

export interface Interval {
  readonly from: HeaderKey;
  readonly to: HeaderKey;
  /** What the interval measures, in the reader's words. */
  readonly label: string;
  readonly days: number;
  /** A reference point worth knowing for this interval (statutory time frames), if any. */
  readonly note?: string;
}

const PAIRS: readonly { from: HeaderKey; to: HeaderKey; label: string; note?: (priority: string | undefined) => string }[] = [
  {
    from: 'dateAssigned',
    to: 'decisionDate',
    label: 'assignment to decision',
    note: (p) =>
      `${/expedited/i.test(p ?? '') ? 'Expedited review: Labor Code 4610.6(d) allows 3 days' : 'Standard review: Labor Code 4610.6(d) allows 30 days'} from the IMR organisation's receipt of the application **and its supporting documents**. No header date marks that receipt (the documents often arrive after the application is received or assigned), so this interval alone does not show a late decision.`,
  },
  {
    from: 'urDenialDate',
    to: 'applicationReceived',
    label: 'UR denial to IMR application',
    note: () =>
      'The worker may apply for IMR within 30 days after **service** of the UR decision on the worker (Labor Code 4610.5(h)), 5 days more when it was served by mail. The UR Denial Date is the date of the decision, not of its service, so this interval alone does not show a late application.',
  },
  { from: 'applicationReceived', to: 'decisionDate', label: 'application to decision' },
  { from: 'urDenialDate', to: 'decisionDate', label: 'UR denial to IMR decision' },
  { from: 'dateOfInjury', to: 'decisionDate', label: 'injury to IMR decision' },
];

export function headerValue(letter: Letter, key: HeaderKey): string | undefined {
  return headerField(letter, key)?.value?.text;
}

export function dateName(key: HeaderKey): string | undefined {
  return key === 'caseNumber' || key === 'priority' ? undefined : headerName(key);
}

/** The intervals that involve `key` (or all, without a key) and whose two dates are both readable. */
export function intervals(letter: Letter, key?: HeaderKey): Interval[] {
  const priority = headerValue(letter, 'priority');
  const out: Interval[] = [];
  for (const p of PAIRS) {
    if (key && p.from !== key && p.to !== key) continue;
    const a = dayNumber(headerValue(letter, p.from) ?? '');
    const b = dayNumber(headerValue(letter, p.to) ?? '');
    if (a === undefined || b === undefined) continue;
    out.push({ from: p.from, to: p.to, label: p.label, days: b - a, note: p.note?.(priority) });
  }
  return out;
}

/** "30 days", "1 day", "2 years 3 months (820 days)", "-4 days (the later date comes first)". */
export function describeDays(days: number): string {
  const n = Math.abs(days);
  let s = `${n} day${n === 1 ? '' : 's'}`;
  const years = Math.floor(n / 365.25);
  // Whole years only: 365 days is not yet a year of 365.25 days ("0 years 11 months" says nothing).
  if (years >= 1) {
    const months = Math.floor((n - years * 365.25) / 30.44);
    s = `${years} year${years === 1 ? '' : 's'}${months ? ` ${months} month${months === 1 ? '' : 's'}` : ''} (${s})`;
  }
  return days < 0 ? `${s} **before** — the dates are in the wrong order` : s;
}
