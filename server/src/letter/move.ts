// Moving parsed parts by a number of characters: after an edit, text behind it is the same text at another
// offset. Shared by the item shift (shift.ts) and by fields, which move their citations and conclusion only
// when someone reads them.
import type { Citation, Conclusion, Span, TextPart } from './types';
import { lazyPart } from './text';

// Typed, so that the hot path stays monomorphic; a field added to the model without a line here shows up in the
// test that compares every incremental parse with a full one.
export const moveSpan = (s: Span, d: number): Span => ({ start: s.start + d, end: s.end + d });
export const eager = (p: TextPart, d: number): TextPart => ({ text: p.text, span: moveSpan(p.span, d) });
export const eagerOpt = (p: TextPart | undefined, d: number): TextPart | undefined => p && eager(p, d);
/** Long parts (field bodies, conclusion sentences) collapse their text on first read, as the parser makes them. */
export const lazy = (p: TextPart, d: number, text: string): TextPart => lazyPart(text, p.span.start + d, p.span.end + d);

export function moveCitation(c: Citation, d: number): Citation {
  switch (c.kind) {
    case 'mtus':
      return {
        ...c,
        span: moveSpan(c.span, d),
        chapter: eager(c.chapter, d),
        year: eagerOpt(c.year, d),
        sections: c.sections.map((t) => eager(t, d)),
        topic: eagerOpt(c.topic, d),
        pages: c.pages.map((p) => ({ ...p, span: moveSpan(p.span, d) })),
      };
    case 'nonMtus':
      return { ...c, span: moveSpan(c.span, d), source: eager(c.source, d) };
    default:
      return { ...c, span: moveSpan(c.span, d) };
  }
}

export function moveConclusion(c: Conclusion, d: number, text: string): Conclusion {
  return { ...c, sentence: lazy(c.sentence, d, text), phrase: eager(c.phrase, d) };
}

/** Parts parsed for an earlier version, to be moved by `d` when first read. */
export interface Moved<T> {
  readonly from: T;
  readonly d: number;
}
