// The letter model of one letter as reviewable text: everything parseLetter finds (header, sections, items,
// fields, citations, conclusions, with their offsets) and what the model's readers make of it (counts and
// strengths of requests, body parts, chapters named, dates in prose, the reviewer's credentials, lookups by
// offset). One fact per line, so a change to the model shows as a small diff of the golden files.
import {
  chapterMentions,
  chapterOfLabel,
  chapterRegions,
  countBeforeName,
  countOf,
  datesIn,
  decidesTheRequest,
  fieldAt,
  hasContainerCount,
  hasQuantityOrFrequency,
  headerFieldAt,
  isCappedTherapy,
  isLabelBeginning,
  isRetrospective,
  itemAt,
  itemBefore,
  looksLikeLetter,
  maxVisits,
  namedRequest,
  partialCounts,
  rateSplit,
  ratesOf,
  regionsNamedIn,
  requestKeyword,
  reviewerCredentials,
  sectionOpeningIn,
  strengthDigits,
  strengthNumbers,
  strengthsOf,
  therapyKinds,
  type Citation,
  type Field,
  type GuidelineField,
  type Letter,
  type Span,
  type TextPart,
} from '../../server/src/letter';
import { partsDiscussed, partsInstead, partsNamed, sidedParts } from '../../server/src/letter/bodyParts';
import { datesInProse, type WrittenDate } from '../../server/src/letter/proseDates';
import { injuryDates, isDateAhead, utilizationReviewDates } from '../../server/src/letter/summaryDates';
import { digest as hash } from './golden';

const str = (s: string): string =>
  s.length <= 120 ? JSON.stringify(s) : `${JSON.stringify(s.slice(0, 50))}…${JSON.stringify(s.slice(-30))} (${s.length} chars, ${hash(s)})`;
const span = (s: Span): string => `${s.start}-${s.end}`;
const part = (p: TextPart | undefined): string => (p ? `${str(p.text)}@${span(p.span)}` : '-');

/** Any value on one line: text parts and spans by the helpers above, the rest as compact JSON. */
function show(v: unknown): string {
  if (v === undefined) return '-';
  if (v instanceof Map) return show(Object.fromEntries(v));
  if (v instanceof Set) return show([...v]);
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.text === 'string' && o.span && Object.keys(o).length === 2) return part(o as unknown as TextPart);
    const keys = Object.keys(o);
    if (keys.length === 2 && typeof o.start === 'number' && typeof o.end === 'number') return span(o as unknown as Span);
    return `{${keys.map((k) => `${k}: ${show(o[k])}`).join(', ')}}`;
  }
  return typeof v === 'string' ? str(v) : String(v);
}

function citation(c: Citation): string {
  switch (c.kind) {
    case 'mtus':
      return [
        `mtus ${span(c.span)} chapter ${part(c.chapter)} year ${part(c.year)}`,
        `sections ${show(c.sections)} topic ${part(c.topic)} pages ${show(c.pages)}`,
        `chapterOfLabel ${show(chapterOfLabel(c.chapter.text))} regions ${show(chapterRegions(c.chapter.text))}`,
      ].join('; ');
    case 'nonMtus':
      return `nonMtus ${span(c.span)} source ${part(c.source)} family ${show(c.family)}`;
    case 'noEvidence':
    case 'outsideMtus':
      return `${c.kind} ${span(c.span)} party ${c.party}`;
    default:
      return `other ${span(c.span)} ${str(c.text)}`;
  }
}

const written = (d: WrittenDate): string => `${str(d.text)}@${span(d.span)} day ${d.day} year ${d.year}`;

/** What the model's readers make of a request's words. */
function requestFacts(text: string): string[] {
  const strengths = strengthsOf(text);
  return [
    `keyword ${show(requestKeyword(text))} therapy ${show(therapyKinds(text))}`,
    `strengths ${show(strengths)} numbers ${show(strengthNumbers(text))} digits ${show(strengths.map((s) => strengthDigits(s.text)))}`,
    `count ${show(countOf(text))} quantityOrFrequency ${hasQuantityOrFrequency(text)} container ${hasContainerCount(text)}`,
    `capped ${isCappedTherapy(text)} maxVisits ${show(maxVisits(text))} rates ${show(ratesOf(text))}`,
    `regions ${show(regionsNamedIn(text))} parts ${show(partsNamed(text))} sided ${show(sidedParts(text))}`,
  ];
}

