// Derived lookups over the guideline data for the citation rules: which chapter/year pairs exist, which
// "Section(s):" topics each chapter has, which 2009 Chronic Pain pages a topic covers, and spelling
// suggestions. The JSON tables stay as copied; everything here is computed from them plus the small
// derived table of ACOEM 2004 section names below.
import { detached } from './detached';
import { CPMTG_2009_PAGES, CHAPTER_TOPICS, MTUS_CHAPTERS, OPIOID_2016_SECTIONS, type MtusChapter, type PageTopic } from './index';

const normal = (s: string): string =>
  s
    .replace(/-\s+(?=[a-z])/g, '') // a word hyphenated across lines: "medi- cine"
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Edit distance with transpositions (optimal string alignment), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (s === t) return 0;
  const rows: number[][] = [];
  for (let i = 0; i <= s.length; i++) rows.push([i]);
  for (let j = 1; j <= t.length; j++) rows[0][j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
    }
  }
  return rows[s.length][t.length];
}

/** How many edits still count as a misspelling of a word of this length. */
export function spellingTolerance(word: string): number {
  return word.length <= 4 ? 1 : word.length <= 12 ? 2 : Math.min(4, Math.floor(word.length / 5));
}

/** The candidates closest to `word` within the spelling tolerance, best first. */
export function suggestions(word: string, candidates: Iterable<string>, limit = 3): string[] {
  // The rules ask again and again about the same chapter's topics: their normal forms and the answers are kept.
  const memo = Array.isArray(candidates) ? suggestionMemo(candidates as readonly string[]) : undefined;
  const key = `${limit}\u0000${word}`;
  const hit = memo?.answers.get(key);
  if (hit) return hit.slice();
  const w = normal(word);
  const tol = spellingTolerance(w);
  const scored: { c: string; d: number }[] = [];
  const seen = new Set<string>();
  let k = -1;
  for (const c of candidates) {
    k++;
    if (seen.has(c)) continue;
    seen.add(c);
    if (Math.abs(c.length - w.length) > tol) continue;
    const d = editDistance(w, memo ? memo.normals[k] : normal(c));
    if (d <= tol) scored.push({ c, d });
  }
  const out = scored
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, limit)
    .map((x) => x.c);
  if (memo) {
    if (memo.answers.size > MEMO_LIMIT) memo.answers.clear();
    memo.answers.set(detached(key), out);
  }
  return out.slice();
}

/** Bound on each memo of answers (letters repeat a few hundred topics; a pathological document cannot grow it forever). */
const MEMO_LIMIT = 5000;

const suggestionMemos = new WeakMap<readonly string[], { normals: string[]; answers: Map<string, string[]> }>();
function suggestionMemo(candidates: readonly string[]): { normals: string[]; answers: Map<string, string[]> } {
  let m = suggestionMemos.get(candidates);
  if (!m) {
    m = { normals: candidates.map(normal), answers: new Map() };
    suggestionMemos.set(candidates, m);
  }
  return m;
}

// ---- Chapters -------------------------------------------------------------------------------------

/** Every chapter label with the years it is printed with (none for 2014-era labels). */
export const CHAPTER_YEARS: ReadonlyMap<string, readonly number[]> = (() => {
  const m = new Map<string, number[]>();
  for (const c of MTUS_CHAPTERS) {
    const list = m.get(c.label) ?? [];
    if (c.year !== undefined && !list.includes(c.year)) list.push(c.year);
    m.set(c.label, list);
  }
  return m;
})();

/** The label as listed, for a label as printed (any case or spacing). */
export function canonicalLabel(printed: string): string | undefined {
  if (labelMemo.has(printed)) return labelMemo.get(printed);
  const label = LABELS_BY_NORMAL.get(normal(printed));
  if (labelMemo.size > MEMO_LIMIT) labelMemo.clear();
  labelMemo.set(detached(printed), label);
  return label;
}

/** Each listed label by its normal form (the first listed wins, as a search in list order would find it). */
const LABELS_BY_NORMAL: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const label of CHAPTER_YEARS.keys()) if (!m.has(normal(label))) m.set(normal(label), label);
  return m;
})();
const labelMemo = new Map<string, string | undefined>();

