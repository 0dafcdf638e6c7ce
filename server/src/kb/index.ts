// The guideline knowledge base: MTUS chapters, the topic vocabulary seen in real letters, the 2009 Chronic
// Pain guideline's page table and the 2016 Opioids guideline's sections. Data is bundled JSON (no I/O).
import chaptersJson from './mtus_chapters.json';
import observedJson from './observed_sections_2016_2017.json';
import pagesJson from './mtus_cpmtg_2009_pages.json';
import opioidsJson from './mtus_opioids_2016_sections.json';

export interface MtusChapter {
  /** The label as printed in letters, e.g. "Low Back Complaints". */
  readonly label: string;
  /** The year printed after it; undefined for 2014-era labels printed without one. */
  readonly year?: number;
  readonly reg?: string;
  readonly basis?: string;
  readonly era: '2009' | '2016' | '2017' | '2014-label';
}

type RawChapter = { label: string; year: number; reg?: string | null; basis?: string | null };
const raw = chaptersJson as unknown as Record<string, RawChapter[] | string>;

function chaptersOf(key: string, era: MtusChapter['era']): MtusChapter[] {
  const list = raw[key];
  if (!Array.isArray(list)) return [];
  return list.map((c) => ({ label: c.label, year: c.year, reg: c.reg ?? undefined, basis: c.basis ?? undefined, era }));
}

/** Labels of the 2014 letters, printed without a year ("MTUS Chronic Pain Treatment Guidelines ... Page(s): 24"). */
const LABELS_WITHOUT_YEAR: MtusChapter[] = [
  { label: 'Chronic Pain Medical Treatment Guidelines', reg: '8 CCR 9792.24.2', era: '2014-label' },
  { label: 'Chronic Pain Treatment Guidelines', reg: '8 CCR 9792.24.2', era: '2014-label' },
  { label: 'Chronic Pain Guidelines', reg: '8 CCR 9792.24.2', era: '2014-label' },
  { label: 'ACOEM Practice Guidelines', era: '2014-label' },
  { label: 'American College of Occupational and Environmental Medicine (ACOEM)', era: '2014-label' },
  { label: 'ACOEM', era: '2014-label' },
  { label: 'Postsurgical Treatment Guidelines', reg: '8 CCR 9792.24.3', era: '2014-label' },
  { label: 'Acupuncture Medical Treatment Guidelines', reg: '8 CCR 9792.24.1', era: '2014-label' },
];

export const MTUS_CHAPTERS: readonly MtusChapter[] = [
  ...chaptersOf('pre_2017_labels_as_used_in_letters', '2016').map((c) => ({
    ...c,
    era: (c.year === 2009 ? '2009' : '2016') as MtusChapter['era'],
  })),
  ...chaptersOf('mtus_2017_acoem_based_labels', '2017'),
  ...LABELS_WITHOUT_YEAR,
];

/** Every distinct chapter label, longest first so that prefixes never win over the full label. */
export const CHAPTER_LABELS: readonly string[] = [...new Set(MTUS_CHAPTERS.map((c) => c.label))].sort((a, b) => b.length - a.length);

const normal = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Finds the chapters printed with this label (any year). */
export function chaptersByLabel(label: string): MtusChapter[] {
  const l = normal(label);
  return MTUS_CHAPTERS.filter((c) => normal(c.label) === l);
}

/** The chapter for this label and year, if that pair exists. */
export function findChapter(label: string, year: number | undefined): MtusChapter | undefined {
  return chaptersByLabel(label).find((c) => c.year === year);
}

type Observed = { chapters: Record<string, { section_string: string; count: number }[]> };
const observed = observedJson as unknown as Observed;

/** The known "Section(s):" topics per chapter key ("Low Back Complaints 2004"), single topics only. */
export const CHAPTER_TOPICS: ReadonlyMap<string, readonly string[]> = (() => {
  const opioidTitles = (opioidsJson as unknown as { sections: { num: string; title: string }[] }).sections;
  const map = new Map<string, string[]>();
  for (const [key, list] of Object.entries(observed.chapters)) {
    const all = list.map((x) => x.section_string).filter((s) => s !== '(none)');
    const set = new Set(all);
    // A string made of other known strings joined by ", " is a multi-topic citation, not a topic.
    const atomic = all.filter((s) => !isComposite(s, set));
    map.set(key, [...new Set(atomic)]);
  }
  const opioids = map.get('Opioid Treatment 2016') ?? [];
  for (const s of opioidTitles) opioids.push(`${s.num} ${s.title}`);
  map.set('Opioid Treatment 2016', [...new Set(opioids)]);
  return map;
})();

function isComposite(s: string, known: Set<string>): boolean {
  const parts = s.split(', ');
  if (parts.length < 2) return false;
  // Dynamic programming over ", " boundaries: can s be cut into 2+ known strings?
  const ok: boolean[] = new Array(parts.length + 1).fill(false);
  const pieces: number[] = new Array(parts.length + 1).fill(0);
  ok[0] = true;
  for (let i = 1; i <= parts.length; i++) {
    for (let j = 0; j < i; j++) {
      if (ok[j] && known.has(parts.slice(j, i).join(', ')) && !(j === 0 && i === parts.length)) {
        ok[i] = true;
        pieces[i] = pieces[j] + 1;
        break;
      }
    }
  }
  return ok[parts.length] && pieces[parts.length] >= 2;
}

export interface PageTopic {
  readonly topic: string;
  readonly pages: string;
  readonly pageList: readonly number[];
  /** A: confirmed by a real letter; B: commonly cited, unverified (hints only). */
  readonly confidence: 'A' | 'B';
}

export const CPMTG_2009_PAGES: readonly PageTopic[] = (
  pagesJson as unknown as { topics: { topic: string; pages: string; page_list: number[]; confidence: string }[] }
).topics.map((t) => ({ topic: t.topic, pages: t.pages, pageList: t.page_list, confidence: t.confidence.startsWith('A') ? 'A' : 'B' }));

export const OPIOID_2016_SECTIONS: readonly { num: string; title: string }[] = (
  opioidsJson as unknown as { sections: { num: string; title: string }[] }
).sections;
