// Where a sentence names the requested item: "the request for Norco 10/325mg #120 is not medically
// necessary", "the remaining portion of the request, 6 sessions of physical therapy ...". Conclusions and other
// rationale sentences restate the request; reading the restatement (not the whole sentence, which may speak of
// another drug or of a guideline's limits) is what lets a rule compare it with the item.

// Words that open a request but do not name what is requested.
const LEAD_WORDS = new Set([
  'the',
  'a',
  'an',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'additional',
  'retrospective',
  'prospective',
  'initial',
  'continued',
  'further',
  'outpatient',
  'inpatient',
  'post-op',
  'postoperative',
  'post-operative',
  'preoperative',
  'pre-op',
  'purchase',
  'rental',
  'decision',
  'request',
  'for',
  'of',
  'right',
  'left',
  'bilateral',
  'compound',
  'compounded',
  'topical',
  'urgent',
  'home',
  'daily',
  'new',
  'follow',
  'follow-up',
]);

/** The first word of a request that names the thing requested ("Norco", "physical", "acupuncture", "MRI"). */
export function requestKeyword(request: string): string | undefined {
  for (const m of request.matchAll(/[A-Za-z][A-Za-z'-]*/g)) {
    const w = m[0].toLowerCase();
    if (w.length >= 3 && !LEAD_WORDS.has(w)) return w;
  }
  return undefined;
}

const INTRO_RE =
  /(?:\brequest(?:ed)?(?:\s+for)?|\bportion\s+of\s+the\s+(?:original\s+)?request,?|\bdecision\s+for|\boriginal\s+request,?)\s*["“]?/gi;

/**
 * The part of `sentence` (from its restatement of the request up to `end`, the deciding phrase) that names
 * the request, as [start, end) offsets into `sentence`; undefined when the sentence does not name it.
 */
export function namedRequest(sentence: string, request: string, end: number): { start: number; end: number } | undefined {
  const key = requestKeyword(request);
  if (!key) return undefined;
  const head = sentence.slice(0, end);
  const re = new RegExp(`\\b${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'gi');
  let at = -1;
  for (const m of head.matchAll(re)) at = m.index ?? -1;
  if (at < 0) return undefined;
  // Back up to the words that introduce the restatement ("request for 6 sessions of physical therapy"), else
  // over the count and lead words just before the keyword ("twelve physical therapy visits").
  let start = at;
  const before = head.slice(Math.max(0, at - 60), at);
  let last: RegExpMatchArray | undefined;
  for (const m of before.matchAll(INTRO_RE)) last = m;
  if (last?.index !== undefined) start = at - before.length + last.index + last[0].length;
  else {
    // Word by word (no pattern anchored at the end: it would rescan the words before for every start).
    const words = [...before.matchAll(/\S+/g)];
    for (let k = words.length - 1; k >= 0; k--) {
      const w = words[k][0];
      if (!/^\d+$|^\(\d+\)$|^#\d+$|^(?:sessions?|visits?|treatments?|x|times)$/i.test(w) && !LEAD_WORDS.has(w.toLowerCase())) break;
      start = at - before.length + (words[k].index ?? 0);
    }
  }
  return { start, end };
}

/** The digits of a strength, separators dropped: pdftotext joins "7.5/" and "325mg" across a line end into "7.5325mg". */
export function strengthDigits(strength: string): string {
  return strength.replace(/[^\d]/g, '').replace(/^0+(?=\d)/, '');
}

const COUNT_WORDS: Record<string, number> = {
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
  eighteen: 18,
  twenty: 20,
  'twenty-four': 24,
};

/**
 * A count written just before the requested thing's own name, within three words ("three electrocardiograms",
 * "two additional follow up office visits"); undefined when there is none, or more than one.
 */
export function countBeforeName(text: string, keyword: string): number | undefined {
  const words = [...text.matchAll(/\S+/g)].map((m) => m[0].toLowerCase().replace(/[(),"]/g, ''));
  const found: number[] = [];
  for (let k = 0; k < words.length; k++) {
    if (!words[k].startsWith(keyword)) continue;
    for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
      const n = /^\d+$/.test(words[j]) ? Number(words[j]) : COUNT_WORDS[words[j]];
      if (n !== undefined) {
        found.push(n);
        break;
      }
    }
  }
  return found.length === 1 ? found[0] : undefined;
}
