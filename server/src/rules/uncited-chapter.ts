// The chapter-level half of rationale-cites-uncited-guideline: a rationale that reasons from an MTUS chapter
// ("ACOEM, Chapter 8, Neck and Upper Back complaints, states ...", "the Chronic Pain Medical Treatment
// Guidelines recommend ...") that the MAXIMUS line does not cite, or from another edition of a chapter it cites
// ("MTUS 2009 Acupuncture Guidelines" where the line cites Acupuncture Treatment 2007).
import { CHAPTER_NAMES, chapterMentions, chapterOfLabel, type GuidelineChapter, type GuidelineField, type Span } from '../letter';
import { CHAPTER_YEARS, canonicalLabel } from '../kb/vocabulary';
import { FAMILY_RE } from './helpers/citations';

export interface ChapterFinding {
  readonly span: Span;
  readonly message: string;
  /** For another edition of a chapter that has only one: the cited edition's year, to write in place of the rationale's. */
  readonly fix?: { readonly span: Span; readonly year: number };
}

/** A clause that says the guideline is silent or out of scope, or reports what another reviewer relied on. */
const NOT_RELIED_RE =
  /\bnot\s+(?:specifically\s+)?(?:address|addressed|discuss|cover|covered|mention|apply|applicable)\b|\bintended\s+to\s+address\b|\bsilent\b|\bno\s+(?:specific\s+)?(?:recommendations?|guidance|mention)\b|\bmakes?\s+no\b|\butilization\s+review\b|\bUR\b|\bclaims\s+administrator\b|\bprior\s+review|\bprevious\s+review|\bdefined\s+as\b|\bintroduction\b/i;
const RELIANCE_RE =
  /\baccording\s+to\b|\bper\s+(?:the\s+)?\b|\brecommend|\bstates?\b|\bstated\b|\bsupport|\bindicat|\ballows?\b|\badvise|\bcriteria\b|\bendorse|\brefers?\b|\bnotes?\b|\breserved\b|\bshould\b/i;

/** Sentences of a rationale body (relative offsets), then clauses split where the reasoning turns. */
function sentences(body: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  // A sentence ends at ". " or "; " before a capital: "8 C.C.R. 9792.24.2" stays whole.
  const ends = /[.;]\s+(?=[A-Z(])/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = ends.exec(body))) {
    out.push({ text: body.slice(start, m.index + 1), start });
    start = m.index + m[0].length;
  }
  if (start < body.length) out.push({ text: body.slice(start), start });
  return out;
}
function clauseAt(sentence: string, at: number): string {
  // Cut at the word itself: a pattern that starts with \s+ would rescan long runs of blanks.
  const cut = /\bhowever\b|\bbut\b|;/gi;
  let from = 0;
  let to = sentence.length;
  let m: RegExpExecArray | null;
  while ((m = cut.exec(sentence))) {
    if (m.index + m[0].length <= at) from = m.index + m[0].length;
    else if (m.index >= at) {
      to = m.index;
      break;
    }
  }
  return sentence.slice(from, to);
}

export function uncitedChapters(text: string, maximus: GuidelineField, rationaleBody: Span): ChapterFinding[] {
  const cited = new Map<GuidelineChapter, Set<number>>();
  for (const c of maximus.citations) {
    if (c.kind !== 'mtus') continue;
    const chapter = chapterOfLabel(c.chapter.text);
    if (!chapter) continue;
    const years = cited.get(chapter) ?? new Set<number>();
    // Only a year the chapter really has is an edition to compare with (another is unknown-guideline-chapter's finding).
    const label = canonicalLabel(c.chapter.text);
    const year = c.year && /^\d{4}$/.test(c.year.text) ? Number(c.year.text) : undefined;
    if (year !== undefined && label !== undefined && (CHAPTER_YEARS.get(label) ?? []).includes(year)) years.add(year);
    cited.set(chapter, years);
    // The Chronic Pain guideline's own opioid topics ("Opioids, criteria for use", 2009) are what a rationale
    // calls "the MTUS opioid guidelines" when the line cites them.
    const topics = [...c.sections.map((x) => x.text), c.topic?.text ?? ''].join(' ');
    if (chapter === 'chronicPain' && /opioid/i.test(topics) && !cited.has('opioids')) cited.set('opioids', new Set());
  }
  if (!cited.size) return []; // no MTUS chapter on the line: the family-level check speaks for the MTUS
  // A Non-MTUS citation can name an MTUS chapter or ACOEM's own text ("ACOEM Practice Guidelines, Chapter 12").
  const lineBody = text.slice(maximus.body.span.start, maximus.body.span.end);
  for (const m of chapterMentions(lineBody)) if (!cited.has(m.chapter)) cited.set(m.chapter, new Set());
  // A Non-MTUS ACOEM citation: "ACOEM, Chapter N" may be the cited ACOEM text itself (its editions number chapters differently).
  const acoemCited = maximus.citations.some((c) => c.kind === 'nonMtus' && FAMILY_RE.ACOEM.test(c.source.text));
  const body = text.slice(rationaleBody.start, rationaleBody.end);
  const out: ChapterFinding[] = [];
  const reported = new Set<string>();
  for (const s of sentences(body)) {
    for (const m of chapterMentions(s.text)) {
      if (m.byNumber && acoemCited) continue;
      const years = cited.get(m.chapter);
      const edition = years && m.year !== undefined && years.size > 0 && !years.has(m.year);
      if (years && !edition) continue;
      const key = `${m.chapter}${edition ? m.year : ''}`;
      if (reported.has(key)) continue;
      if (NOT_RELIED_RE.test(clauseAt(s.text, m.start)) || !RELIANCE_RE.test(s.text)) continue;
      reported.add(key);
      const at = rationaleBody.start + s.start;
      const span = { start: at + m.start, end: at + m.end };
      // One right answer only when the cited chapter has a single edition (Acupuncture Treatment 2007).
      const only = edition && years.size === 1 ? onlyEdition(maximus, m.chapter) : undefined;
      const fix =
        only !== undefined && m.yearSpan ? { span: { start: at + m.yearSpan.start, end: at + m.yearSpan.end }, year: only } : undefined;
      out.push({
        span,
        message: edition
          ? `The rationale relies on the ${m.year} edition of the ${CHAPTER_NAMES[m.chapter]}, but the MAXIMUS guideline line cites the ${[...years].join(' and ')} edition.`
          : `The rationale relies on the MTUS ${CHAPTER_NAMES[m.chapter]}, which the MAXIMUS guideline line does not cite.`,
        ...(fix ? { fix } : {}),
      });
    }
  }
  return out;
}

/** The year of the cited chapter when the MTUS has that chapter in one edition only. */
function onlyEdition(maximus: GuidelineField, chapter: GuidelineChapter): number | undefined {
  for (const c of maximus.citations) {
    if (c.kind !== 'mtus' || chapterOfLabel(c.chapter.text) !== chapter) continue;
    const label = canonicalLabel(c.chapter.text);
    const years = label === undefined ? [] : (CHAPTER_YEARS.get(label) ?? []);
    if (years.length === 1) return years[0];
  }
  return undefined;
}
