// Body regions: the joint or spine region a requested item names ("MRI of the left knee", "L4-5 epidural"),
// and the region an MTUS body-region chapter covers ("Knee Complaints", "Low Back Complaints"). The
// region-neutral chapters (Chronic Pain, General Approaches, Acupuncture, Opioids, Postsurgical) have none.

export type BodyRegion = 'neck' | 'upperBack' | 'shoulder' | 'elbow' | 'wristHand' | 'lowBack' | 'knee' | 'ankleFoot';

export const REGION_NAMES: Record<BodyRegion, string> = {
  neck: 'neck (cervical spine)',
  upperBack: 'upper back (thoracic spine)',
  shoulder: 'shoulder',
  elbow: 'elbow',
  wristHand: 'forearm, wrist or hand',
  lowBack: 'low back (lumbar spine)',
  knee: 'knee',
  ankleFoot: 'ankle or foot',
};

// Words that name a region in a request. Spine levels count ("C5-6", "L4-L5", "L5-S1"); "S1" alone does not
// (a nerve root of the leg). "Hip", "upper/lower extremity" and "bilateral" name no chapter's region.
const ITEM_REGIONS: readonly [BodyRegion, RegExp][] = [
  ['neck', /\bcervical\b|\bneck\b|\bC\s?[1-7]\s*-\s*(?:C\s?)?[1-7]\b|\bC-spine\b/i],
  ['upperBack', /\bthoracic\b|\bupper\s+back\b|\bT\s?(?:1[0-2]|[1-9])\s*-\s*(?:T\s?)?(?:1[0-2]|[1-9])\b/i],
  ['shoulder', /\bshoulders?\b|\brotator\s+cuff\b|\bacromio\w*|\bsubacromial\b|\bglenohumeral\b/i],
  ['elbow', /\belbows?\b|\bepicondyl\w*|\bcubital\b/i],
  ['wristHand', /\bwrists?\b|\bhands?\b(?!-?held)|\bfingers?\b|\bthumbs?\b|\bcarpal\b|\bforearms?\b|\btrigger\s+finger\b|\bde\s+quervain/i],
  [
    'lowBack',
    /\blumbar\b|\blumbosacral\b|\blow(?:er)?\s+back\b|\bL\s?[1-5]\s*-\s*(?:L\s?)?(?:[1-5]|S\s?1)\b|\bL-spine\b|\bsacroiliac\b|\bSI\s+joint/i,
  ],
  ['knee', /\bknees?\b|\bmenisc\w*|\bpatell\w*|\bACL\b/i],
  ['ankleFoot', /\bankles?\b|\bfoot\b|\bfeet\b|\btoes?\b|\bplantar\b|\bachilles\b|\bheel\b/i],
];

/** The regions a request names (in order of the list above); empty when it names none. */
export function regionsNamedIn(text: string): BodyRegion[] {
  return ITEM_REGIONS.filter(([, re]) => re.test(text)).map(([r]) => r);
}

// The 2004-2007 body-region chapters and the 2017 ACOEM-based ones, by the words of their labels.
const CHAPTER_REGIONS: readonly [RegExp, readonly BodyRegion[]][] = [
  [/\bneck\s+and\s+upper\s+back\b|\bcervical\s+and\s+thoracic\b/i, ['neck', 'upperBack']],
  [/\bshoulder\b/i, ['shoulder']],
  [/\belbow\b/i, ['elbow']],
  [/\bforearm\b|\bwrist\b|\bhand\b/i, ['wristHand']],
  // Low Back Complaints covers the thoracolumbar spine as well (ACOEM chapter 12).
  [/\blow\s+back\b|\blumbar\b/i, ['lowBack', 'upperBack']],
  [/\bknee\b/i, ['knee']],
  [/\bankle\b|\bfoot\b/i, ['ankleFoot']],
];

/** The regions an MTUS chapter covers, or undefined for a chapter that is not about one body region. */
export function chapterRegions(label: string): readonly BodyRegion[] | undefined {
  for (const [re, regions] of CHAPTER_REGIONS) if (re.test(label)) return regions;
  return undefined;
}
