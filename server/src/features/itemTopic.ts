// What a disputed item is about, for ranking citation choices: the guidelines its lines already cite (a
// reviewer's second citation usually repeats one the Claims Administrator cited), and the body region and kind
// of treatment its request names (a knee MRI -> Knee Complaints; acupuncture -> Acupuncture; a drug -> Chronic
// Pain). Read from the Letter model up to the cursor.
import type { Field, Item, Letter } from '../letter';
import { odgChapterOf } from '../kb/odg';

interface Region {
  readonly words: RegExp;
  readonly mtus?: string;
  readonly odg: string;
}

// Body regions as requests name them, with the MTUS 2004-2007 chapter and the ODG chapter for each.
const REGIONS: readonly Region[] = [
  { words: /\blumbar|\blow back|lumbosacral|\bL[1-5](?:\b|-)|sacroiliac|\bSI joint|thoraco|thoracic|\bback\b/i, mtus: 'Low Back Complaints 2004', odg: 'Low Back Chapter' },
  { words: /cervical|\bneck\b|\bC[2-7](?:\b|-)|upper back/i, mtus: 'Neck and Upper Back Complaints 2004', odg: 'Neck and Upper Back Chapter' },
  { words: /shoulder|rotator|subacromial|acromi/i, mtus: 'Shoulder Complaints 2004', odg: 'Shoulder Chapter' },
  { words: /\bknee|menisc|patell|\blegs?\b|tibia/i, mtus: 'Knee Complaints 2004', odg: 'Knee & Leg Chapter' },
  { words: /\bhands?\b|wrist|forearm|finger|thumb|carpal|quervain/i, mtus: 'Forearm, Wrist, and Hand Complaints 2004', odg: 'Forearm, Wrist, & Hand Chapter' },
  { words: /elbow|epicondyl|cubital/i, mtus: 'Elbow Complaints 2007', odg: 'Elbow Chapter' },
  { words: /ankle|\bfoot\b|\bfeet\b|\bheel|plantar|\btoes?\b/i, mtus: 'Ankle and Foot Complaints 2004', odg: 'Ankle & Foot Chapter' },
  { words: /\bhips?\b|pelvi|groin/i, odg: 'Hip & Pelvis Chapter' },
  { words: /\bhead\b|\bbrain\b|\bEEG\b|headache|concussion/i, odg: 'Head Chapter' },
  { words: /psych|depress|anxiety|\bstress\b|cognitive behav|\bCBT\b|mental/i, odg: 'Mental Illness & Stress Chapter' },
];

