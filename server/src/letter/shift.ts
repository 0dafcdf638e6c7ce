// Moving parsed parts of a letter by a number of characters: after an edit, everything behind it is the same
// text at another offset, so its model is the old one shifted, not parsed again.
import type { Citation, Conclusion, Field, GuidelineField, Item, Line, OutcomeWord, PartialAuthorization, RationaleField, Section, Span, TextPart } from './types';
import { lazyPart } from './text';

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

function shiftField(f: Field, d: number, text: string): Field {
  const base = { ...f, label: eager(f.label, d), body: lazy(f.body, d, text), span: span(f.span, d) };
  if (f.kind === 'rationale') {
    const c = (f as RationaleField).conclusion;
    return { ...base, conclusion: c && shiftConclusion(c, d, text) } as RationaleField;
  }
  return { ...base, citations: (f as GuidelineField).citations.map((c) => shiftCitation(c, d)) } as GuidelineField;
}

function shiftPartial(p: PartialAuthorization, d: number): PartialAuthorization {
  return { ...p, original: eagerOpt(p.original, d), authorized: eagerOpt(p.authorized, d), remaining: eagerOpt(p.remaining, d) };
}

/** The item moved by `delta` characters in `text` (the new document), renumbered as `index`. */
export function shiftItem(item: Item, delta: number, text: string, index: number): Item {
  if (delta === 0) return item.index === index ? item : { ...item, index };
  const d = delta;
  const fields = new Map<Field, Field>(item.fields.map((f) => [f, shiftField(f, d, text)]));
  const field = <F extends Field>(f: F | undefined): F | undefined => f && ((fields.get(f) ?? shiftField(f, d, text)) as F);
  const header = eager(item.header, d);
  const outcome: OutcomeWord | undefined = item.outcome && { ...item.outcome, span: span(item.outcome.span, d) };
  return {
    ...item,
    index,
    span: span(item.span, d),
    header,
    request: item.request === item.header ? header : eager(item.request, d),
    outcome,
    outcomeSlot: item.outcomeSlot + d,
    partial: item.partial && shiftPartial(item.partial, d),
    claimsAdministrator: field(item.claimsAdministrator),
    maximus: field(item.maximus),
    rationale: field(item.rationale),
    fields: item.fields.map((f) => fields.get(f) as Field),
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
