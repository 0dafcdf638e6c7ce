// Citations inside a guideline field: "Decision based on MTUS <Chapter> <Year>[, Section(s): ...][, and ...]",
// 2014-era "Decision based on MTUS Chronic Pain Treatment Guidelines <topic> Page(s): 24, 124",
// "Decision based on Non-MTUS Citation <source>", and the fixed sentences about evidence.
import type { Citation, MtusChapterCitation, PageRef, TextPart } from './types';
import { collapse, part, trimSpan } from './text';
import { CHAPTER_LABELS, CHAPTER_TOPICS } from '../kb';

const STARTER_RE =
  /Decision\s+based\s+on\s+(?:(Non\s*(?:-\s*)?MTUS)(?:\s+Citations?)?|(MTUS))?|The\s+(Claims\s+Administrator|Expert\s+Reviewer)\s+(?:did\s+not\s+cite\s+any\s+medical\s+evidence|(based\s+(?:their|its|his\/her|his|her)\s+decision\s+on\s+recommendations?(?:\(s\))?\s+outside\s+(?:of\s+)?the\s+MTUS))/gi;

/** Parses every citation sentence in [start, end) of `text`. */
export function parseCitations(text: string, start: number, end: number): Citation[] {
  const body = text.slice(start, end);
  const starts: { index: number; m: RegExpExecArray }[] = [];
  STARTER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STARTER_RE.exec(body))) starts.push({ index: m.index, m });
  const out: Citation[] = [];
  for (let k = 0; k < starts.length; k++) {
    const { index, m: sm } = starts[k];
    const sEnd = k + 1 < starts.length ? starts[k + 1].index : body.length;
    const span = trimSpan(text, start + index, start + sEnd);
    const afterStarter = start + index + sm[0].length;
    if (sm[3]) {
      const party = /^claims/i.test(sm[3]) ? 'Claims Administrator' : 'Expert Reviewer';
      out.push(sm[4] ? { kind: 'outsideMtus', span, party } : { kind: 'noEvidence', span, party });
    } else if (sm[1]) {
      const source = part(text, afterStarter, stripPeriod(text, afterStarter, span.end));
      out.push({ kind: 'nonMtus', span, source, family: familyOf(source.text) });
    } else if (sm[2]) {
      out.push(...parseMtus(text, afterStarter, stripPeriod(text, afterStarter, span.end), span.start));
    } else {
      out.push({ kind: 'other', span, text: part(text, span.start, span.end).text });
    }
  }
  return out;
}

function stripPeriod(text: string, start: number, end: number): number {
  const s = trimSpan(text, start, end);
  return s.end > s.start && text[s.end - 1] === '.' ? s.end - 1 : s.end;
}

function familyOf(source: string): 'ODG' | 'ACOEM' | 'other' {
  if (/\bODG\b|Official\s+Disability\s+Guidelines/i.test(source)) return 'ODG';
  if (/\bACOEM\b|American\s+College\s+of\s+Occupational/i.test(source)) return 'ACOEM';
  return 'other';
}

