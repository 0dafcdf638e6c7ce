// What a disputed item is about, for ranking citation choices: the guidelines its lines already cite (a
// reviewer's second citation usually repeats one the Claims Administrator cited), and the body region and kind
// of treatment its request names (a knee MRI -> Knee Complaints; acupuncture -> Acupuncture; a drug -> Chronic
// Pain). Read from the Letter model up to the cursor.
import type { Field, Item, Letter } from '../letter';
import { odgChapterOf } from '../kb/odg';
import { chaptersForRequest, odgForMtus } from '../kb/requestChapters';

export interface ItemTopic {
  /** MTUS chapter keys ("Low Back Complaints 2004") the item cites before the cursor, the Claims Administrator's first. */
  readonly cited: readonly string[];
  /** Chapter keys cited in the field being written. */
  readonly citedHere: ReadonlySet<string>;
  /** Sections the item cites before the cursor, by chapter key (lower case). */
  readonly sectionsCited: ReadonlyMap<string, readonly string[]>;
  /** ODG chapters the item cites before the cursor. */
  readonly odgCited: readonly string[];
  /** MTUS chapter keys for what the request names, likeliest first. */
  readonly chapters: readonly string[];
  /** ODG chapters for what the request names, likeliest first. */
  readonly odg: readonly string[];
  /** The request as written (for matching section names). */
  readonly request: string;
}

const chapterKey = (label: string, year?: string): string => (year ? `${label} ${year}` : label);

/** A citation ending at `end` is still being written at `offset`: it reaches the cursor, or only blanks part them. */
const beingWritten = (letter: Letter, end: number, offset: number): boolean =>
  end >= offset || letter.text.slice(end, offset).trim() === '';

export function itemTopic(letter: Letter, item: Item | undefined, field: Field | undefined, offset: number): ItemTopic {
  const cited: string[] = [];
  const citedHere = new Set<string>();
  const sectionsCited = new Map<string, string[]>();
  const odgCited: string[] = [];
  const fields = item ? [item.claimsAdministrator, item.maximus].filter((f) => f !== undefined) : [];
  for (const f of fields) {
    for (const c of f.citations) {
      if (beingWritten(letter, c.span.end, offset)) continue;
      if (c.kind === 'mtus' && c.chapter.text) {
        const key = chapterKey(c.chapter.text, c.year?.text);
        if (!cited.includes(key)) cited.push(key);
        if (f === field) citedHere.add(key);
        const list = sectionsCited.get(key.toLowerCase()) ?? [];
        for (const s of c.sections) if (!list.includes(s.text)) list.push(s.text);
        sectionsCited.set(key.toLowerCase(), list);
      } else if (c.kind === 'nonMtus') {
        const odg = odgChapterOf(c.source.text);
        if (odg && !odgCited.includes(odg.name)) odgCited.push(odg.name);
      }
    }
  }
  const request = item ? letter.text.slice(item.header.span.start, item.header.span.end) : '';
  const forRequest = chaptersForRequest(request);
  const chapters = forRequest.mtus;
  const odg = [...new Set([...forRequest.regionOdg, ...cited.map(odgForMtus).filter((o): o is string => !!o), ...forRequest.odg])];
  return { cited, citedHere, sectionsCited, odgCited, chapters, odg, request };
}

/**
 * The labels the letter, before `offset`, prints without a year (the 2014 way: "Chronic Pain Treatment
 * Guidelines ... Page(s): 24"), commonest first; empty when most of its citations carry a year.
 */
export function labelsWithoutYears(letter: Letter, offset: number): string[] {
  let withYear = 0;
  const without = new Map<string, number>();
  for (const item of letter.items) {
    if (item.span.start > offset) break;
    for (const f of [item.claimsAdministrator, item.maximus]) {
      for (const c of f?.citations ?? []) {
        if (c.kind !== 'mtus' || beingWritten(letter, c.span.end, offset) || !c.chapter.text) continue;
        if (c.year) withYear++;
        else without.set(c.chapter.text, (without.get(c.chapter.text) ?? 0) + 1);
      }
    }
  }
  const total = [...without.values()].reduce((a, b) => a + b, 0);
  return total > withYear ? [...without.entries()].sort((a, b) => b[1] - a[1]).map(([label]) => label) : [];
}