function field(f: Field): string {
  return `${f.kind} ${span(f.span)} label ${part(f.label)} body ${part(f.body)}`;
}

/** The dump of one letter's model, one fact per line. */
export function dumpModel(letter: Letter): string {
  const { text } = letter;
  const out: string[] = [];
  const add = (indent: number, line: string): void => void out.push(`${'  '.repeat(indent)}${line}`);

  add(0, `format ${letter.format}; ${letter.lines.length} lines; ${text.length} chars; looksLikeLetter ${looksLikeLetter(text)}`);
  add(0, `lines ${hash(letter.lines.map((l) => `${l.start},${l.end},${l.next}`).join(';'))}`);
  const beginnings = letter.lines.flatMap((l, i) => {
    const line = text.slice(l.start, l.end);
    const half = line.slice(0, Math.ceil(line.trim().length / 2) + line.length - line.trimStart().length);
    if (isLabelBeginning(line)) return [`${i}`];
    return isLabelBeginning(half) ? [`${i}/2`] : [];
  });
  add(0, `label beginnings (line, or /2 for its first half) ${beginnings.join(' ')}`);

  if (letter.header) {
    add(0, `header ${span(letter.header.span)}`);
    for (const f of letter.header.fields) {
      const dates = f.value ? datesIn(f.value.text) : undefined;
      add(1, `${f.key} label ${part(f.label)} value ${part(f.value)} dates ${show(dates)}`);
      const at = headerFieldAt(letter, f.label.span.start)?.key;
      const after = f.value ? headerFieldAt(letter, f.value.span.end)?.key : undefined;
      add(2, `headerFieldAt label ${show(at)} value end ${show(after)}`);
    }
  } else add(0, 'header -');

  for (const s of letter.sections)
    add(0, `section ${s.kind} ${str(s.title)} heading ${span(s.headingSpan)} span ${span(s.span)} body ${span(s.bodySpan)}`);
  add(0, `issues ${letter.issues ? span(letter.issues.span) : '-'}`);
  for (const title of [
    'HOW THE IMR FINAL DETERMINATION WAS MADE',
    'CLINICAL CASE SUMMARY',
    'IMR ISSUES, DECISIONS AND RATIONALES',
    'IMR DECISION(S) AND RATIONALE(S)',
  ])
    add(0, `opening of ${title}: ${show(sectionOpeningIn(letter, title, 0, text.length))}`);
  add(0, `reviewer ${show(reviewerCredentials(letter))}`);

  for (const s of letter.sections) {
    const { start, end } = s.bodySpan;
    const prose = datesInProse(text, start, end);
    add(
      0,
      `dates in ${s.kind}: ${prose.map((d) => `${written(d)}${isDateAhead(text, d.span.start, d.span.end, start, end) ? ' ahead' : ''}`).join('; ')}`,
    );
    add(1, `injury dates ${injuryDates(text, start, end).map(written).join('; ')}`);
    if (s.kind === 'caseSummary') add(1, `utilization review dates ${utilizationReviewDates(text, start, end).map(written).join('; ')}`);
  }

  for (const item of letter.items) {
    add(0, `item ${item.index} ${span(item.span)} retrospective ${isRetrospective(item)}`);
    add(1, `header ${part(item.header)}`);
    add(1, `request ${part(item.request)}`);
    for (const line of requestFacts(item.request.text)) add(2, line);
    add(1, `outcome ${show(item.outcome)} slot ${item.outcomeSlot}`);
    if (item.partial) {
      const p = item.partial;
      add(1, `partial ${p.form} original ${part(p.original)} authorized ${part(p.authorized)} remaining ${part(p.remaining)}`);
      add(2, `counts ${show(partialCounts(p))}`);
      if (p.original && p.authorized && p.remaining)
        add(2, `rate split ${show(rateSplit(p.original.text, p.authorized.text, p.remaining.text))}`);
      for (const x of [p.original, p.authorized, p.remaining]) if (x) for (const line of requestFacts(x.text)) add(2, line);
    }
    add(1, `fields in order ${item.fields.map((f) => f.kind).join(' ')}`);
    for (const f of item.fields) add(1, field(f));
    for (const g of [item.claimsAdministrator, item.maximus]) {
      if (!g) continue;
      add(1, `${g.kind} citations`);
      for (const c of g.citations) add(2, citation(c));
    }
    const r = item.rationale;
    if (r) {
      const c = r.conclusion;
      add(1, `conclusion ${c ? `${c.kind} sentence ${part(c.sentence)} phrase ${part(c.phrase)}` : '-'}`);
      if (c) {
        const phraseAt = c.phrase.span.start - c.sentence.span.start;
        add(2, `decides ${decidesTheRequest(c.sentence.text)} named ${show(namedRequest(c.sentence.text, item.request.text, phraseAt))}`);
        const key = requestKeyword(item.request.text);
        add(
          2,
          `count said ${show(countOf(c.sentence.text))} before name ${show(key ? countBeforeName(c.sentence.text, key) : undefined)} strengths said ${show(strengthsOf(c.sentence.text))}`,
        );
      }
      const body = r.body.text;
      const named = partsNamed(item.request.text);
      add(1, `rationale chapters ${show(chapterMentions(body))}`);
      add(
        1,
        `rationale parts ${show(partsDiscussed(body))} about the worker ${show(partsDiscussed(body, true))} instead ${show(partsInstead(named, body))} sided ${show(sidedParts(body))}`,
      );
    }
    const probes = [item.span.start, item.header.span.end, ...item.fields.map((f) => f.body.span.start), item.span.end];
    add(
      1,
      `at ${probes.map((o) => `${o}: ${show(itemAt(letter, o)?.index)}/${show(itemBefore(letter, o)?.index)}/${show(fieldAt(letter, o)?.field.kind)}`).join(', ')}`,
    );
  }
  return `${out.join('\n')}\n`;
}

