// Reading the numbers of a requested item: drug strengths ("10/325mg", "7.5mg", "5%"), how much is asked
// for ("#90", "12 sessions", "2 times a week for 6 weeks", "(8)") and whether a frequency or amount is given.
// Pure text helpers for the decision rules and features; offsets are relative to the text given.
import type { PartialAuthorization, TextPart } from './types';
import { hasContainerCount, rateSplit } from './amounts';

const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  'twenty-four': 24,
  thirty: 30,
  forty: 40,
  sixty: 60,
  ninety: 90,
};
const NUM = `(?:\\d+|${Object.keys(WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

export function numberValue(s: string): number | undefined {
  const t = s.toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  return WORDS[t];
}

/** A strength: the numbers of "10/325mg", "320.5-2.5-30mg", "5%", "15mg/ml". */
export interface Strength {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly numbers: readonly number[];
}

// Not inside a number chain already scanned ("1.1 / 1.1 / ..."): starts only after a space or text.
const STRENGTH_RE =
  /(?=\d)(?<![\w.#/]|[-/]\s*)(\d+(?:\.\d+)?(?:\s*[-/]\s*\d+(?:\.\d+)?)*)\s*(mg|mcg|µg|%|percent|meq|iu)(?:\s*\/\s*(?:\d+\s*)?ml)?(?![a-z])/gi;

export function strengthsOf(text: string): Strength[] {
  const out: Strength[] = [];
  STRENGTH_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STRENGTH_RE.exec(text))) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, numbers: m[1].split(/[-/]/).map((x) => Number(x.trim())) });
  }
  return out;
}

/**
 * The strength numbers of a request part: from its strengths with units, else from a bare strength-like
 * number ("Trezix 30.5/30/16 #60": a decimal or numbers joined by "/" or "-", not a date, count or period).
 */
export function strengthNumbers(text: string): number[] | undefined {
  const withUnit = strengthsOf(text);
  if (withUnit.length) return withUnit.flatMap((s) => s.numbers);
  // A date, not the end of a chain ("30.5/30/16").
  const t = text.replace(/(?<![\d./])\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g, ' ');
  const re =
    /(?<![#\d.\w])(\d+\.\d+(?:\s*[-/]\s*\d+(?:\.\d+)?)*|\d+(?:\s*[-/]\s*\d+(?:\.\d+)?)+)(?!\d|\.\d)(?!\s*(?:days?|weeks?|months?|times|x\b|sessions?|visits?|hours?|minutes?|mins?|in\s+1))/gi;
  const m = re.exec(t);
  return m ? m[1].split(/[-/]/).map((x) => Number(x.trim())) : undefined;
}

/** A count with where its number stands (when it is one number that a fix could rewrite). */
export interface Count {
  readonly value: number;
  /** The number token, when the count is a single written number. */
  readonly token?: { readonly start: number; readonly end: number; readonly text: string };
  /** True when the text gives a range ("2-3 times a week"), so the value is the upper bound. */
  readonly range?: boolean;
}

const UNIT =
  '(?:sessions?|visits?|treatments?|tablets?|tabs?|capsules?|caps?|pills?|patch(?:es)?|units?|injections?|refills?|days?|weeks?|months?)';
const RANGE = `${NUM}(?:\\s*(?:-|to)\\s*${NUM})?`;
const RANGE_ENDS_RE = new RegExp(`^(${NUM})\\s*(?:-|to)\\s*(${NUM})$`, 'i');
/**
 * The larger end of a count RANGE matched: the number itself ("twenty-four" is one number, not two), or the
 * larger end of a range ("2-3", "2 to 3", "2to3", "18 to twenty-four"), which RANGE_ENDS_RE reads whole.
 */
const upper = (s: string): number => {
  const whole = numberValue(s);
  if (whole !== undefined) return whole;
  const [, a, b] = RANGE_ENDS_RE.exec(s) as RegExpExecArray;
  return Math.max(numberValue(a) as number, numberValue(b) as number);
};
// Built once (a pattern built per call is looked up in the engine's cache and allocated again each time).
// The global ones are shared: `fresh` rewinds one before a scan, and no scan calls another before it ends.
const PAREN_COUNT_RE = new RegExp(`\\((\\d+)(?:\\s+${UNIT})?\\)`, 'i');
const FREQ_RE = new RegExp(
  `\\b(${RANGE})\\s*(?:times|x|visits?|sessions?|treatments?)\\s*(?:(?:a|per|each|\\/)\\s*)?(?:week|wk)s?\\s*(?:for|x|times|over)\\s*(${RANGE})\\s*(?:weeks?|wks?)\\b`,
  'gi',
);
const TIMES_RE = new RegExp(`\\b(${NUM})\\s*(?:x|times)\\s*(${NUM})\\b(?!\\s*(?:mg|%|ml))`, 'gi');
const UNITS_RE = new RegExp(`\\b(${RANGE})\\s*(?:\\(\\d+\\)\\s*)?(?:[a-z/-]+\\s+){0,3}?(?:sessions?|visits?|treatments?)\\b`, 'gi');
const TIMES_N_RE = new RegExp(`\\b(?:times|x)\\s*(${NUM})\\b`, 'gi');
const PERIOD_RE = new RegExp(`\\b(${NUM})[\\s-]+(months?|days?|weeks?)\\b`, 'gi');
const NUM_UNIT_RE = new RegExp(`\\b${NUM}\\s*(?:x\\s*)?${UNIT}\\b`, 'i');
const X_NUM_RE = new RegExp(`\\b(?:x|times)\\s*${NUM}\\b`, 'i');
const NUM_DOSE_RE = new RegExp(`\\b${NUM}\\s+(?:tab|cap|pill|patch)`, 'i');
const NUM_PERIOD_DASH_RE = new RegExp(`\\b${NUM}[\\s-]+(?:months?|days?|weeks?)\\b`, 'i');
const VISITS_RE = new RegExp(
  `\\((\\d+)(?:\\s+${UNIT})?\\)|\\b(${RANGE})\\s*(?:times|x)\\s*(?:(?:a|per|each)\\s*)?(?:week|wk)s?\\s*(?:for|x|times|over)\\s*(${RANGE})\\s*(?:weeks?|wks?)\\b|#\\s*(\\d+)|\\b(${RANGE})\\s*(?:[a-z/-]+\\s+){0,3}?(?:sessions?|visits?|treatments?)\\b`,
  'gi',
);
/** Whether a count read by RANGE gives a range rather than one number. */
const isRange = (s: string): boolean => numberValue(s) === undefined;
const fresh = (re: RegExp): RegExp => ((re.lastIndex = 0), re);

