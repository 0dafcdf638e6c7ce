// What a cited guideline is, from the knowledge base, with how sure each fact is: the MTUS chapter (label,
// year, regulation, what it is based on), a "Section(s):" topic (how often real letters cite it, or its
// number in the 2016 Opioids guideline) and a 2009 Chronic Pain page (the page table's confidence A/B).
import type { Citation, Letter, MtusChapterCitation, PageRef, TextPart } from '../letter';
import { CPMTG_2009_PAGES, OPIOID_2016_SECTIONS, chaptersByLabel, findChapter, type MtusChapter, type PageTopic } from '../kb';
import observedJson from '../kb/observed_sections_2016_2017.json';
import { contains } from './positions';
import { injuryPhaseLines } from './injuryPhase';

const observed = (observedJson as unknown as { chapters: Record<string, { section_string: string; count: number }[]> }).chapters;

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** How many real 2016-17 guideline lines cite `topic` under `chapterKey` ("Low Back Complaints 2004"), alone or with others. */
export function observedCount(chapterKey: string, topic: string): number {
  const list = Object.entries(observed).find(([k]) => norm(k) === norm(chapterKey))?.[1] ?? [];
  const t = `, ${norm(topic)}, `;
  let n = 0;
  for (const s of list) if (`, ${norm(s.section_string)}, `.includes(t)) n += s.count;
  return n;
}

function eraOf(c: MtusChapter): string {
  if (c.era === '2017') return 'MTUS chapter based on current ACOEM guidance, cited from December 2017';
  if (c.era === '2014-label') return 'label printed without a year in 2014-era letters';
  return 'MTUS chapter cited before the December 2017 update';
}

const CHAPTER_SOURCE =
  '_Confidence: label and year from the citation table MAXIMUS used to report IMR citations to DWC; regulation numbers from DWC rulemaking notices._';

const isChronicPain = (c: MtusChapterCitation): boolean => /chronic\s+pain/i.test(c.chapter.text);
const CPMTG_2016 =
  'The **2016 update of the Chronic Pain Medical Treatment Guidelines** (8 CCR 9792.24.2 as amended in 2016), not the 2009 edition. Its page numbers differ from the 2009 edition\'s: a page cited from the 2009 guidelines does not point at the same text here, so letters cite it by "Section(s):" topic.';

/** The chapter's hover; on a Chronic Pain citation with a letter, also the injury's phase at the UR decision. */
export function describeChapter(c: MtusChapterCitation, letter?: Letter): string {
  const label = c.chapter.text;
  const year = c.year ? Number(c.year.text) : undefined;
  const exact = findChapter(label, year);
  const lines = [`**MTUS ${label || '(no chapter)'}${c.year ? ` ${c.year.text}` : ''}**`, ''];
  if (isChronicPain(c) && year === 2016) lines.push(CPMTG_2016, '');
  if (exact) {
    lines.push(`| | |`, `|---|---|`);
    if (exact.reg) lines.push(`| Regulation | ${exact.reg} |`);
    if (exact.basis) lines.push(`| Based on | ${exact.basis} |`);
    lines.push(`| Era | ${eraOf(exact)} |`, '', CHAPTER_SOURCE);
    if (c.sections.length > 1) lines.push('', 'Section(s) cited:', '', ...c.sections.map((x) => `- ${x.text}`));
    const phase = letter && isChronicPain(c) ? injuryPhaseLines(letter) : [];
    if (phase.length) lines.push('', ...phase);
    return lines.join('\n');
  }
  const same = chaptersByLabel(label);
  if (same.length) {
    const years = same.map((x) => x.year ?? 'no year').join(', ');
    lines.push(`A known MTUS chapter, but not with ${c.year ? `the year ${c.year.text}` : 'this year'}: letters print it with ${years}.`);
    const reg = same.find((x) => x.reg)?.reg;
    if (reg) lines.push('', `Regulation: ${reg}`);
    lines.push('', CHAPTER_SOURCE);
  } else {
    lines.push('Not a chapter label known from real letters or the MTUS citation table.');
  }
  return lines.join('\n');
}

function chapterKey(c: MtusChapterCitation): string {
  return `${c.chapter.text}${c.year ? ` ${c.year.text}` : ''}`;
}

/** "326": a number with no title names no section (a page, or a section number whose title was left out). */
export const isBareNumber = (section: string): boolean => /^\d+(?:\.\d+)*\.?$/.test(section.trim());

export function describeSection(c: MtusChapterCitation, section: TextPart): string {
  const key = chapterKey(c);
  if (isBareNumber(section.text)) {
    return [
      `**${section.text}** — a bare number, not a section of MTUS ${key}`,
      '',
      'Sections are cited by name (the 2016 Opioids guideline by number and title, "3.3.9 Opioids for Chronic Pain ..."): a number alone may be a page, which this chapter\'s citations do not give.',
    ].join('\n');
  }
  const lines = [`**${section.text}** — a section of MTUS ${key}`, ''];
  // A section is named by its number ("3. Opioids ...", "3.3.4 Opioids ...") or by its title alone.
  const num = /^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s/.exec(section.text)?.[1];
  const opioid = /^opioid/i.test(c.chapter.text)
    ? OPIOID_2016_SECTIONS.find((s) => s.num === num || norm(s.title) === norm(section.text))
    : undefined;
  // A subsection the table of contents does not list ("3.3.1.1"): name the section it belongs to.
  const parent =
    /^opioid/i.test(c.chapter.text) && num && !opioid ? OPIOID_2016_SECTIONS.filter((s) => num.startsWith(`${s.num}.`)).pop() : undefined;
  if (parent)
    lines.push(
      `A subsection of section ${parent.num} of the MTUS Opioids Treatment Guidelines (8 CCR 9792.24.4, July 28, 2016): ${parent.title}.`,
      '',
      "_Confidence: from the guideline's table of contents, which lists sections to three levels._",
    );
  if (opioid)
    lines.push(
      `Section ${opioid.num} of the MTUS Opioids Treatment Guidelines (8 CCR 9792.24.4, July 28, 2016): ${opioid.title}.`,
      '',
      "_Confidence: from the guideline's table of contents._",
    );
  const n = observedCount(key, section.text);
  if (n > 0)
    lines.push(
      `Cited ${n} time${n === 1 ? '' : 's'} under this chapter in real 2016-17 letters.`,
      '',
      '_Confidence: observed in real letters._',
    );
  else if (!opioid) lines.push('Not seen under this chapter in real 2016-17 letters: check the spelling and the chapter.');
  return lines.join('\n');
}

