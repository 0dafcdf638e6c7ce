// The decision sentence of a rationale: "... is (not) medically necessary." and its variants
// ("not medically indicated", "cannot be considered medically necessary", "is medically necessary and
// appropriate"). Upheld opioid items may end with a tapering paragraph after the conclusion, so the
// conclusion is the last deciding sentence that speaks of the request, else the last deciding sentence.
import type { Conclusion } from './types';
import { isJsSpace, lazyPart, part } from './text';

// The deciding phrase; its negation is read from the words just before it in the same sentence.
const PHRASE_RE =
  /\bmedically[\s-]+(?:necessary|indicated|reasonable|appropriate)\b|\b(?:un|non-?)necessary\b|\ba\s+medical\s+necessity\b|\bmedical\s+necessity\b[^.]{0,120}?\b(?:is|was|has\s+been|have\s+been|has|is\s+not|was\s+not|has\s+not\s+been)\s+(?:not\s+)?(?:been\s+)?(?:established|demonstrated|supported|substantiated)\b|\b(?:is|are)\s+(?:not\s+)?necessary\b/gi;
const NEGATION_RE = /\b(?:not|no\s+longer|never|cannot|can\s*not|unable|lack\s+of\s+medical)\b|n't\b|\bnot-|\b(?:un|non-?)necessary\b/i;

/** Finds the conclusion in [start, end) of `text`. */
export function findConclusion(text: string, start: number, end: number): Conclusion | undefined {
  const body = text.slice(start, end);
  let best: Conclusion | undefined;
  let bestAboutRequest: Conclusion | undefined;
  PHRASE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nextPhrase(body))) {
    const phraseStart = m.index;
    const phraseEnd = m.index + m[0].length;
    const sStart = sentenceStart(body, phraseStart);
    const sEnd = sentenceEnd(body, phraseEnd);
    const sentence = body.slice(sStart, sEnd);
    // Negation is read from the phrase's own clause ("..., would not be supported, as such the request is
    // necessary" is positive), unless that clause is too short to carry it ("is not, in my opinion, ...").
    const window = body.slice(Math.max(sStart, phraseStart - 60), phraseStart);
    const cut = Math.max(window.lastIndexOf(','), window.lastIndexOf(';')) + 1;
    const lead = cut > 0 && window.length - cut >= 15 ? window.slice(cut) : window;
    const negated = NEGATION_RE.test(m[0]) || NEGATION_RE.test(lead);
    // Conditional or general statements ("If ... is medically necessary") do not decide.
    if (/^\s*(?:if|unless|whether)\b/i.test(sentence)) continue;
    if (notADecision(body.slice(sStart, phraseStart))) continue;
    const c: Conclusion = {
      kind: negated ? 'notNecessary' : 'necessary',
      sentence: lazyPart(text, start + sStart, start + sEnd),
      phrase: part(text, start + phraseStart, start + phraseEnd),
    };
    best = c;
    if (decidesTheRequest(sentence)) {
      bestAboutRequest = c;
    }
  }
  return bestAboutRequest ?? best;
}

/** Whether a deciding sentence speaks of the request itself or draws the conclusion ("Therefore, ..."). */
export function decidesTheRequest(sentence: string): boolean {
  return /\b(?:request|requested|medically necessary and appropriate|therefore|as such|thus|consequently|accordingly)\b/i.test(sentence);
}

/** Words that carry a decision past a question or condition ("... why, so the request is not ..."). */
const CONNECTIVE_RE = /\b(?:therefore|thus|hence|as\s+such|consequently|accordingly|so)\b/i;
/** "why/whether/how/if ... is necessary": an embedded question or condition, not a finding. */
const QUESTION_RE = /\b(?:why|whether|how|if|unless)\b/gi;
/** "services deemed to be medically necessary": a noun with a reduced relative clause, said in general. */
const RELATIVE_RE = /\b([A-Za-z]+)\s+(?:deemed|considered)\s+(?:to\s+be\s+)?$/i;
const NOT_A_NOUN_RE =
  /^(?:is|are|was|were|be|been|being|am|not|never|longer|therefore|thus|hence|also|still|now|currently|clearly|reasonably|presently|further|then|and|or|but|so)$/i;
