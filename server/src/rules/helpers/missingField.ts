// The shared check behind missing-claims-administrator-guideline, missing-maximus-guideline and missing-rationale.
import {
  chapterMentions,
  chapterOfLabel,
  chapterRegions,
  FIELD_LABELS,
  fieldLabel,
  regionsNamedIn,
  type FieldKind,
  type GuidelineChapter,
  type Item,
  type Letter,
} from '../../letter';
import { MTUS_CHAPTERS } from '../../kb';
import type { Due, Fix, Report } from '../types';
import { eol, itemAnchor, lineStart } from './util';
import { FAMILY_RE } from './citations';
import { chaptersForRequest } from '../../kb/requestChapters';
import { ODG_PREFIX } from '../../kb/odg';

const ORDER: readonly FieldKind[] = FIELD_LABELS.map((f) => f.kind);
/**
 * The line a fix inserts: the label and a complete sentence that raises no problem of its own (an empty
 * "Decision based on" would be an empty citation), as a selected placeholder where the writer types the
 * real citation or reasoning.
 */
function stubLine(letter: Letter, item: Item, kind: FieldKind): { text: string; snippet: string } {
  const escape = (s: string) => s.replace(/[$}\\]/g, '\\$&');
  const label = fieldLabel(kind).label;
  if (kind === 'rationale') {
    const meaning = item.outcome?.meaning;
    const conclusion = meaning
      ? ` The request for ${item.request.text || 'this item'} is ${meaning === 'Upheld' ? 'not ' : ''}medically necessary.`
      : '';
    const reasoning = 'The reasons, from the guideline and the records.';
    return { text: `${label} ${reasoning}${conclusion}`, snippet: `${label} \${1:${escape(reasoning)}}${escape(conclusion)}` };
  }
  // The reviewer's line most often repeats what the Claims Administrator cited: that, when there is a citation.
  const cited = kind === 'maximus' ? citationsFor(letter, item) : undefined;
  const party = kind === 'claimsAdministrator' ? 'Claims Administrator' : 'Expert Reviewer';
  const sentence = cited ?? `The ${party} did not cite any medical evidence for its decision.`;
  return { text: `${label} ${sentence}`, snippet: `${label} \${1:${escape(sentence)}}` };
}

/**
 * The reviewer's likely citations: the Claims Administrator's (each chapter with its year, each Non-MTUS
 * source), then, for a guideline the rationale reasons from that those do not name (the MTUS, or ACOEM which
 * the MTUS adopted; ODG), the chapter that covers the request.
 */
function citationsFor(letter: Letter, item: Item): string | undefined {
  const mtus: { label: string; year?: string | number; fromRationale: boolean }[] = [];
  const nonMtus: string[] = [];
  const cited = new Set<GuidelineChapter>();
  const addMtus = (label: string, year: string | number | undefined, fromRationale: boolean) => {
    const chapter = chapterOfLabel(label);
    if (chapter && cited.has(chapter)) return;
    if (chapter) cited.add(chapter);
    mtus.push({ label, year, fromRationale });
  };
  for (const c of item.claimsAdministrator?.citations ?? []) {
    if (c.kind === 'mtus' && c.chapter.text && c.year) addMtus(c.chapter.text, c.year.text, false);
    else if (c.kind === 'nonMtus' && c.source.text)
      nonMtus.push(`Decision based on Non-MTUS Citation ${c.source.text.replace(/\.$/, '')}.`);
  }
  const r = item.rationale;
  const body = r ? letter.text.slice(r.body.span.start, r.body.span.end) : '';
  // The chapters the rationale reasons from (by title, by ACOEM chapter number, in the edition it names):
  // the line cites them, or rationale-cites-uncited-guideline would report the inserted line.
  for (const m of chapterMentions(body)) {
    if (cited.has(m.chapter)) continue;
    const editions = MTUS_CHAPTERS.filter((c) => c.year !== undefined && chapterOfLabel(c.label) === m.chapter);
    const edition = editions.find((c) => c.year === m.year) ?? editions[0];
    if (edition) addMtus(edition.label, edition.year, true);
  }
  const chapters = chaptersForRequest(letter.text.slice(item.header.span.start, item.header.span.end));
  // When the request names a region, one body-region chapter cited must be of that region (region-vs-chapter):
  // the Claims Administrator's chapters of other regions give way, and the request's own chapter comes in.
  const regions = item.request.text ? regionsNamedIn(item.request.text) : [];
  const fits = (label: string) => (chapterRegions(label) ?? []).some((g) => regions.includes(g));
  const regional = mtus.filter((c) => chapterRegions(c.label));
  let kept = mtus;
  if (regions.length && regional.length && !regional.some((c) => fits(c.label))) {
    kept = mtus.filter((c) => !chapterRegions(c.label) || c.fromRationale);
    const own = chapters.mtus.find((label) => fits(label));
    if (own && kept.some((c) => chapterRegions(c.label))) kept.push({ label: own, fromRationale: false });
  }
  const out = [...kept.map((c) => `Decision based on MTUS ${c.label}${c.year ? ` ${c.year}` : ''}.`), ...nonMtus];
  const named = out.join(' ');
  if ((FAMILY_RE.MTUS.test(body) || FAMILY_RE.ACOEM.test(body)) && !named.includes('Decision based on MTUS '))
    out.push(`Decision based on MTUS ${chapters.mtus[0]}.`);
  if (FAMILY_RE.ODG.test(body) && !FAMILY_RE.ODG.test(named))
    out.push(`Decision based on Non-MTUS Citation ${ODG_PREFIX}${chapters.odg[0]}.`);
  return out.length ? [...new Set(out)].join(' ') : undefined;
}

