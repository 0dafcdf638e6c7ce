// MTUS chapters by what they are, whichever way a letter names them: the label of a "Decision based on MTUS
// <Chapter> <Year>" citation, or prose in a rationale ("the California MTUS 2016 Chronic Pain Guidelines",
// "ACOEM, Chapter 12, Low Back Complaints", "MTUS 2009 Acupuncture Guidelines", "the MTUS Opioids Treatment
// Guidelines"). The 2004 body-region chapters are ACOEM's 2nd edition chapters 8-14, adopted by the MTUS;
// General Approaches is its chapters 1-7.

export type GuidelineChapter =
  | 'generalApproaches'
  | 'neckUpperBack'
  | 'shoulder'
  | 'elbow'
  | 'wristHand'
  | 'lowBack'
  | 'knee'
  | 'ankleFoot'
  | 'stress'
  | 'chronicPain'
  | 'opioids'
  | 'acupuncture'
  | 'postsurgical';

export const CHAPTER_NAMES: Record<GuidelineChapter, string> = {
  generalApproaches: 'General Approaches',
  neckUpperBack: 'Neck and Upper Back Complaints',
  shoulder: 'Shoulder Complaints',
  elbow: 'Elbow Complaints',
  wristHand: 'Forearm, Wrist, and Hand Complaints',
  lowBack: 'Low Back Complaints',
  knee: 'Knee Complaints',
  ankleFoot: 'Ankle and Foot Complaints',
  stress: 'Stress-Related Conditions',
  chronicPain: 'Chronic Pain Medical Treatment Guidelines',
  opioids: 'Opioid Treatment Guidelines',
  acupuncture: 'Acupuncture Medical Treatment Guidelines',
  postsurgical: 'Postsurgical Treatment Guidelines',
};

/** ACOEM 2nd edition (2004) chapter numbers as the MTUS adopted them. */
const ACOEM_CHAPTERS: Record<number, GuidelineChapter> = {
  1: 'generalApproaches',
  2: 'generalApproaches',
  3: 'generalApproaches',
  4: 'generalApproaches',
  5: 'generalApproaches',
  6: 'generalApproaches',
  7: 'generalApproaches',
  8: 'neckUpperBack',
  9: 'shoulder',
  10: 'elbow',
  11: 'wristHand',
  12: 'lowBack',
  13: 'knee',
  14: 'ankleFoot',
  15: 'stress',
};

// Labels as printed on citation lines, 2004-2016 and the Dec 2017 ACOEM-based MTUS.
const LABELS: readonly [RegExp, GuidelineChapter][] = [
  [/general\s+approaches|initial\s+approaches/i, 'generalApproaches'],
  [/neck\s+and\s+upper\s+back|cervical\s+and\s+thoracic/i, 'neckUpperBack'],
  [/shoulder/i, 'shoulder'],
  [/elbow/i, 'elbow'],
  [/forearm|wrist|hand/i, 'wristHand'],
  [/low\s+back/i, 'lowBack'],
  [/knee/i, 'knee'],
  [/ankle|foot/i, 'ankleFoot'],
  [/stress/i, 'stress'],
  [/opioid/i, 'opioids'],
  [/chronic\s+pain/i, 'chronicPain'],
  [/acupuncture/i, 'acupuncture'],
  [/post-?\s*surgical/i, 'postsurgical'],
];

/** The chapter of an MTUS citation's label ("Low Back Complaints", "Chronic Pain Medical Treatment"). */
export function chapterOfLabel(label: string): GuidelineChapter | undefined {
  for (const [re, chapter] of LABELS) if (re.test(label)) return chapter;
  return undefined;
}

/** A chapter named in prose, with the year printed just before its name when there is one. */
export interface ChapterMention {
  readonly chapter: GuidelineChapter;
  readonly year?: number;
  /** Named by ACOEM chapter number ("ACOEM, Chapter 8"), not by title. */
  readonly byNumber?: boolean;
  /** Where the year stands, relative to the text given. */
  readonly yearSpan?: { readonly start: number; readonly end: number };
  /** Offsets relative to the text given. */
  readonly start: number;
  readonly end: number;
}

