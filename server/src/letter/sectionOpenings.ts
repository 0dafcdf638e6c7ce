// The sentence a section's text opens with in real letters, so that a section whose heading is missing can
// be found by its own text ("The expert reviewer developed the following clinical case summary ...").
import type { Letter } from './types';

/** The sentence that opens the decisions ("The Final Determination was based on decisions ... set forth below:"). */
export const DECISIONS_OPENING_RE = /^[ \t\f]*The Final Determination was based on decisions/i;

const OPENINGS: Readonly<Record<string, RegExp>> = {
  'HOW THE IMR FINAL DETERMINATION WAS MADE': /^[ \t\f]*MAXIMUS Federal Services sent the complete case file/i,
  'CLINICAL CASE SUMMARY': /^[ \t\f]*The expert reviewer developed the following clinical case summary/i,
  'IMR ISSUES, DECISIONS AND RATIONALES': DECISIONS_OPENING_RE,
  'IMR DECISION(S) AND RATIONALE(S)': DECISIONS_OPENING_RE,
};

/** The start of the first line in [from, to) that opens the section titled `title`, if the letter has one. */
export function sectionOpeningIn(letter: Letter, title: string, from: number, to: number): number | undefined {
  const opening = OPENINGS[title];
  if (!opening) return undefined;
  for (const l of letter.lines) {
    if (l.start < from) continue;
    if (l.start >= to) break;
    if (opening.test(letter.text.slice(l.start, Math.min(l.end, l.start + 200)))) return l.start;
  }
  return undefined;
}