/** Requests about a body part rather than a drug or a therapy: imaging, electrodiagnosis, surgery, injections. */
const REGIONAL = /\bMRI|\bMRA\b|\bCT\b|x-?rays?|radiograph|\bscan\b|imaging|ultrasound|sonogra|arthrogra|surg|arthroscop|repair|fusion|decompression|replacement|ectomy|otomy|plasty|\brelease\b|inject|block|brace|splint|orthosis|orthotic/i;
const POSTOP = /post-?op|postoperative|post[- ]surg|after surgery/i;
const ACUPUNCTURE = /acupunct/i;
const OPIOIDS = /opioid|norco|hydrocodone|oxycodone|oxycontin|percocet|tramadol|ultram|morphine|fentanyl|nucynta|tapentadol|methadone|buprenorph|codeine|tylenol\s*(?:#|no\.?\s*)3|dilaudid|hydromorphone|oxymorphone|opana|butrans|suboxone|vicodin/i;
const MENTAL = /psych|depress|anxiety|\bstress\b|cognitive behav|\bCBT\b/i;

export interface ItemTopic {
  /** MTUS chapter keys ("Low Back Complaints 2004") the item cites before the cursor, the Claims Administrator's first. */
  readonly cited: readonly string[];
  /** Chapter keys cited in the field being written. */
  readonly citedHere: ReadonlySet<string>;
  /** Sections the item cites before the cursor, by chapter key (lower case). */
  readonly sectionsCited: ReadonlyMap<string, readonly string[]>;
  /** ODG chapters the item cites before the cursor. */
  readonly odgCited: readonly string[];
  /** MTUS chapter keys for what the request names, likeliest first. */
  readonly chapters: readonly string[];
  /** ODG chapters for what the request names, likeliest first. */
  readonly odg: readonly string[];
  /** The request as written (for matching section names). */
  readonly request: string;
}

const chapterKey = (label: string, year?: string): string => (year ? `${label} ${year}` : label);

/** ODG chapter for an MTUS chapter the item cites (Low Back Complaints -> Low Back; Chronic Pain -> Pain). */
function odgForMtus(key: string): string | undefined {
  const region = REGIONS.find((r) => r.mtus === key);
  if (region) return region.odg;
  return /chronic pain|opioid|acupuncture/i.test(key) ? 'Pain Chapter' : undefined;
}

export function itemTopic(letter: Letter, item: Item | undefined, field: Field | undefined, offset: number): ItemTopic {
  const cited: string[] = [];
  const citedHere = new Set<string>();
  const sectionsCited = new Map<string, string[]>();
  const odgCited: string[] = [];
  const fields = item ? [item.claimsAdministrator, item.maximus].filter((f) => f !== undefined) : [];
  for (const f of fields) {
    for (const c of f.citations) {
      if (c.span.end > offset) continue;
      if (c.kind === 'mtus' && c.chapter.text) {
        const key = chapterKey(c.chapter.text, c.year?.text);
        if (!cited.includes(key)) cited.push(key);
        if (f === field) citedHere.add(key);
        const list = sectionsCited.get(key.toLowerCase()) ?? [];
        for (const s of c.sections) if (!list.includes(s.text)) list.push(s.text);
        sectionsCited.set(key.toLowerCase(), list);
      } else if (c.kind === 'nonMtus') {
        const odg = odgChapterOf(c.source.text);
        if (odg && !odgCited.includes(odg.name)) odgCited.push(odg.name);
      }
    }
  }
  const request = item ? letter.text.slice(item.header.span.start, item.header.span.end) : '';
  const regions = REGIONS.filter((r) => r.words.test(request));
  const regionMtus = regions.flatMap((r) => (r.mtus ? [r.mtus] : []));
  const treatment: string[] = [];
  if (ACUPUNCTURE.test(request)) treatment.push('Acupuncture Treatment 2007');
  if (POSTOP.test(request)) treatment.push('Postsurgical Treatment 2009');
  if (OPIOIDS.test(request)) treatment.push('Opioid Treatment 2016');
  if (MENTAL.test(request)) treatment.push('Chronic Pain Medical Treatment 2016', 'Stress-Related Conditions 2004');
  treatment.push('Chronic Pain Medical Treatment 2016');
  const regional = REGIONAL.test(request);
  const chapters = [...new Set(regional ? [...regionMtus, ...treatment] : [...treatment.slice(0, 1), ...regionMtus, ...treatment.slice(1)])];
  const regionOdg = regions.map((r) => r.odg);
  const odg = [...new Set([...(regional || !regionOdg.length ? regionOdg : []), ...cited.map(odgForMtus).filter((o): o is string => !!o), ...regionOdg, 'Pain Chapter'])];
  return { cited, citedHere, sectionsCited, odgCited, chapters, odg, request };
}

/**
 * The labels the letter, before `offset`, prints without a year (the 2014 way: "Chronic Pain Treatment
 * Guidelines ... Page(s): 24"), commonest first; empty when most of its citations carry a year.
 */
export function labelsWithoutYears(letter: Letter, offset: number): string[] {
  let withYear = 0;
  const without = new Map<string, number>();
  for (const item of letter.items) {
    if (item.span.start > offset) break;
    for (const f of [item.claimsAdministrator, item.maximus]) {
      for (const c of f?.citations ?? []) {
        // The citation being written (it reaches the cursor) says nothing yet.
        if (c.kind !== 'mtus' || c.span.end >= offset || !c.chapter.text) continue;
        if (c.year) withYear++;
        else without.set(c.chapter.text, (without.get(c.chapter.text) ?? 0) + 1);
      }
    }
  }
  const total = [...without.values()].reduce((a, b) => a + b, 0);
  return total > withYear ? [...without.entries()].sort((a, b) => b[1] - a[1]).map(([label]) => label) : [];
}