// Region chapters by their printed title, case-sensitive: "most knee complaints" in prose is no chapter.
const REGION_TITLE =
  /\b(Neck and Upper Back|Cervical and Thoracic Spine|Shoulder|Elbow|Forearm, Wrist,? and Hand|Hand, Wrist,? and Forearm|Low Back|Knee|Ankle and Foot) (?:Complaints|Disorders)\b/g;
const ACOEM_CHAPTER = /\bACOEM\b[^.;]{0,40}?\bChapter\s*(\d{1,2})\b|\bChapter\s*(\d{1,2})\b[^.;]{0,30}?\bACOEM\b/gi;
// The guideline documents the DWC wrote itself: named with "Guidelines" (or its abbreviation).
const DOCUMENTS: readonly [RegExp, GuidelineChapter][] = [
  [/\bChronic\s+Pain\s+(?:Medical\s+)?(?:Treatment\s+)?Guidelines?\b|\bCPMTG\b/gi, 'chronicPain'],
  [/\bOpioids?\s+(?:Treatment\s+)?Guidelines?\b/gi, 'opioids'],
  [/\bAcupuncture\s+(?:Medical\s+)?(?:Treatment\s+)?Guidelines?\b/gi, 'acupuncture'],
  [/\bPost-?\s*surgical\s+(?:Treatment\s+)?Guidelines?\b/gi, 'postsurgical'],
];
// Another publisher named just before ("ODG Chronic Pain guidelines", "Official Disability Guidelines Pain").
const OTHER_PUBLISHER = /\b(?:ODG|Official\s+Disability\s+Guidelines?|AAOS|ACOEM)\b[\s\w()',-]{0,25}$/i;
const THIRD_EDITION = /\b(?:3rd|third)\s+ed(?:ition|\.)?/i;
const MTUS_NEAR = /\b(?:MTUS|California|Medical\s+Treatment\s+Utilization\s+Schedule)\b[\s\w()',-]{0,30}$/i;

/** The MTUS chapters a text names, in text order. */
export function chapterMentions(text: string): ChapterMention[] {
  const out: ChapterMention[] = [];
  const add = (chapter: GuidelineChapter, start: number, end: number, byNumber = false) => {
    // ACOEM's own 3rd edition ("the Third Edition ACOEM Guidelines Knee Disorders Chapter") is not an MTUS chapter.
    if (THIRD_EDITION.test(text.slice(Math.max(0, start - 80), start))) return;
    const before = text.slice(Math.max(0, start - 40), start);
    const year = /\b((?:19|20)\d\d)\s+(?:(?:MTUS|California|CA|Medical Treatment Utilization Schedule)\s+)*$/.exec(before);
    const from = start - before.length;
    out.push({
      chapter,
      start,
      end,
      ...(byNumber ? { byNumber } : {}),
      ...(year ? { year: Number(year[1]), yearSpan: { start: from + year.index, end: from + year.index + 4 } } : {}),
    });
  };
  let m: RegExpExecArray | null;
  REGION_TITLE.lastIndex = 0;
  while ((m = REGION_TITLE.exec(text))) {
    const c = chapterOfLabel(m[1]);
    if (c) add(c, m.index, m.index + m[0].length);
  }
  ACOEM_CHAPTER.lastIndex = 0;
  while ((m = ACOEM_CHAPTER.exec(text))) {
    const c = ACOEM_CHAPTERS[Number(m[1] ?? m[2])];
    if (c) add(c, m.index, m.index + m[0].length, true);
  }
  for (const [re, chapter] of DOCUMENTS) {
    re.lastIndex = 0;
    while ((m = re.exec(text))) {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      if (OTHER_PUBLISHER.test(before) && !MTUS_NEAR.test(before)) continue;
      add(chapter, m.index, m.index + m[0].length);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