export function chapterOf(label: string, year: number | undefined): MtusChapter | undefined {
  const l = canonicalLabel(label);
  return l === undefined ? undefined : MTUS_CHAPTERS.find((c) => c.label === l && c.year === year);
}

// ---- Section topics -------------------------------------------------------------------------------

/** Topics seen in real letters that are misspellings of another topic (kept in the observed table as seen). */
export const KNOWN_MISSPELLINGS: ReadonlyMap<string, string> = new Map([
  ['Inital Care', 'Initial Care'],
  ['Diagnositc Criteria', 'Diagnostic Criteria'],
]);

/**
 * Derived table: the section headings shared by the ACOEM 2nd edition (2004) chapters that the 2004/2007
 * MTUS body-part chapters adopted. Letters cite them with the chapter ("Low Back Complaints 2004,
 * Section(s): Special Studies"); the observed topics of every such chapter are pooled with these.
 */
const ACOEM_2004_SECTIONS = [
  'Introduction',
  'Assessing Red Flags',
  'Red Flags',
  'Initial Assessment',
  'Medical History',
  'Physical Examination',
  'Diagnostic Criteria',
  'Initial Care',
  'Patient Education',
  'Medications',
  'Physical Methods',
  'Activity Modification',
  'Work Activities',
  'Work-Relatedness',
  'Follow-up Visits',
  'Special Studies',
  'Surgical Considerations',
  'Summary',
  'Recommendations',
  'General Approach',
];

const ACOEM_BASED = /Complaints|Stress-Related|^Eye$|General Approaches/;

function chapterKey(label: string, year: number | undefined): string {
  return year === undefined ? label : `${label} ${year}`;
}

/** The known topics of a chapter ("Low Back Complaints", 2004), or undefined when the chapter has no vocabulary. */
export function topicsOf(label: string, year: number | undefined): readonly string[] | undefined {
  // One list per chapter, built once: callers may key their own memos on the list.
  const key = `${label}\u0000${year}`;
  if (topicsMemo.has(key)) return topicsMemo.get(key);
  const topics = buildTopics(label, year);
  if (topicsMemo.size > MEMO_LIMIT) topicsMemo.clear();
  topicsMemo.set(key, topics);
  return topics;
}
const topicsMemo = new Map<string, readonly string[] | undefined>();

function buildTopics(label: string, year: number | undefined): readonly string[] | undefined {
  const l = canonicalLabel(label) ?? label;
  const clean = (list: readonly string[]) => list.filter((t) => !KNOWN_MISSPELLINGS.has(t) && !/^\d+$/.test(t));
  if (ACOEM_BASED.test(l) && year !== undefined && year < 2010) {
    const pooled = new Set(ACOEM_2004_SECTIONS);
    for (const [key, topics] of CHAPTER_TOPICS) if (ACOEM_BASED.test(key)) for (const t of clean(topics)) pooled.add(t);
    return [...pooled];
  }
  if (/^Chronic Pain Medical Treatment$/.test(l)) {
    const pooled = new Set<string>();
    for (const y of [2009, 2016]) for (const t of clean(CHAPTER_TOPICS.get(`${l} ${y}`) ?? [])) pooled.add(t);
    for (const p of CPMTG_2009_PAGES) pooled.add(p.topic);
    return [...pooled];
  }
  const own = CHAPTER_TOPICS.get(chapterKey(l, year));
  return own && own.length ? clean(own) : undefined;
}

/** Spelling-insensitive key: case, spaces, hyphens and punctuation do not tell topics apart ("Anti-epilepsy" = "Antiepilepsy"). */
const loose = (s: string): string => normal(s).replace(/[^a-z0-9]+/g, '');

/**
 * Every piece of every topic string seen in real letters ("Tricyclics" from "Antidepressants for chronic pain, Tricyclics").
 * Built on first use, not while the server starts (it normalises every observed topic: a few milliseconds).
 */
let seenPiecesSet: ReadonlySet<string> | undefined;
const seenPieces = (): ReadonlySet<string> => (seenPiecesSet ??= buildSeenPieces());
function buildSeenPieces(): ReadonlySet<string> {
  const out = new Set<string>();
  for (const topics of CHAPTER_TOPICS.values()) {
    for (const t of topics) {
      if (KNOWN_MISSPELLINGS.has(t)) continue;
      out.add(loose(t));
      for (const piece of t.split(/,\s+/)) if (/^[A-Z0-9]/.test(piece) && !KNOWN_MISSPELLINGS.has(piece)) out.add(loose(piece));
    }
  }
  return out;
}

