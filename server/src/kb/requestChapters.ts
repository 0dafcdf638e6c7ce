// Which guideline chapters cover a request, from the words it is written in: the body region (a knee MRI ->
// Knee Complaints, ODG Knee & Leg) and the kind of treatment (acupuncture -> Acupuncture Treatment; an opioid
// -> Opioid Treatment; a drug or a therapy -> Chronic Pain). Used to rank completion choices and to fill an
// inserted guideline line with a likely citation.

interface Region {
  readonly words: RegExp;
  readonly mtus?: string;
  readonly odg: string;
}

// Body regions as requests name them, with the MTUS 2004-2007 chapter and the ODG chapter for each.
const REGIONS: readonly Region[] = [
  {
    words: /\blumbar|\blow back|lumbosacral|\bL[1-5](?:\b|-)|sacroiliac|\bSI joint|thoraco|thoracic|\bback\b|lower extremit/i,
    mtus: 'Low Back Complaints 2004',
    odg: 'Low Back Chapter',
  },
  {
    words: /cervical|\bneck\b|\bC[2-7](?:\b|-)|upper back/i,
    mtus: 'Neck and Upper Back Complaints 2004',
    odg: 'Neck and Upper Back Chapter',
  },
  { words: /shoulder|rotator|subacromial|acromi/i, mtus: 'Shoulder Complaints 2004', odg: 'Shoulder Chapter' },
  { words: /\bknee|menisc|patell|\blegs?\b|tibia/i, mtus: 'Knee Complaints 2004', odg: 'Knee & Leg Chapter' },
  {
    words: /\bhands?\b|wrist|forearm|finger|thumb|carpal|quervain|upper extremit/i,
    mtus: 'Forearm, Wrist, and Hand Complaints 2004',
    odg: 'Forearm, Wrist, & Hand Chapter',
  },
  { words: /elbow|epicondyl|cubital/i, mtus: 'Elbow Complaints 2007', odg: 'Elbow Chapter' },
  { words: /ankle|\bfoot\b|\bfeet\b|\bheel|plantar|\btoes?\b/i, mtus: 'Ankle and Foot Complaints 2004', odg: 'Ankle & Foot Chapter' },
  { words: /\bhips?\b|pelvi|groin/i, odg: 'Hip & Pelvis Chapter' },
  { words: /\bhead\b|\bbrain\b|\bEEG\b|headache|concussion/i, odg: 'Head Chapter' },
  { words: /psych|depress|anxiety|\bstress\b|cognitive behav|\bCBT\b|mental/i, odg: 'Mental Illness & Stress Chapter' },
];

/** Requests about a body part rather than a drug or a therapy: imaging, electrodiagnosis, surgery, injections. */
const REGIONAL =
  /\bMRI|\bMRA\b|\bCT\b|x-?rays?|radiograph|\bscan\b|imaging|ultrasound|sonogra|arthrogra|surg|arthroscop|repair|fusion|decompression|replacement|ectomy|otomy|plasty|\brelease\b|inject|block|brace|splint|orthosis|orthotic/i;
const POSTOP = /post-?op|postoperative|post[- ]surg|after surgery/i;
const ACUPUNCTURE = /acupunct/i;
const OPIOIDS =
  /opioid|norco|hydrocodone|oxycodone|oxycontin|percocet|tramadol|ultram|morphine|fentanyl|nucynta|tapentadol|methadone|buprenorph|codeine|tylenol\s*(?:#|no\.?\s*)3|dilaudid|hydromorphone|oxymorphone|opana|butrans|suboxone|vicodin/i;
/** Assessments rather than treatments: evaluations, consultations, clearances (General Approaches). */
const ASSESSMENT = /evaluation|consult|clearance|\bFCE\b|functional capacity|referral|\bIME\b/i;
const MENTAL = /psych|depress|anxiety|\bstress\b|cognitive behav|\bCBT\b/i;

/** The ODG chapter for an MTUS chapter key (Low Back Complaints 2004 -> Low Back; Chronic Pain -> Pain). */
export function odgForMtus(key: string): string | undefined {
  const region = REGIONS.find((r) => r.mtus === key);
  if (region) return region.odg;
  return /chronic pain|opioid|acupuncture/i.test(key) ? 'Pain Chapter' : undefined;
}

export interface RequestChapters {
  /** MTUS chapter keys ("Knee Complaints 2004"), likeliest first. */
  readonly mtus: readonly string[];
  /** ODG chapters, likeliest first (always ending with the Pain chapter). */
  readonly odg: readonly string[];
  /** The ODG chapters of the body regions named, first when the request is about a body part (imaging, surgery). */
  readonly regionOdg: readonly string[];
}

export function chaptersForRequest(request: string): RequestChapters {
  const regions = REGIONS.filter((r) => r.words.test(request));
  const regionMtus = regions.flatMap((r) => (r.mtus ? [r.mtus] : []));
  const treatment: string[] = [];
  if (ACUPUNCTURE.test(request)) treatment.push('Acupuncture Treatment 2007');
  if (POSTOP.test(request)) treatment.push('Postsurgical Treatment 2009');
  if (OPIOIDS.test(request)) treatment.push('Opioid Treatment 2016');
  if (MENTAL.test(request)) treatment.push('Chronic Pain Medical Treatment 2016', 'Stress-Related Conditions 2004');
  treatment.push('Chronic Pain Medical Treatment 2016');
  if (ASSESSMENT.test(request)) treatment.push('General Approaches 2004');
  const regional = REGIONAL.test(request);
  const mtus = [...new Set(regional ? [...regionMtus, ...treatment] : [...treatment.slice(0, 1), ...regionMtus, ...treatment.slice(1)])];
  const odgOfRegions = regions.map((r) => r.odg);
  return { mtus, odg: [...new Set([...odgOfRegions, 'Pain Chapter'])], regionOdg: regional || !odgOfRegions.length ? odgOfRegions : [] };
}