/** The model of a letter being written, on one line: what the parse makes of each part so far, with offsets. */
export function dumpDraft(letter: Letter): string {
  const h = letter.header
    ? `header ${span(letter.header.span)} ${letter.header.fields.map((f) => `${f.key}@${f.label.span.start}=${f.value ? part(f.value) : '-'}`).join(' ')}`
    : 'header -';
  const sections = letter.sections.map((s) => `${s.kind}@${span(s.span)}/${span(s.bodySpan)}`).join(' ');
  const items = letter.items.map((i) => {
    const outcome = i.outcome ? `${str(i.outcome.text)}:${i.outcome.meaning ?? '-'}:${i.outcome.valid}` : '-';
    const fields = i.fields
      .map((f) => {
        const c = i.rationale?.conclusion;
        const g =
          f === i.rationale
            ? c
              ? `${c.kind} ${span(c.phrase.span)}`
              : ''
            : f === i.claimsAdministrator || f === i.maximus
              ? (f as GuidelineField).citations.map((x) => x.kind).join('+')
              : '';
        return `${f.kind}@${span(f.span)}${g ? `(${g})` : ''}`;
      })
      .join(' ');
    const partial = i.partial
      ? ` partial ${i.partial.form} ${[i.partial.original, i.partial.authorized, i.partial.remaining].map(part).join(' / ')}`
      : '';
    return `[${i.index} ${span(i.span)} ${part(i.request)} outcome ${outcome} slot ${i.outcomeSlot}${partial} ${fields}]`;
  });
  return `${letter.format} ${letter.lines.length} lines; ${h}; sections ${sections || '-'}; issues ${letter.issues?.kind ?? '-'}; items ${items.join(' ') || '-'}`;
}
