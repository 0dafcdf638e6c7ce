// Moving parsed parts of a letter by a number of characters: after an edit, everything behind it is the same
// text at another offset, so its model is the old one shifted, not parsed again.
import type { Citation, Conclusion, Field, GuidelineField, Item, Line, PartialAuthorization, RationaleField, Section, Span, TextPart } from './types';
import { lazyPart } from './text';
import { citationsIfRead, conclusionIfRead, guidelineField, rationaleField } from './fields';

// Typed, so that the hot path stays monomorphic; a field added to the model without a line here shows up in the
// test that compares every incremental parse with a full one.
const span = (s: Span, d: number): Span => ({ start: s.start + d, end: s.end + d });
const eager = (p: TextPart, d: number): TextPart => ({ text: p.text, span: span(p.span, d) });
const eagerOpt = (p: TextPart | undefined, d: number): TextPart | undefined => p && eager(p, d);
/** Long parts (field bodies, conclusion sentences) collapse their text on first read, as the parser makes them. */
const lazy = (p: TextPart, d: number, text: string): TextPart => lazyPart(text, p.span.start + d, p.span.end + d);

function shiftCitation(c: Citation, d: number): Citation {
  switch (c.kind) {
    case 'mtus':
      return {
        ...c,
        span: span(c.span, d),
        chapter: eager(c.chapter, d),
        year: eagerOpt(c.year, d),
        sections: c.sections.map((t) => eager(t, d)),
        topic: eagerOpt(c.topic, d),
        pages: c.pages.map((p) => ({ ...p, span: span(p.span, d) })),
      };
    case 'nonMtus':
      return { ...c, span: span(c.span, d), source: eager(c.source, d) };
    default:
      return { ...c, span: span(c.span, d) };
  }
}

function shiftConclusion(c: Conclusion, d: number, text: string): Conclusion {
  return { ...c, sentence: lazy(c.sentence, d, text), phrase: eager(c.phrase, d) };
}

/**
 * Citations and conclusions already read are moved with the field; those never read stay unread, to be parsed
 * from the new text at the new offsets (the field's text is the same there) if someone asks.
 */
function shiftField(f: Field, d: number, text: string): Field {
  const label = eager(f.label, d);
  const body = lazy(f.body, d, text);
  const moved = span(f.span, d);
  if (f.kind === 'rationale') {
    const read = conclusionIfRead(f as RationaleField);
    const known = read && { conclusion: read.conclusion && shiftConclusion(read.conclusion, d, text) };
    return rationaleField(text, label, body, moved, body.span.start, body.span.end, known);
  }
  const read = citationsIfRead(f as GuidelineField);
  return guidelineField(text, f.kind, label, body, moved, body.span.start, body.span.end, read?.map((c) => shiftCitation(c, d)));
}

function shiftPartial(p: PartialAuthorization, d: number): PartialAuthorization {
  return { ...p, original: eagerOpt(p.original, d), authorized: eagerOpt(p.authorized, d), remaining: eagerOpt(p.remaining, d) };
}

/** The item moved by `delta` characters in `text` (the new document), renumbered as `index`. */
export function shiftItem(item: Item, delta: number, text: string, index: number): Item {
  if (delta === 0) return item.index === index ? item : { ...item, index };
  const d = delta;
  const fields = item.fields.map((f) => shiftField(f, d, text));
  // The named fields are among `fields` (the first of their kind), so they are found there, not moved again.
  const field = <F extends Field>(f: F | undefined): F | undefined => {
    if (f === undefined) return undefined;
    const k = item.fields.indexOf(f);
    return (k >= 0 ? fields[k] : shiftField(f, d, text)) as F;
  };
  const header = eager(item.header, d);
  // The keys in the order the parser writes them, so that JSON of a moved item reads as a parsed one.
  return {
    index,
    span: span(item.span, d),
    header,
    request: item.request === item.header ? header : eager(item.request, d),
    outcome: item.outcome && { ...item.outcome, span: span(item.outcome.span, d) },
    outcomeSlot: item.outcomeSlot + d,
    partial: item.partial && shiftPartial(item.partial, d),
    claimsAdministrator: field(item.claimsAdministrator),
    maximus: field(item.maximus),
    rationale: field(item.rationale),
    fields,
  };
}

export function shiftSection(section: Section, delta: number): Section {
  if (delta === 0) return section;
  const s = (x: { start: number; end: number }) => ({ start: x.start + delta, end: x.end + delta });
  return { ...section, headingSpan: s(section.headingSpan), span: s(section.span), bodySpan: s(section.bodySpan) };
}

export function shiftLine(line: Line, delta: number): Line {
  return { start: line.start + delta, end: line.end + delta, next: line.next + delta };
}
