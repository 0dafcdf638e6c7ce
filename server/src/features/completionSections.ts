// The "Section(s):" choices of an MTUS chapter, ranked for the item: sections the item already cites for the
// chapter, then those its request points to (an MRI -> Special Studies; cyclobenzaprine -> Muscle relaxants),
// then how often real letters cite them. Every section real letters cite counts, including those seen only
// in a list ("Diagnostic Criteria, Special Studies" gives Low Back Complaints 2004 its "Diagnostic Criteria").
import { CHAPTER_TOPICS } from '../kb';
import observedJson from '../kb/observed_sections_2016_2017.json';
import { observedCount } from './citationInfo';
import type { ItemTopic } from './itemTopic';

const observed = (observedJson as unknown as { chapters: Record<string, { section_string: string }[]> }).chapters;

// What a request names -> the sections that cover it.
const HINTS: readonly { request: RegExp; section: RegExp }[] = [
  {
    request: /\bMRI|\bMRA\b|\bCT\b|x-?rays?|radiograph|\bscan\b|imaging|sonogra|arthrogra/i,
    section: /^(?:Special Studies|Diagnostic Criteria)$/i,
  },
  { request: /\bEMG|\bNCV|\bNCS|electrodiagnos|nerve conduction|electromyog/i, section: /electrodiagnostic|^Special Studies$/i },
  {
    request: /physical therap|\bPT\b|therapeutic exercise|home exercise|aquatic|physiother/i,
    section: /physical medicine|^Physical Methods$|aquatic/i,
  },
  { request: /chiropract|manipulat|manual therap|myofascial|massage/i, section: /manual therapy|massage|^Physical Methods$/i },
  {
    request: /\bTENS\b|electrical stim|e-?stim|h-?wave|interferential|\bIF unit|neuromuscular/i,
    section: /TENS|H-wave|interferential|NMES/i,
  },
  {
    request: /cream|\bgel\b|patch|topical|compound|ointment|lidocaine|lidoderm|flector|terocin|ketoprofen|capsaicin/i,
    section: /topical|compound|lidoderm|flector/i,
  },
  // Compounded oral suspensions, sold under brand names.
  { request: /deprizine|dicopanol|fanatrex|synapryn|tabradol/i, section: /compound/i },
  {
    request:
      /cyclobenzaprine|flexeril|baclofen|tizanidine|zanaflex|methocarbamol|robaxin|carisoprodol|\bsoma\b|orphenadrine|norflex|metaxalone|skelaxin|muscle relax/i,
    section: /muscle relaxants|cyclobenzaprine|carisoprodol/i,
  },
  {
    request: /ibuprofen|naproxen|anaprox|motrin|diclofenac|voltaren|meloxicam|mobic|celebrex|celecoxib|nabumetone|relafen|etodolac|NSAID/i,
    section: /^NSAIDs \(|anti-inflammatory|^Initial Care$/i,
  },
  {
    request: /omeprazole|prilosec|pantoprazole|protonix|lansoprazole|esomeprazole|nexium|ranitidine|pepcid|famotidine|zantac/i,
    section: /proton pump|NSAIDs, GI/i,
  },
  {
    request:
      /norco|hydrocodone|oxycodone|oxycontin|percocet|tramadol|ultram|morphine|fentanyl|nucynta|tapentadol|methadone|buprenorph|codeine|dilaudid|opana|butrans|vicodin|opioid/i,
    section: /opioid|tramadol|3\.3\.9/i,
  },
  {
    request: /surg|arthroscop|repair|fusion|decompression|replacement|ectomy|otomy|plasty|\brelease\b/i,
    section: /^Surgical Considerations$/i,
  },
  { request: /epidural|\bESI\b/i, section: /epidural/i },
  { request: /facet|medial branch|radiofrequency/i, section: /facet|radiofrequency/i },
  { request: /trigger point/i, section: /trigger point/i },
  { request: /psych|cognitive behav|\bCBT\b|biofeedback/i, section: /psycholog|behavioral|biofeedback/i },
  { request: /urine|drug screen|drug test|toxicolog/i, section: /drug testing|urine drug/i },
  { request: /office visit|follow[- ]?up|consult|evaluat|referral|\bvisit/i, section: /office visits|follow-up visits/i },
  { request: /insomnia|sleep|ambien|zolpidem|sonata|lunesta/i, section: /insomnia/i },
  { request: /gabapentin|neurontin|lyrica|pregabalin|topiramate|topamax/i, section: /anti-epilepsy/i },
  {
    request: /amitriptyline|cymbalta|duloxetine|trazodone|elavil|nortriptyline|wellbutrin|bupropion|antidepress/i,
    section: /antidepressants|bupropion/i,
  },
  { request: /xanax|alprazolam|valium|diazepam|klonopin|clonazepam|ativan|lorazepam|benzodiazep/i, section: /benzodiazepine/i },
  { request: /home health|home care|\bHHA\b/i, section: /home health/i },
  {
    request: /work hardening|work conditioning|functional restoration|\bFRP\b|chronic pain program/i,
    section: /work conditioning|functional restoration|chronic pain programs/i,
  },
  { request: /ondansetron|zofran|nausea|antiemetic/i, section: /antiemetics/i },
  { request: /constipation|senna|colace|docusate|linzess|amitiza/i, section: /constipation/i },
  { request: /ultrasound, therapeutic|therapeutic ultrasound|\bultrasound\b/i, section: /ultrasound/i },
];

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The sections of every chapter's table of contents: what a list of sections can be split into. */
const KNOWN_SECTIONS: ReadonlySet<string> = new Set([...CHAPTER_TOPICS.values()].flat());

/** Every section real letters cite in a chapter, single sections only, commonest first. */
export function chapterSections(chapterKey: string): readonly string[] {
  const [key, topics] = [...CHAPTER_TOPICS.entries()].find(([k]) => k.toLowerCase() === chapterKey.toLowerCase()) ?? [chapterKey, []];
  const out = new Set<string>();
  const add = (t: string) => {
    // A list ("Diagnostic Criteria, Special Studies"): its known parts are sections of the chapter.
    const parts = splitKnown(t, KNOWN_SECTIONS);
    if (parts.length > 1) for (const p of parts) out.add(p);
    else {
      // A list with a misspelt piece ("Inital Care, Physical Methods"): its known pieces only.
      const pieces = t.split(', ');
      const knownPieces = pieces.length > 1 ? pieces.filter((p) => KNOWN_SECTIONS.has(p)) : [];
      for (const p of knownPieces.length ? knownPieces : [t]) out.add(p);
    }
  };
  for (const t of topics) add(t);
  for (const s of observed[key] ?? []) if (s.section_string !== '(none)') add(s.section_string);
  return [...out]
    .map((t) => ({ t, n: observedCount(key, t) }))
    .sort((a, b) => b.n - a.n)
    .map((x) => x.t);
}

/** The known sections a ", "-joined list is made of, in two or more pieces (nothing when it does not split so). */
function splitKnown(list: string, known: ReadonlySet<string>): string[] {
  const parts = list.split(', ');
  const from: (number | undefined)[] = new Array(parts.length + 1).fill(undefined);
  from[0] = 0;
  for (let i = 1; i <= parts.length; i++) {
    for (let j = i - 1; j >= 0; j--) {
      if (from[j] !== undefined && !(j === 0 && i === parts.length) && known.has(parts.slice(j, i).join(', '))) {
        from[i] = j;
        break;
      }
    }
  }
  if (from[parts.length] === undefined) return [];
  const out: string[] = [];
  for (let i = parts.length; i > 0; i = from[i]!) out.unshift(parts.slice(from[i]!, i).join(', '));
  return out;
}

// Words that name no particular treatment: a request and a section sharing one of them are not about the same thing.
const GENERIC = new Set([
  'treatment',
  'therapy',
  'therapeutic',
  'chronic',
  'medications',
  'medication',
  'drugs',
  'guidelines',
  'testing',
  'programs',
  'services',
  'specific',
  'symptoms',
  'effects',
  'adverse',
  'criteria',
  'studies',
  'general',
  'approach',
  'initial',
  'considerations',
  'methods',
  'physical',
  'summary',
  'visits',
  'follow',
  'management',
  'recommendations',
  'opioids',
  'opioid',
  'patient',
  'patients',
  'acute',
  'right',
  'bilateral',
]);

/** The significant words of a text, as six-letter stems ("neurontin" -> "neuron"). */
function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]{5,}/g) ?? []).filter((w) => !GENERIC.has(w)).map((w) => w.slice(0, 6));
}

