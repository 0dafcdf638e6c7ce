// Which dates in a letter's prose are the utilization review's and which the injury's: the sentences that
// tie a date to the utilization review ("On 12-15-2016, the Utilization Review ...", "In a utilization
// review report dated November 15, 2016", "The UR dated 11-14-16") or to the injury ("sustained an
// industrial injury on 10-13-16", "an industrial injury of October 10, 2015", "date of injury on ...").
import { datesInProse, type WrittenDate } from './proseDates';

/** The sentence around [start, end): back to the previous sentence end, on to the next one, whitespace collapsed (so the patterns below match single spaces). */
function sentenceAround(text: string, start: number, end: number, from: number, to: number): { before: string; after: string } {
  let s = start;
  // A period ends a sentence unless a digit follows it (0.5mg); "dermatome.The" (glued) still ends one.
  while (s > from && !(text[s - 1] === '.' && !/\d/.test(text[s] ?? '')) && start - s < 400) s--;
  let e = end;
  while (e < to && !(text[e] === '.' && !/\d/.test(text[e + 1] ?? '')) && e - end < 400) e++;
  const flat = (x: string): string => x.replace(/\s+/g, ' ');
  return { before: flat(text.slice(s, start)), after: flat(text.slice(end, e)) };
}

// The review named just before its date: "utilization review (12-01-2016)", "UR dated 11-14-16",
// "Utilization Review on December 05, 2016", "UR (utilization review board) denied certification on".
const REVIEW_THEN_DATE =
  /(?:utilization review|\bUR\b)(?: ?\([^()]{0,40}\))?(?: [a-z-]+){0,4}?(?: ?,)?(?: (?:is|was))?(?: (?:dated|on|of|from|date of|decision date of))? ?[(,]? ?$/i;
// ... unless the review is what something else was "reviewed by" ("the report reviewed by Utilization Review (UR) was dated").
const REVIEWED_BY = /reviewed by (?:the )?(?:utilization review|\bUR\b)/i;
// The date first: "On 11-22-2016, Utilization Review non-certified", "On 12-15-2016, the original UR".
const DATE_THEN_REVIEW = /^ ?\)?,? ?(?:the )?(?:original |prior )?(?:utilization review|UR\b)/i;
// "On 12-01-2016 the request for X was non-certified by utilization review."
const ON_DATE_BY_REVIEW =
  /^ ?,?[^.]*?\b(?:denied|non-? ?certified|noncertified|modified|not certified|not approved) by (?:the )?(?:utilization review|\bUR\b)/i;

/** Dates the prose in text[from, to) gives as the utilization review's. */
export function utilizationReviewDates(text: string, from: number, to: number): WrittenDate[] {
  return datesInProse(text, from, to).filter((d) => {
    const { before, after } = sentenceAround(text, d.span.start, d.span.end, from, to);
    if (REVIEW_THEN_DATE.test(before) && !REVIEWED_BY.test(before)) return true;
    const on = /\b[Oo]n ?\(?$/.test(before);
    return (on || before.trim() === '') && (DATE_THEN_REVIEW.test(after) || (on && ON_DATE_BY_REVIEW.test(after)));
  });
}

// "industrial injury on", "work related injury on", "industrial-work injury of", "date of injury on", "injured on".
const INJURY_THEN_DATE = /(?:\binjury(?: date)?|\binjured|date of injury)(?: (?:is|was))?(?: (?:on|of|dated|date of))?,? ?\(?$/i;
// ... but not a date measured from the injury ("a clinic note two weeks after the injury on 11/16/16").
// Read on the words since the last full stop (a linear test, where "[^.]*$" would rescan from every start).
const FROM_THE_INJURY = /\b(?:after|since|before|following|from) (?:the|his|her|this|that) (?:industrial |work |work-related )?injury\b/i;
const sinceLastStop = (s: string): string => s.slice(s.lastIndexOf('.') + 1);

// ... nor the date of a report named after the injury ("Doctor's First Report of Occupational Injury dated 11-17-2016").
const REPORT_OF_INJURY = /\breport of (?:occupational )?injury(?: or illness)?(?: (?:is|was))?(?: (?:on|of|dated|date of))?,? ?\(?$/i;

/** Dates the prose in text[from, to) gives as the date of injury. */
export function injuryDates(text: string, from: number, to: number): WrittenDate[] {
  return datesInProse(text, from, to).filter((d) => {
    const { before } = sentenceAround(text, d.span.start, d.span.end, from, to);
    return INJURY_THEN_DATE.test(before) && !FROM_THE_INJURY.test(sinceLastStop(before)) && !REPORT_OF_INJURY.test(before);
  });
}

// A date the records look ahead to: "off work until 1-28-17", "follow-up scheduled for ...", "will return on ...".
const AHEAD_BEFORE = /\b(?:until|through|thru|till|to|by)\s*$/i;
const AHEAD_SENTENCE = /\b(?:scheduled|follow[- ]?up|return(?:s|ing)?|next|expected|planned|will|pending|due)\b/i;

/** True when the date at [start, end) is one the records look ahead to rather than a date something happened. */
export function isDateAhead(text: string, start: number, end: number, from: number, to: number): boolean {
  const { before, after } = sentenceAround(text, start, end, from, to);
  return AHEAD_BEFORE.test(before) || AHEAD_SENTENCE.test(before) || AHEAD_SENTENCE.test(after);
}
