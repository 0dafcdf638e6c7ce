import type { Letter, Span } from '../letter';
import { datesInProse, type WrittenDate } from '../letter/proseDates';
import { injuryDates, isDateAhead, utilizationReviewDates } from '../letter/summaryDates';
import type { Level, Rule } from './types';
import { datesIn, headerField } from '../letter';

/** A summary's UR date this close to the header's may be the notice's date rather than the decision's. */
const NOTICE_GAP_DAYS = 7;

const days = (n: number): string => `${Math.abs(n)} day${Math.abs(n) === 1 ? '' : 's'}`;

/** The prose the reviewer wrote: every section body (the header block is not among them). */
function bodySpans(letter: Letter): Span[] {
  return letter.sections.map((s) => s.bodySpan);
}

export const dateContradictsHeader: Rule = {
  id: 'IMR029',
  name: 'date-contradicts-header',
  category: 'header',
  description:
    'A date in the letter contradicts the header: the utilization review date or the date of injury in the prose, or a date after the decision.',
  defaultLevel: 'warning',
  docs: `The header states the case's timeline; the clinical case summary and the rationales retell it. When the two disagree, one of them is a plainly erroneous finding of fact that an appeal can point at, and the disagreement itself shows that the letter was not checked against the case file. Three kinds are reported:

- **Date of injury**: a sentence that gives the injury's date ("sustained an industrial injury on 10-13-16", "an industrial injury of October 10, 2015", "The date of injury was 12/1/16") names another date than the header's Date of Injury (or, for a cumulative injury, a date outside its range). Level: warning.
- **Utilization review date**: the case summary ties a date to the utilization review ("On 12-15-2016, the Utilization Review ...", "In a utilization review report dated ...", "The UR dated 11-14-16", "... was non-certified by utilization review" after "On <date>") and no such date equals the header's UR Denial Date. A gap of up to ${NOTICE_GAP_DAYS} days can be the date of the notice against the date of the decision, so it is reported as information; a larger gap as a warning.
- **A date after the decision**: a date in the letter's prose later than the header's Decision Date (a year typed as "3026"). Nothing in the file can postdate the decision. A date the records look ahead to ("off work until ...", "follow-up scheduled for ...") may follow the decision by up to a year and is not reported. Level: warning.

Dates are read as written ("12-15-2016", "11/3/16", "December 9, 2016") and in the form pdftotext leaves when a date is hyphenated at a line end ("0105-2017" for "01-05-2017"). No fix is offered: which of the two dates is right is in the case file, not in the letter.

Measured on the 146 corpus letters in both extractions (292 texts): the date of injury: 3 letters reported, 3 real (CM16-0219557 "October 10, 2015" for 10/10/2016, CM16-0233794 10-18-2016 for 10/10/2016, CM17-0003917 12/1/16 for 11/30/2016); a date after the decision: 1 letter, 1 real (CM16-0248655 "December 9, 3026"); the utilization review date: 105 of 146 letters tie a date to the review, 6 disagree with the header by 1 to 6 days (information: CM16-0219557, CM16-0240518, CM16-0242302, CM17-0005589, CM17-0010362, CM17-0020243) and none by more. Warnings: 4 letters, 4 real (100%), the same in both extractions.`,
  example: {
    bad: 'Date of Injury: 10/13/2015\n...\nThe injured worker is a 50 year old who reported an industrial injury on 10/13/2016.',
    good: 'Date of Injury: 10/13/2016\n...\nThe injured worker is a 50 year old who reported an industrial injury on 10/13/2016.',
  },
  check(letter, report) {
    const header = (key: 'dateOfInjury' | 'urDenialDate' | 'decisionDate'): { text: string; span: Span; days: number[] } | undefined => {
      const v = headerField(letter, key)?.value;
      if (!v) return undefined;
      const { valid, invalid } = datesIn(v.text);
      return valid.length && !invalid.length ? { text: v.text, span: v.span, days: valid } : undefined;
    };
    const decision = header('decisionDate');
    const injury = header('dateOfInjury');
    const review = header('urDenialDate');
    const spans = bodySpans(letter);
    const reported = new Set<number>();
    const say = (d: WrittenDate, message: string, level?: Level, related?: { span: Span; message: string }): void => {
      if (reported.has(d.span.start)) return;
      reported.add(d.span.start);
      report({ span: d.span, message, level, related: related ? [related] : undefined });
    };

    // A date after the decision first: it is what is wrong, whatever sentence it stands in.
    if (decision) {
      const last = Math.max(...decision.days);
      for (const s of spans) {
        for (const d of datesInProse(letter.text, s.start, s.end)) {
          if (d.day <= last) continue;
          // A date the records look ahead to ("off work until ...") may follow the decision, but not by years.
          if (d.day - last <= 365 && isDateAhead(letter.text, d.span.start, d.span.end, s.start, s.end)) continue;
          say(d, `"${d.text}" is after the Decision Date ${decision.text}: nothing in the file can postdate the decision.`, undefined, {
            span: decision.span,
            message: `Decision Date ${decision.text}`,
          });
        }
      }
    }

    if (injury) {
      // A cumulative injury ("03/01/2010 - 03/01/2015") takes any date within its range.
      const from = Math.min(...injury.days);
      const to = Math.max(...injury.days);
      for (const s of spans) {
        for (const d of injuryDates(letter.text, s.start, s.end)) {
          if (d.day >= from && d.day <= to) continue;
          const gap = d.day < from ? d.day - from : d.day - to;
          say(
            d,
            `The date of injury "${d.text}" is not the header's Date of Injury ${injury.text} (${days(gap)} ${gap < 0 ? 'before' : 'after'}).`,
            undefined,
            { span: injury.span, message: `Date of Injury ${injury.text}` },
          );
        }
      }
    }

    const summary = letter.sections.find((s) => s.kind === 'caseSummary');
    if (review && summary) {
      const dates = utilizationReviewDates(letter.text, summary.bodySpan.start, summary.bodySpan.end).filter(
        (d) => !reported.has(d.span.start),
      );
      if (dates.length && !dates.some((d) => review.days.includes(d.day))) {
        const day = review.days[0];
        // The nearest: the one most likely meant as this review's date.
        const d = dates.reduce((a, b) => (Math.abs(b.day - day) < Math.abs(a.day - day) ? b : a));
        const gap = d.day - day;
        const near = Math.abs(gap) <= NOTICE_GAP_DAYS;
        say(
          d,
          `The summary dates the utilization review "${d.text}", but the header's UR Denial Date is ${review.text} (${days(gap)} ${gap < 0 ? 'before' : 'after'})${near ? ": if one is the notice's date and the other the decision's, say which" : ''}.`,
          near ? 'information' : undefined,
          { span: review.span, message: `UR Denial Date ${review.text}` },
        );
      }
    }
  },
};
