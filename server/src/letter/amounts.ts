// Amounts a request gives other than a count of units: containers ("One container of <compound cream>",
// "2 tubes") and rates ("12 hours per day", "3 days a week"), which partial authorisation splits by the rate.

const NUMBER_WORDS: Record<string, number> = {
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
  twenty: 20,
  twenty_four: 24,
};
const NUMBER = `(?:\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS)
  .filter((w) => !w.includes('_'))
  .join('|')})`;
const value = (s: string): number => (/^\d/.test(s) ? Number(s) : NUMBER_WORDS[s.toLowerCase()]);

const CONTAINER_RE = new RegExp(
  `\\b${NUMBER}\\s+(?:\\(\\d+\\)\\s+)?(?:containers?|tubes?|jars?|bottles?|boxe?s?|kits?|packs?|packages?|pump\\s+bottles?|canisters?|vials?|cartons?)\\b`,
  'i',
);

/** Whether the text asks for a number of containers ("One container of ...", "2 tubes of ..."). */
export function hasContainerCount(text: string): boolean {
  return CONTAINER_RE.test(text);
}

/** A rate: so many hours per day, days per week, or times per day or week. */
export type RateUnit = 'hours/day' | 'hours/week' | 'days/week' | 'times/day' | 'times/week';

const RATE_RE = new RegExp(`\\b(${NUMBER})\\s*(hours?|hrs?|days?|times|x)\\s*(?:(?:a|per|each|\\/)\\s*)(day|week|wk)\\b`, 'gi');

/** The rates a text gives, by unit (the first of each unit). */
export function ratesOf(text: string): Map<RateUnit, number> {
  const out = new Map<RateUnit, number>();
  for (const m of text.matchAll(RATE_RE)) {
    const what = /^h/i.test(m[2]) ? 'hours' : /^d/i.test(m[2]) ? 'days' : 'times';
    const per = /^d/i.test(m[3]) ? 'day' : 'week';
    if (what === 'days' && per === 'day') continue;
    const unit = `${what}/${per}` as RateUnit;
    const v = value(m[1]);
    if (v !== undefined && !out.has(unit)) out.set(unit, v);
  }
  return out;
}

/**
 * When the parts of a partly authorised request differ in one rate ("12 hours per day" requested, "6 hours per
 * day" authorised and remaining, each "for 4 weeks"), that rate is what was split: its values in the three parts.
 * Undefined when no rate differs, or a part lacks it.
 */
export function rateSplit(
  original: string,
  authorized: string,
  remaining: string,
): { unit: RateUnit; original: number; authorized: number; remaining: number } | undefined {
  const [o, a, r] = [original, authorized, remaining].map(ratesOf);
  for (const [unit, ov] of o) {
    const av = a.get(unit);
    const rv = r.get(unit);
    if (av === undefined || rv === undefined) continue;
    if (ov !== av || ov !== rv) return { unit, original: ov, authorized: av, remaining: rv };
  }
  return undefined;
}
