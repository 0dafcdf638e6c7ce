// ODG (Official Disability Guidelines) chapters, as real letters name them after "Non-MTUS Citation":
// "Official Disability Guidelines (ODG), Low Back Chapter", "... (ODG) Pain (Chronic)", "... Knee & Leg, ...".
// The chapter is the first body region or subject named after the guideline's name.

export interface OdgChapter {
  /** The chapter as letters usually write it after "Official Disability Guidelines (ODG), ". */
  readonly name: string;
  /** Words that name this chapter in a written citation. */
  readonly words: RegExp;
}

export const ODG_CHAPTERS: readonly OdgChapter[] = [
  { name: 'Pain Chapter', words: /\bpain\b|\bchronic pain\b/ },
  { name: 'Low Back Chapter', words: /\blow\s*back\b|\blumbar\b|\blumbosacral\b/ },
  { name: 'Neck and Upper Back Chapter', words: /\bneck\b|\bcervical\b|\bupper back\b/ },
  { name: 'Shoulder Chapter', words: /\bshoulders?\b/ },
  { name: 'Knee & Leg Chapter', words: /\bknees?\b|\blegs?\b/ },
  { name: 'Forearm, Wrist, & Hand Chapter', words: /\bforearm\b|\bwrists?\b|\bhands?\b/ },
  { name: 'Hip & Pelvis Chapter', words: /\bhips?\b|\bpelvis\b/ },
  { name: 'Ankle & Foot Chapter', words: /\bankles?\b|\bfoot\b|\bfeet\b/ },
  { name: 'Elbow Chapter', words: /\belbows?\b/ },
  { name: 'Head Chapter', words: /\bhead\b/ },
  { name: 'Mental Illness & Stress Chapter', words: /\bmental\b|\bstress\b/ },
  { name: 'Carpal Tunnel Syndrome Chapter', words: /\bcarpal\b/ },
  { name: 'Fitness for Duty Chapter', words: /\bfitness for duty\b/ },
  { name: 'Physical Therapy Guidelines', words: /\bphysical (?:therapy|medicine) guidelines\b|\bpreface\b/ },
];

export const ODG_PREFIX = 'Official Disability Guidelines (ODG), ';

const GUIDELINE_NAME = /^\s*(?:official\s+disability\s+guidelines?|odg)\s*(?:\(odg\))?\s*(?:guidelines?)?[\s,:;-]*/i;

/** The ODG chapter a written citation names ("Official Disability Guidelines (ODG) MRI shoulder" -> Shoulder), if any. */
export function odgChapterOf(source: string): OdgChapter | undefined {
  const lower = source.toLowerCase();
  const name = GUIDELINE_NAME.exec(lower);
  if (!name) return undefined;
  const rest = lower.slice(name[0].length);
  let best: { chapter: OdgChapter; at: number } | undefined;
  for (const chapter of ODG_CHAPTERS) {
    const m = chapter.words.exec(rest);
    if (m && (!best || m.index < best.at)) best = { chapter, at: m.index };
  }
  return best?.chapter;
}