// ", and <Label> <Year>" starts another chapter of the same MTUS sentence.
// The label may wrap onto the next line ("and Low\nBack Complaints 2004").
const NEXT_CHAPTER_RE = /,\s+and\s+(?=([A-Z][A-Za-z,&/'\s-]{2,80}?\s(?:19|20)\d\d\b))/g;

/** Parses the chapters of one MTUS sentence; [start, end) is the text after "MTUS". */
function parseMtus(text: string, start: number, end: number, sentenceStart: number): MtusChapterCitation[] {
  const seg = text.slice(start, end);
  const cuts: { from: number; to: number }[] = [];
  let last = 0;
  NEXT_CHAPTER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NEXT_CHAPTER_RE.exec(seg))) {
    // No cut inside a known label that starts this chapter ("Forearm, Wrist, and Hand\nComplaints 2004").
    const here = seg.slice(last).replace(/^\s+/, '');
    const offset = seg.length - last - here.length;
    if (labelsFor(here).some((p) => (p.re.exec(here)?.[0].length ?? 0) + offset > m!.index - last)) continue;
    cuts.push({ from: last, to: m.index });
    last = m.index + m[0].length;
    // The next chapter's own label may contain ", and" ("Forearm, Wrist, and Hand Complaints 2004").
    NEXT_CHAPTER_RE.lastIndex = last + m[1].length;
  }
  cuts.push({ from: last, to: seg.length });
  return cuts.map((c, i) => parseChapter(text, start + c.from, start + c.to, i === 0 ? sentenceStart : start + c.from));
}

const labelPatterns = CHAPTER_LABELS.map((l) => ({
  label: l,
  re: new RegExp('^' + l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+') + '(?![A-Za-z])', 'i'),
}));

const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
/** The label patterns by the lower-cased first character of their label. */
const labelsByFirst = new Map<number, (typeof labelPatterns)[number][]>();
for (const p of labelPatterns) {
  const key = lowerAscii(p.label.charCodeAt(0));
  labelsByFirst.set(key, [...(labelsByFirst.get(key) ?? []), p]);
}

/**
 * The label patterns that can match at the start of `s`, in their order: those whose label starts with the
 * same character in either case (the patterns ignore ASCII case only), or all of them when it is not ASCII.
 */
function labelsFor(s: string): readonly (typeof labelPatterns)[number][] {
  if (s.length === 0) return [];
  const c = s.charCodeAt(0);
  return c >= 128 ? labelPatterns : (labelsByFirst.get(lowerAscii(c)) ?? []);
}

/**
 * "Section(s):" with the comma and spaces before it. The pattern starts at the word and the comma and spaces
 * are taken by hand: a leading `,?\s*` would rescan every whitespace run from each of its positions.
 */
function sectionsLabel(seg: string): { index: number; length: number } | undefined {
  const m = /Sections?\s*(?:(?:\(s?\)?|s\)?|\))\s*)?:\s*/i.exec(seg);
  if (!m) return undefined;
  let index = m.index;
  while (index > 0 && /\s/.test(seg[index - 1])) index--;
  if (index > 0 && seg[index - 1] === ',') index--;
  return { index, length: m.index + m[0].length - index };
}

function parseChapter(text: string, start: number, end: number, spanStart: number): MtusChapterCitation {
  const s0 = trimSpan(text, start, end);
  const seg = text.slice(s0.start, s0.end);
  let pages: PageRef[] = [];
  let sections: TextPart[] = [];
  let preEnd = seg.length;
  const pageM = /Page\s*\(?s\)?\s*:?\s*/i.exec(seg);
  const secM = sectionsLabel(seg);
  if (pageM && (!secM || pageM.index < secM.index)) {
    preEnd = pageM.index;
    pages = parsePages(text, s0.start + pageM.index + pageM[0].length, s0.end);
  } else if (secM) {
    preEnd = secM.index;
  }
  // Chapter label: a known one, else everything before a year, else everything.
  const pre = seg.slice(0, preEnd);
  let labelEnd = -1;
  for (const p of labelsFor(pre)) {
    const lm = p.re.exec(pre);
    if (lm) {
      labelEnd = lm[0].length;
      break;
    }
  }
  let year: TextPart | undefined;
  let topic: TextPart | undefined;
  const rest = labelEnd >= 0 ? pre.slice(labelEnd) : pre;
  const yearRe = labelEnd >= 0 ? /^\s*(?:,\s*)?((?:19|20)\d\d)\b/ : /\s((?:19|20)\d\d)\b/;
  const ym = yearRe.exec(rest);
  const restOffset = labelEnd >= 0 ? labelEnd : 0;
  if (labelEnd < 0) labelEnd = ym ? ym.index : trimSpan(pre, 0, pre.length).end;
  if (ym) {
    const ys = s0.start + restOffset + ym.index + ym[0].indexOf(ym[1]);
    year = { text: ym[1], span: { start: ys, end: ys + 4 } };
    const afterYear = ys + 4 - s0.start;
    if (afterYear < preEnd) {
      const t = part(text, s0.start + afterYear, s0.start + preEnd);
      if (t.text.replace(/^[,\s]+/, '')) topic = t;
    }
  } else if (labelEnd < preEnd) {
    const t = part(text, s0.start + labelEnd, s0.start + preEnd);
    if (t.text.replace(/^[,\s]+/, '')) topic = t;
  }
  const chapter = part(text, s0.start, s0.start + labelEnd);
  if (secM && !(pageM && pageM.index < secM.index)) {
    const from = s0.start + secM.index + secM.length;
    // "Section(s): Opioids, Page(s): 78": the pages that follow the sections end them.
    const after = seg.slice(secM.index + secM.length);
    const pagesM = /\bPages?\s*(?:\(s\)\s*)?:/i.exec(after);
    let to = s0.end;
    if (pagesM) {
      let cut = pagesM.index;
      while (cut > 0 && /[\s,;]/.test(after[cut - 1])) cut--;
      to = from + cut;
      pages = parsePages(text, from + pagesM.index + pagesM[0].length, s0.end);
    }
    sections = splitTopics(text, from, to, chapter.text + (year ? ` ${year.text}` : ''));
  }
  return { kind: 'mtus', span: { start: spanStart, end: s0.end }, chapter, year, sections, topic, pages };
}