const token = (m: RegExpExecArray, group: string) => {
  const start = m.index + m[0].indexOf(group);
  return { start, end: start + group.length, text: group };
};

/**
 * How many units the text asks for, if the text says it in one way. Tried in order: a parenthetical total
 * "(12 sessions)" / "(6)", "N times a week for M weeks" / "N x M" / "N times M", "#N", "N sessions" and
 * "times N". Returns undefined when nothing or more than one count is found.
 */
export function countOf(t: string): Count | undefined {
  let m = PAREN_COUNT_RE.exec(t);
  if (m) return { value: Number(m[1]), token: token(m, m[1]) };
  const all: Count[] = [];
  const freq = fresh(FREQ_RE);
  while ((m = freq.exec(t))) all.push({ value: upper(m[1]) * upper(m[2]), range: isRange(m[1]) || isRange(m[2]) });
  if (all.length === 0) {
    const times = fresh(TIMES_RE);
    while ((m = times.exec(t))) all.push({ value: (numberValue(m[1]) as number) * (numberValue(m[2]) as number) });
  }
  if (all.length === 0) {
    const hash = /#\s*(\d+)/g;
    while ((m = hash.exec(t))) all.push({ value: Number(m[1]), token: token(m, m[1]) });
  }
  if (all.length === 0) {
    const units = fresh(UNITS_RE);
    while ((m = units.exec(t))) all.push({ value: upper(m[1]), token: isRange(m[1]) ? undefined : token(m, m[1]), range: isRange(m[1]) });
  }
  if (all.length === 0) {
    const n = fresh(TIMES_N_RE);
    while ((m = n.exec(t))) all.push({ value: numberValue(m[1]) as number, token: token(m, m[1]) });
  }
  if (all.length === 0) {
    const period = fresh(PERIOD_RE);
    while ((m = period.exec(t))) all.push({ value: numberValue(m[1]) as number, token: token(m, m[1]) });
  }
  return all.length === 1 ? all[0] : undefined;
}