/** The 2009 Chronic Pain topics whose pages include `page`. */
export function topicsOnPage(page: number): PageTopic[] {
  return CPMTG_2009_PAGES.filter((t) => t.pageList.includes(page));
}

const CONFIDENCE = {
  A: 'A — confirmed by a real letter',
  B: 'B — commonly cited, not verified against the guideline (a hint, never an error)',
} as const;

function pageTable(topics: readonly PageTopic[]): string[] {
  if (!topics.length) return [];
  return [
    '| Topic | Pages | Confidence |',
    '|---|---|---|',
    ...topics.map((t) => `| ${t.topic} | ${t.pages} | ${CONFIDENCE[t.confidence]} |`),
  ];
}

export function describePage(c: MtusChapterCitation, page: PageRef): string {
  const lines = [`**Page${page.from === page.to ? '' : 's'} ${page.text}** of ${c.chapter.text || 'the cited guideline'}`, ''];
  if (!/chronic\s+pain/i.test(c.chapter.text)) {
    lines.push('Page numbers are known only for the 2009 Chronic Pain Medical Treatment Guidelines (127 pages).');
    return lines.join('\n');
  }
  if (c.year && Number(c.year.text) >= 2016) {
    lines.push(
      "This citation is the 2016 update of the Chronic Pain Medical Treatment Guidelines, whose page numbers differ from the 2009 edition's: the 2009 page table below may not match it.",
      '',
    );
  }
  const topics: PageTopic[] = [];
  for (let p = page.from; p <= Math.min(page.to, page.from + 40); p++)
    for (const t of topicsOnPage(p)) if (!topics.includes(t)) topics.push(t);
  if (page.to > 127 || page.from < 1)
    lines.push('The 2009 Chronic Pain Medical Treatment Guidelines have 127 pages: this page does not exist.');
  else if (!topics.length) lines.push('No topic of the page table covers this page.');
  else lines.push(...pageTable(topics));
  return lines.join('\n');
}

/** The 2014-era topic text before "Page(s):": the page-table rows whose names share a word with it. */
export function describeTopic(c: MtusChapterCitation, topic: TextPart): string {
  const words = new Set(
    norm(topic.text)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 3),
  );
  const rows = CPMTG_2009_PAGES.filter((t) =>
    norm(t.topic)
      .split(/[^a-z0-9]+/)
      .some((w) => words.has(w)),
  );
  const lines = [`**${topic.text}** — topic cited in ${c.chapter.text || 'the guideline'}`, ''];
  if (rows.length && /chronic\s+pain/i.test(c.chapter.text))
    lines.push('Where the 2009 page table puts it:', '', ...pageTable(rows.slice(0, 8)));
  return lines.join('\n');
}

const STATEMENTS = {
  noEvidence: (party: string) =>
    `**No medical evidence cited** — a fixed sentence: the ${party} named no guideline for its decision. It is a legitimate statement (about 18% of real Claims Administrator lines), not a missing citation.`,
  outsideMtus: (party: string) =>
    `**Outside the MTUS** — the ${party} relied on recommendations outside the MTUS. In real letters a "Decision based on Non-MTUS Citation ..." sentence always follows and names the source.`,
};

const FAMILY = {
  ODG: 'Official Disability Guidelines (ODG, Work Loss Data Institute / MCG): a non-MTUS source the MTUS allows when it does not address the treatment (8 CCR 9792.21.1).',
  ACOEM: 'ACOEM Occupational Medicine Practice Guidelines outside the adopted MTUS chapters: a non-MTUS source.',
  other: 'A non-MTUS source (journal article, drug label, web page or another guideline).',
} as const;

/** Markdown for the part of `citation` at `offset`, or undefined when the offset is outside it. */
export function describeCitationAt(citation: Citation, offset: number, letter?: Letter): string | undefined {
  if (!contains(citation.span, offset)) return undefined;
  switch (citation.kind) {
    case 'mtus': {
      const s = citation.sections.find((x) => contains(x.span, offset));
      if (s) return describeSection(citation, s);
      const p = citation.pages.find((x) => contains(x.span, offset));
      if (p) return describePage(citation, p);
      if (citation.topic && contains(citation.topic.span, offset)) return describeTopic(citation, citation.topic);
      return describeChapter(citation, letter);
    }
    case 'nonMtus':
      return [`**Non-MTUS citation**: ${citation.source.text || '_(no source named)_'}`, '', FAMILY[citation.family ?? 'other']].join('\n');
    case 'noEvidence':
      return STATEMENTS.noEvidence(citation.party);
    case 'outsideMtus':
      return STATEMENTS.outsideMtus(citation.party);
    case 'other':
      return `**Citation**: ${citation.text}\n\nNeither an MTUS nor a Non-MTUS citation: letters write "Decision based on MTUS ..." or "Decision based on Non-MTUS Citation ...".`;
  }
}