function parsePages(text: string, start: number, end: number): PageRef[] {
  const seg = text.slice(start, end);
  const out: PageRef[] = [];
  const re = /(\d{1,4})(?:\s*[-\u2013]\s*(\d{1,4}))?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(seg))) {
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    out.push({ text: m[0], span: { start: start + m.index, end: start + m.index + m[0].length }, from, to });
  }
  return out;
}

const norm = (s: string): string => collapse(s).toLowerCase();
const ALL_TOPICS = new Set([...CHAPTER_TOPICS.values()].flat().map(norm));
/** The start of a numbered section: "3. Opioids", "3.3.4 Opioids", "4.1 Tapering". */
const NUMBERED_SECTION_RE = /^\d{1,2}(?:\.\d{1,2}){0,4}\.?\s+[A-Z]/;
/** No run of pieces longer than this (normalised) can be a known topic. */
const LONGEST_TOPIC = Math.max(0, ...[...ALL_TOPICS].map((t) => t.length));
/** Each chapter's topics, normalised: made once, when the module loads. */
const KNOWN_BY_CHAPTER: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  [...CHAPTER_TOPICS].map(([key, topics]) => [key, new Set(topics.map(norm))]),
);
const NO_TOPICS: ReadonlySet<string> = new Set();
const knownTopics = (chapterKey: string): ReadonlySet<string> => KNOWN_BY_CHAPTER.get(chapterKey) ?? NO_TOPICS;

/** Splits a "Section(s):" list at ", " using the known topics (topic names contain commas). */
export function splitTopics(text: string, start: number, end: number, chapterKey: string): TextPart[] {
  const seg = text.slice(start, end);
  const pieces: { from: number; to: number; norm: string }[] = [];
  const re = /,\s+/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(seg))) {
    pieces.push({ from: last, to: m.index, norm: norm(seg.slice(last, m.index)) });
    last = m.index + m[0].length;
  }
  pieces.push({ from: last, to: seg.length, norm: norm(seg.slice(last)) });
  const known = knownTopics(chapterKey);
  const numbered = /^Opioid/i.test(chapterKey);
  const out: TextPart[] = [];
  let k = 0;
  while (k < pieces.length) {
    let take = 1;
    if (numbered) {
      // The 2016 Opioids guideline numbers its sections: a section starts with its number and title
      // ("3. Opioids for Chronic Pain ...", "3.3.4 ...", "4.1 Tapering Opioids ..."); the pieces up to the
      // next number belong to it, and a bare number is no section of its own.
      while (k + take < pieces.length && !NUMBERED_SECTION_RE.test(seg.slice(pieces[k + take].from, pieces[k + take].to))) take++;
      out.push(part(text, start + pieces[k].from, start + pieces[k + take - 1].to));
      k += take;
      continue;
    }
    // Longest run of pieces that is one known topic. A run's normalised text is at least as long as its
    // pieces' normalised texts and the commas between them, so runs longer than any topic are skipped.
    let shortest = pieces[k].norm.length;
    let upTo = k + 1;
    while (upTo < Math.min(pieces.length, k + 8) && shortest + 1 + pieces[upTo].norm.length <= LONGEST_TOPIC) {
      shortest += 1 + pieces[upTo].norm.length;
      upTo++;
    }
    for (let j = upTo; j > k + 1; j--) {
      const joined = norm(seg.slice(pieces[k].from, pieces[j - 1].to));
      if (known.has(joined) || ALL_TOPICS.has(joined)) {
        take = j - k;
        break;
      }
    }
    if (take === 1 && !known.has(pieces[k].norm)) {
      // Unknown piece: the following pieces that cannot start a topic belong to it.
      while (k + take < pieces.length) {
        const next = pieces[k + take];
        const nextText = seg.slice(next.from, next.to);
        const startsTopic = numbered
          ? /^\d/.test(nextText)
          : /^[A-Z0-9]/.test(nextText) || known.has(next.norm) || ALL_TOPICS.has(next.norm);
        if (startsTopic) break;
        take++;
      }
    }
    out.push(part(text, start + pieces[k].from, start + pieces[k + take - 1].to));
    k += take;
  }
  return out.filter((p) => p.text.length > 0);
}
