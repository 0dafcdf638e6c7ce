import { headerName, type HeaderKey } from '../letter';
import type { Rule } from './types';
import { datesIn } from '../letter';
import { headerField } from '../letter';

/** The order a letter's dates must follow. */
const CHAIN: readonly { key: HeaderKey; name: string }[] = (
  ['dateOfInjury', 'urDenialDate', 'applicationReceived', 'dateAssigned', 'decisionDate'] as const
).map((key) => ({ key, name: headerName(key) }));

export const headerDateOrder: Rule = {
  id: 'IMR014',
  name: 'header-date-order',
  category: 'header',
  description: 'Header dates are out of order (injury ≤ UR denial ≤ application received ≤ assigned ≤ decision) or not real dates.',
  defaultLevel: 'warning',
  docs: `An IMR follows a fixed sequence: the injury, then the utilization review (UR) denial, then the application for IMR, then its assignment to a reviewer, then the decision. So the header dates must satisfy:

Date of Injury ≤ UR Denial Date ≤ Application Received ≤ Date Assigned ≤ Decision Date.

A date out of this order is almost always a typing error (a wrong year is the classic one) and undermines the letter's timeline. Dates must also be real calendar dates (MM/DD/YYYY).

The diagnostic sits on the date that disagrees with most of the others.`,
  example: {
    bad: 'Date of Injury: 10/13/2019\nUR Denial Date: 11/03/2016',
    good: 'Date of Injury: 10/13/2016\nUR Denial Date: 11/03/2016',
  },
  check(letter, report) {
    const dates: { name: string; day: number; span: { start: number; end: number }; text: string }[] = [];
    for (const c of CHAIN) {
      const v = headerField(letter, c.key)?.value;
      if (!v) continue;
      const { valid, invalid } = datesIn(v.text);
      if (invalid.length || valid.length === 0) {
        // A date that cannot exist is a warning; a value that is no date at all ("Unknown") only information.
        report({
          span: v.span,
          message: `"${v.text}" (${c.name}) is not a valid date: use MM/DD/YYYY.`,
          level: invalid.length ? undefined : 'information',
        });
        continue;
      }
      // A cumulative injury gives a range: its start is the date of injury; other fields take their one date.
      const day = c.key === 'dateOfInjury' ? Math.min(...valid) : Math.max(...valid);
      dates.push({ name: c.name, day, span: v.span, text: v.text });
    }
    // Count, for each date, how many others it is out of order with; report the worst offenders.
    const conflicts = dates.map((d, i) => dates.filter((e, j) => (j > i ? d.day > e.day : j < i ? e.day > d.day : false)));
    const worst = Math.max(0, ...conflicts.map((c) => c.length));
    if (worst === 0) return;
    dates.forEach((d, i) => {
      if (conflicts[i].length !== worst) return;
      const other = conflicts[i][0];
      const after = CHAIN.findIndex((c) => c.name === d.name) > CHAIN.findIndex((c) => c.name === other.name);
      report({
        span: d.span,
        message: `${d.name} ${d.text} is ${after ? 'before' : 'after'} ${other.name} ${other.text}: expected ${CHAIN.map((c) => c.name).join(' ≤ ')}.`,
        related: conflicts[i].map((o) => ({ span: o.span, message: `${o.name} ${o.text}` })),
      });
    });
  },
};