/** Whether a request points to a section or topic: it shares a significant word with it, or names something it covers. */
export function requestPointsTo(name: string, request: string): boolean {
  const words = new Set(wordsOf(request));
  return wordsOf(name).some((w) => words.has(w)) || HINTS.some((h) => h.request.test(request) && h.section.test(name));
}

/** The chapter's sections for this item, likeliest first, without those already in the list being written. */
export function rankedSections(chapterKey: string, topic: ItemTopic, listed: readonly string[]): string[] {
  const all = chapterSections(chapterKey);
  const done = new Set(listed.map(norm));
  const cited = (topic.sectionsCited.get(chapterKey.toLowerCase()) ?? []).map(norm);
  const hinted = HINTS.filter((h) => h.request.test(topic.request));
  const requestWords = new Set(wordsOf(topic.request));
  const score = (s: string): number => {
    const i = cited.indexOf(norm(s));
    if (i >= 0) return 0 + i / 100;
    // A section named with a word of the request ("Gabapentin (Neurontin)" for "Neurontin 600mg").
    if (wordsOf(s).some((w) => requestWords.has(w))) return 0.5;
    const h = hinted.findIndex((x) => x.section.test(s));
    if (h >= 0) return 1 + h / 100;
    return 2;
  };
  return all
    .filter((s) => !done.has(norm(s)))
    .map((s, i) => ({ s, k: score(s), i }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((x) => x.s);
}
