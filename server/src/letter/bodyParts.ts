// The body parts and sides a request and its rationale name: "MRI of the cervical and thoracic spine",
// "continued pain of the lumbar spine", "right knee". A request is read by its own words; a rationale also
// by the anatomy that stands for a part (L4-5 for the lumbar spine, metacarpal for the hand).

export type BodyPart =
  | 'cervical spine'
  | 'thoracic spine'
  | 'lumbar spine'
  | 'shoulder'
  | 'elbow'
  | 'wrist'
  | 'hand'
  | 'hip'
  | 'knee'
  | 'leg'
  | 'ankle'
  | 'foot';

export type Side = 'left' | 'right' | 'bilateral';

const PARTS: readonly { part: BodyPart; named: RegExp; discussed: RegExp }[] = [
  { part: 'cervical spine', named: /\b(?:cervical|neck)\b/i, discussed: /\b(?:cervical|neck|C[1-7] ?- ?(?:C?[1-7]|T1))\b/i },
  {
    part: 'thoracic spine',
    named: /\b(?:thoracic|mid[- ]?back)\b/i,
    discussed: /\b(?:thoracic|mid[- ]?back|upper back|T\d{1,2} ?- ?(?:T?\d{1,2}|L1))\b/i,
  },
  {
    part: 'lumbar spine',
    named: /\b(?:lumbar|lumbosacral|low(?:er)? back)\b/i,
    discussed: /\b(?:lumbar|lumbosacral|low(?:er)? back|L[1-5] ?- ?(?:L?[1-5]|S1)|sciatica)\b/i,
  },
  { part: 'shoulder', named: /\bshoulders?\b/i, discussed: /\b(?:shoulders?|rotator cuff|acromio\w*|glenohumeral|subacromial)\b/i },
  { part: 'elbow', named: /\belbows?\b/i, discussed: /\b(?:elbows?|epicondyl\w*|cubital)\b/i },
  { part: 'wrist', named: /\bwrists?\b/i, discussed: /\b(?:wrists?|carpal)\b/i },
  {
    part: 'hand',
    named: /\b(?:hands?|fingers?|thumbs?)\b/i,
    discussed: /\b(?:hands?|fingers?|thumbs?|metacarp\w*|phalan\w*|digits?|trigger)\b/i,
  },
  { part: 'hip', named: /\bhips?\b/i, discussed: /\b(?:hips?|femoral|acetabul\w*|trochanter\w*)\b/i },
  { part: 'knee', named: /\bknees?\b/i, discussed: /\b(?:knees?|menisc\w*|patell\w*|ACL)\b/i },
  { part: 'leg', named: /\b(?:legs?|lower extremit(?:y|ies))\b/i, discussed: /\b(?:legs?|tibia\w*|fibula\w*|ankles?|knees?|calf)\b/i },
  { part: 'ankle', named: /\bankles?\b/i, discussed: /\b(?:ankles?|malleol\w*|achilles)\b/i },
  { part: 'foot', named: /\b(?:foot|feet|toes?)\b/i, discussed: /\b(?:foot|feet|toes?|plantar|heel|metatars\w*|calcane\w*)\b/i },
];

/** The body parts a request names. */
export function partsNamed(text: string): BodyPart[] {
  return PARTS.filter((p) => p.named.test(text)).map((p) => p.part);
}

// A sentence about the worker, not a guideline's or a study's ("... patients with chronic refractory patellar tendinopathy").
const ABOUT_THE_WORKER = /\b(?:the (?:patient|injured worker|worker|claimant|applicant|employee)|he|she|his|her)\b/i;

// A sentence that states a guideline or restates the request rather than the worker's findings.
const GUIDELINE_OR_REQUEST = /\b(?:guidelines?|MTUS|ACOEM|ODG|recommend\w*|requested|request for|the request)\b/i;

const sentences = (text: string): string[] => text.split(/(?<=\.) (?=[A-Z])/);

/** The body parts a rationale discusses, by name or by anatomy: anywhere, or (`aboutTheWorker`) in its sentences about the worker only. */
export function partsDiscussed(text: string, aboutTheWorker = false): BodyPart[] {
  const about = aboutTheWorker
    ? sentences(text)
        .filter((s) => ABOUT_THE_WORKER.test(s))
        .join(' ')
    : text;
  return PARTS.filter((p) => p.discussed.test(about)).map((p) => p.part);
}

const SPINE: readonly BodyPart[] = ['cervical spine', 'thoracic spine', 'lumbar spine'];
/** Parts that a rationale about the other may rightly discuss (a lower leg takes in its ankle and knee). */
const NEIGHBOURS: readonly (readonly [BodyPart, BodyPart])[] = [
  ['leg', 'knee'],
  ['leg', 'ankle'],
  ['leg', 'foot'],
  ['leg', 'hip'],
  ['hand', 'wrist'],
  ['ankle', 'foot'],
];

/**
 * The parts a rationale discusses about the worker instead of the requested ones: for a spine request,
 * other spine regions; for a joint, other joints and limbs, neighbours aside. Empty when the rationale
 * names a requested part outside its guideline sentences and the request's restatement, or discusses
 * nothing comparable (a lumbar request whose rationale speaks of the legs' neurology is about the spine).
 */
export function partsInstead(named: readonly BodyPart[], rationale: string): BodyPart[] {
  if (!named.length) return [];
  // Where the rationale names the requested part matters: a guideline's words or the request restated
  // ("The request is for a MRI of the Elbow") do not show that the worker's elbow was discussed.
  const factual = sentences(rationale)
    .filter((s) => !GUIDELINE_OR_REQUEST.test(s))
    .join(' ');
  if (named.some((p) => partsDiscussed(factual).includes(p))) return [];
  const discussed = partsDiscussed(rationale, true);
  const near = (a: BodyPart, b: BodyPart): boolean => NEIGHBOURS.some((g) => g.includes(a) && g.includes(b));
  const spine = named.some((p) => SPINE.includes(p));
  const joint = named.some((p) => !SPINE.includes(p));
  if (spine && joint) return [];
  if (named.some((p) => discussed.some((d) => near(p, d)))) return [];
  return discussed.filter((d) => SPINE.includes(d) === spine && !named.includes(d));
}

// "right knee", "left upper extremity", "bilateral shoulders": a side, then the part (a word or two between).
const SIDED =
  /\b(left|right|bilateral)(?: (?:upper|lower|proximal|distal|index|middle|ring|small))? (shoulders?|elbows?|wrists?|hands?|fingers?|thumbs?|hips?|knees?|legs?|ankles?|foot|feet)\b/gi;

const PART_OF_WORD: Record<string, BodyPart> = {
  shoulder: 'shoulder',
  elbow: 'elbow',
  wrist: 'wrist',
  hand: 'hand',
  finger: 'hand',
  thumb: 'hand',
  hip: 'hip',
  knee: 'knee',
  leg: 'leg',
  ankle: 'ankle',
  foot: 'foot',
  feet: 'foot',
};

/** Each side-and-part pair written in the text ("right knee" gives right, knee). */
export function sidedParts(text: string): { side: Side; part: BodyPart; text: string }[] {
  const out: { side: Side; part: BodyPart; text: string }[] = [];
  for (const m of text.replace(/\s+/g, ' ').matchAll(SIDED)) {
    const word = m[2].toLowerCase();
    const part = PART_OF_WORD[word === 'feet' ? 'feet' : word.replace(/s$/, '')];
    if (part) out.push({ side: m[1].toLowerCase() as Side, part, text: m[0] });
  }
  return out;
}