/**
 * The counts of a partly authorised request of the "remaining" form, when all three can be compared: each
 * part gives exactly one count, none is a range, and no part speaks of refills. Shared by the
 * partial-authorization-mismatch rule and the item hover, so they agree on whether the figures add up.
 */
export function partialCounts(
  p: PartialAuthorization,
): { original: Count; authorized: Count; remaining: Count; remainingPart: TextPart } | undefined {
  if (p.form !== 'remaining' || !p.original || !p.authorized || !p.remaining) return undefined;
  const parts = [p.original, p.authorized, p.remaining];
  if (parts.some((x) => /refill/i.test(x.text))) return undefined;
  // A split rate ("12 hours per day" into 6 and 6, each "for 4 weeks"): the counts read are not what was split.
  if (rateSplit(p.original.text, p.authorized.text, p.remaining.text)) return undefined;
  const [original, authorized, remaining] = parts.map((x) => countOf(x.text));
  if (!original || !authorized || !remaining || original.range || authorized.range || remaining.range) return undefined;
  return { original, authorized, remaining, remainingPart: p.remaining };
}

/** Whether a medication request says how much or how often: a count, an amount, a duration or a dosing frequency. */
export function hasQuantityOrFrequency(text: string): boolean {
  const t = text;
  if (/#\s*\d/.test(t)) return true;
  if (/\b(?:quantity|qty|count|supply|refills?)\b/i.test(t)) return true;
  if (NUM_UNIT_RE.test(t)) return true;
  if (X_NUM_RE.test(t)) return true;
  if (hasContainerCount(t)) return true;
  // An amount that is not part of a strength: "240g", "150ml", "5cc", "30 grams", "2 oz".
  if (/(?<![/\d.])\d+(?:\.\d+)?\s*(?:g|gm|gms|grams?|ml|cc|oz|ounces?|l)\b(?!\s*\/)/i.test(t)) return true;
  if (
    /\b(?:bid|tid|qid|qd|qhs|qam|qpm|hs|prn|daily|nightly|weekly|monthly|once|twice|as needed|at bedtime|per day|a day|every\s+\d+|q\s*\d+\s*h(?:rs?|ours?)?|\d+\s*times\s+(?:a|per)\s+(?:day|week))\b/i.test(
      t,
    )
  )
    return true;
  if (/\btake\s+\d/i.test(t) || NUM_DOSE_RE.test(t)) return true;
  return false;
}

/** Physical therapy, occupational therapy and chiropractic: the treatments Labor Code 4604.5 caps at 24 visits. */
export function isCappedTherapy(text: string): boolean {
  // Blood tests, not physical therapy: "PT/INR", "PT/PTT", "PTT".
  const t = text.replace(/\bPT\s*\/\s*(?:PTT|INR)\b|\bPTT\b/gi, ' ');
  return /\b(?:physical\s+therap\w*|physiotherap\w*|occupational\s+therap\w*|hand\s+therapy|chiro\w*|PT\/OT|PT|OT|spinal\s+manipulation|manipulation\s+therapy)\b/i.test(
    t,
  );
}

/** The most visits the text can mean (upper bounds of ranges). */
export function maxVisits(text: string): number | undefined {
  // Every count the text gives ("30 sessions of physical therapy 2 times a week for 6 weeks"): the largest counts.
  // A rental or supply period ("30 day rental") is not a number of visits.
  const single = countOf(text);
  const periodOnly = single !== undefined && NUM_PERIOD_DASH_RE.test(text) && !/sessions?|visits?|treatments?|times|\bx\s*\d|#/i.test(text);
  let best = periodOnly ? undefined : single?.value;
  const re = fresh(VISITS_RE);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const v = m[1] ? Number(m[1]) : m[2] ? upper(m[2]) * upper(m[3]) : m[4] ? Number(m[4]) : upper(m[5]);
    if (best === undefined || v > best) best = v;
  }
  return best;
}