export function isKnownTopic(topic: string, known: readonly string[]): boolean {
  const m = knownMemo(known);
  const hit = m.answers.get(topic);
  if (hit !== undefined) return hit;
  const t = loose(topic);
  const answer = m.exact.has(t) || (seenPieces().has(t) && m.keys.some((k) => k.includes(t)));
  if (m.answers.size > MEMO_LIMIT) m.answers.clear();
  m.answers.set(detached(topic), answer);
  return answer;
}

/** The loose keys of a topic list, computed once per list, and the answers given for it. */
const knownMemos = new WeakMap<readonly string[], { keys: string[]; exact: Set<string>; answers: Map<string, boolean> }>();
function knownMemo(known: readonly string[]): { keys: string[]; exact: Set<string>; answers: Map<string, boolean> } {
  let m = knownMemos.get(known);
  if (!m) {
    const keys = known.map(loose);
    m = { keys, exact: new Set(keys), answers: new Map() };
    knownMemos.set(known, m);
  }
  return m;
}

/** For numbered Opioid Treatment 2016 sections ("3.3.9 Opioids for ..."): whether the number exists. */
export function opioidSectionKnown(topic: string): boolean | undefined {
  const m = /^(\d+(?:\.\d+)*)\.?\s/.exec(topic.trim() + ' ');
  if (!m) return undefined;
  // Sub-sub-sections (3.3.1.1) are listed inside their parent's title.
  return OPIOID_NUMBERS.has(m[1]) || OPIOID_NUMBERS.has(m[1].split('.').slice(0, 3).join('.'));
}
const OPIOID_NUMBERS: ReadonlySet<string> = new Set(OPIOID_2016_SECTIONS.map((s) => s.num));

/** Topics of every chapter, with their chapter key, for "this topic belongs to another chapter". */
export function chaptersWithTopic(topic: string): string[] {
  return (CHAPTERS_BY_TOPIC.get(normal(topic)) ?? []).slice();
}
/** Chapter keys by the normal form of each of their topics, in table order. */
const CHAPTERS_BY_TOPIC: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [key, topics] of CHAPTER_TOPICS) {
    for (const t of new Set(topics.map(normal))) {
      const list = m.get(t) ?? [];
      list.push(key);
      m.set(t, list);
    }
  }
  return m;
})();

// ---- 2009 Chronic Pain guideline pages ------------------------------------------------------------

/** The printed Chronic Pain guideline of 2009 has 127 pages. */
export const CPMTG_2009_PAGE_COUNT = 127;

/** True for the chapters whose Page(s) refer to the 2009 Chronic Pain guideline. */
export function isChronicPain2009(label: string, year: number | undefined): boolean {
  const l = normal(label);
  if (/^chronic pain (medical )?(treatment )?guidelines$/.test(l)) return true;
  return l === 'chronic pain medical treatment' && (year === 2009 || year === undefined);
}

const headOf = (topic: string): string => normal(topic.replace(/\(.*?\)/g, ' '));

/** The page-table rows a cited topic text names ("Benzodiazepine", "on-going management", "Muscle Relaxants"). */
export function pageTopicsFor(cited: string): PageTopic[] {
  const c = normal(cited.replace(/\(.*?\)/g, ' '));
  if (c.length < 4) return [];
  const exact = CPMTG_2009_PAGES.filter((p) => headOf(p.topic) === c);
  if (exact.length) return exact;
  const close = CPMTG_2009_PAGES.filter((p) => {
    const h = headOf(p.topic);
    const first = h.split(/,\s*/)[0];
    return editDistance(c, h) <= spellingTolerance(c) || editDistance(c, first) <= spellingTolerance(c);
  });
  if (close.length) return close;
  // A sub-topic printed alone: "on-going management" for "Opioids, on-going management (4 A's)".
  return c.length >= 8 ? CPMTG_2009_PAGES.filter((p) => headOf(p.topic).split(/,\s*/).slice(1).join(', ').startsWith(c)) : [];
}