/** "In order to be medically necessary, ..." / "..., to be considered medically necessary": a requirement. */
const PURPOSE_RE = /(?:^|[,;:]|\bin\s+order)\s*to\s+be\s+(?:considered\s+|deemed\s+)?$/i;

/**
 * Whether a deciding phrase, with `lead` the words of its sentence before it, says no decision: it stands in
 * quoted guideline text, in an embedded question or condition ("no documentation explaining why physical therapy
 * ... is necessary"), in a general statement about services "deemed to be medically necessary", or in a
 * requirement ("to be considered medically necessary").
 */
function notADecision(lead: string): boolean {
  // Inside quotation marks: an opening quote not closed before it (a straight quote opens after a space or
  // at the start; "... sessions\" is not medically necessary" has a stray closing one).
  const q = lead.lastIndexOf('"');
  if (q >= 0 && ((lead.match(/"/g) ?? []).length & 1) === 1 && (q === 0 || /[\s([:;,]/.test(lead[q - 1]))) return true;
  if (lead.lastIndexOf('\u201c') > lead.lastIndexOf('\u201d')) return true;
  let question = -1;
  QUESTION_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = QUESTION_RE.exec(lead));) question = m.index;
  if (question >= 0 && !CONNECTIVE_RE.test(lead.slice(question)) && !/[,;:]/.test(lead.slice(question))) return true;
  const relative = RELATIVE_RE.exec(lead);
  if (relative && !NOT_A_NOUN_RE.test(relative[1])) return true;
  return PURPOSE_RE.test(lead.trimEnd() + ' ') || PURPOSE_RE.test(lead);
}

/**
 * Every deciding phrase holds "medically" or "necess", with at most two whitespace runs before that word in
 * the phrase ("are not necessary", "a medical necessity"). Long rationales have few such words: the phrase
 * pattern is run from three words before the next one, not tried at every character in between.
 */
const ANCHOR_RE = /medically|necess/gi;

/** PHRASE_RE.exec(body) from PHRASE_RE.lastIndex, skipping text that holds no phrase. */
function nextPhrase(body: string): RegExpExecArray | null {
  const from = PHRASE_RE.lastIndex;
  ANCHOR_RE.lastIndex = from;
  const anchor = ANCHOR_RE.exec(body);
  if (!anchor) return null;
  // Back over three whitespace runs and the words before them: no phrase starts earlier than that.
  let at = anchor.index;
  for (let runs = 0; runs < 3 && at > from; runs++) {
    while (at > from && !isJsSpace(body.charCodeAt(at - 1))) at--;
    while (at > from && isJsSpace(body.charCodeAt(at - 1))) at--;
  }
  PHRASE_RE.lastIndex = at;
  return PHRASE_RE.exec(body);
}

/** A closing quotation mark or bracket after a sentence's full stop ('... for acute spasm." The ...'). */
const CLOSER_RE = /["'\u201d\u2019)\]]/;

/** The end of the closers after `i` (i + 1 when there are none). */
function afterClosers(s: string, i: number): number {
  let j = i + 1;
  while (j < s.length && j - i <= 2 && CLOSER_RE.test(s[j])) j++;
  return j;
}

function sentenceStart(s: string, from: number): number {
  for (let i = from - 1; i > 0; i--) {
    const c = s[i];
    if ((c === '.' || c === '!' || c === '?') && !/\d/.test(s[i - 1] ?? '')) {
      const j = afterClosers(s, i);
      if (j < from && /\s/.test(s[j] ?? ' ')) return j;
    }
    if (from - i > 600) return i;
  }
  return 0;
}

function sentenceEnd(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === '.' || c === '!' || c === '?') {
      const j = afterClosers(s, i);
      if (j >= s.length || /\s/.test(s[j])) return j;
    }
    if (i - from > 600) return i;
  }
  return s.length;
}