const CITATION_START = /^(?:Decision based on|The (?:Claims Administrator|Expert Reviewer) (?:did not cite|based their))/i;

/**
 * The Claims Administrator's text left without its label, between the item header and the next field
 * ("Decision based on MTUS ..."): the label goes back in front of it.
 */
function orphanedText(letter: Letter, item: Item, kind: FieldKind, before: number): number | undefined {
  if (kind !== 'claimsAdministrator') return undefined;
  const from = item.header.span.end;
  const gap = letter.text.slice(from, before);
  const start = from + (gap.length - gap.trimStart().length);
  return CITATION_START.test(gap.trimStart()) ? start : undefined;
}

/** Where the field belongs: before the first later field that exists, else after the item's end. */
function dueAt(letter: Letter, item: Item, kind: FieldKind): number {
  const later = item.fields.find((f) => ORDER.indexOf(f.kind) > ORDER.indexOf(kind));
  return later ? lineStart(letter, later.span.start) : item.span.end;
}

function stubFix(letter: Letter, item: Item, kind: FieldKind): Fix {
  const nl = eol(letter);
  const later = item.fields.find((f) => ORDER.indexOf(f.kind) > ORDER.indexOf(kind));
  const title = `Insert a "${fieldLabel(kind).label}" line`;
  const line = stubLine(letter, item, kind);
  const orphan = later && orphanedText(letter, item, kind, lineStart(letter, later.span.start));
  if (orphan !== undefined) {
    const label = `${fieldLabel(kind).label} `;
    return { title, edits: [{ span: { start: orphan, end: orphan }, newText: label }] };
  }
  if (later) {
    const at = lineStart(letter, later.span.start);
    return { title, edits: [{ span: { start: at, end: at }, newText: line.text + nl, snippet: line.snippet + nl }] };
  }
  const at = item.span.end;
  return { title, edits: [{ span: { start: at, end: at }, newText: nl + line.text, snippet: nl + line.snippet }] };
}

function dueOf(letter: Letter, item: Item, kind: FieldKind): Due {
  return { at: dueAt(letter, item, kind), what: `the "${fieldLabel(kind).label}" line`, item: item.request.text };
}

export function checkMissingField(kind: FieldKind, letter: Letter, item: Item, report: Report): void {
  // Format 3 letters have no per-item lines: their guideline and rationale are sections that serve every item,
  // and a letter without one has it reported by missing-section, whose fix inserts the section.
  if (letter.format === 'format3') return;
  if (item.fields.some((f) => f.kind === kind)) return;
  report({
    span: itemAnchor(letter, item),
    message: `The item "${item.request.text || '(no header)'}" has no "${fieldLabel(kind).label}" line.`,
    fixes: [stubFix(letter, item, kind)],
    due: dueOf(letter, item, kind),
  });
}
