// Field nodes whose costly parts (the citations of a guideline, the conclusion of a rationale) are parsed on
// first read: a letter is often parsed for features that never look at them (the outline, folding, a
// re-parse that a newer keystroke replaces). Classes with getters, not object literals with accessors
// (which V8 keeps as dictionaries); toJSON gives the plain shape with every property in the usual order.
import type { Citation, Conclusion, FieldKind, GuidelineField, RationaleField, Span, TextPart } from './types';
import { parseCitations } from './citations';
import { findConclusion } from './conclusion';
import { moveCitation, moveConclusion, type Moved } from './move';

class GuidelineFieldNode implements GuidelineField {
  readonly kind: Exclude<FieldKind, 'rationale'>;
  readonly label: TextPart;
  readonly body: TextPart;
  readonly span: Span;
  readonly #source: string;
  readonly #from: number;
  readonly #to: number;
  #citations: readonly Citation[] | undefined;
  #moved: Moved<readonly Citation[]> | undefined;

  constructor(
    source: string,
    kind: Exclude<FieldKind, 'rationale'>,
    label: TextPart,
    body: TextPart,
    span: Span,
    from: number,
    to: number,
    known: Moved<readonly Citation[]> | undefined,
  ) {
    this.kind = kind;
    this.label = label;
    this.body = body;
    this.span = span;
    this.#source = source;
    this.#from = from;
    this.#to = to;
    if (known?.d === 0) this.#citations = known.from;
    else this.#moved = known;
  }

  get citations(): readonly Citation[] {
    if (this.#citations === undefined) {
      const m = this.#moved;
      this.#citations = m ? m.from.map((c) => moveCitation(c, m.d)) : parseCitations(this.#source, this.#from, this.#to);
      this.#moved = undefined;
    }
    return this.#citations;
  }

  /** The citations if they have been read (or were given, perhaps still to be moved), else undefined. */
  citationsIfRead(): Moved<readonly Citation[]> | undefined {
    return this.#citations ? { from: this.#citations, d: 0 } : this.#moved;
  }

  toJSON(): GuidelineField {
    return { kind: this.kind, label: this.label, body: this.body, span: this.span, citations: this.citations };
  }
}

class RationaleFieldNode implements RationaleField {
  readonly kind = 'rationale' as const;
  readonly label: TextPart;
  readonly body: TextPart;
  readonly span: Span;
  readonly #source: string;
  readonly #from: number;
  readonly #to: number;
  #found: { readonly conclusion: Conclusion | undefined } | undefined;
  #moved: Moved<Conclusion> | undefined;

  constructor(
    source: string,
    label: TextPart,
    body: TextPart,
    span: Span,
    from: number,
    to: number,
    known: Moved<Conclusion | undefined> | undefined,
  ) {
    this.label = label;
    this.body = body;
    this.span = span;
    this.#source = source;
    this.#from = from;
    this.#to = to;
    // A rationale known to have no conclusion stays without one wherever it moves.
    if (known && (known.d === 0 || known.from === undefined)) this.#found = { conclusion: known.from };
    else this.#moved = known as Moved<Conclusion> | undefined;
  }

  get conclusion(): Conclusion | undefined {
    if (this.#found === undefined) {
      const m = this.#moved;
      this.#found = { conclusion: m ? moveConclusion(m.from, m.d, this.#source) : findConclusion(this.#source, this.#from, this.#to) };
      this.#moved = undefined;
    }
    return this.#found.conclusion;
  }

  /** The conclusion (which may be none) if it has been read (or was given, perhaps still to be moved), else undefined. */
  conclusionIfRead(): Moved<Conclusion | undefined> | undefined {
    return this.#found ? { from: this.#found.conclusion, d: 0 } : this.#moved;
  }

  toJSON(): RationaleField {
    return { kind: this.kind, label: this.label, body: this.body, span: this.span, conclusion: this.conclusion };
  }
}

/** A guideline field; its citations are parsed from [from, to) of `text` on first read unless `known` (moved on first read). */
export function guidelineField(
  text: string,
  kind: Exclude<FieldKind, 'rationale'>,
  label: TextPart,
  body: TextPart,
  span: Span,
  from: number,
  to: number,
  known?: Moved<readonly Citation[]>,
): GuidelineField {
  return new GuidelineFieldNode(text, kind, label, body, span, from, to, known);
}

/** A rationale field; its conclusion is found in [from, to) of `text` on first read unless `known` (moved on first read). */
export function rationaleField(
  text: string,
  label: TextPart,
  body: TextPart,
  span: Span,
  from: number,
  to: number,
  known?: Moved<Conclusion | undefined>,
): RationaleField {
  return new RationaleFieldNode(text, label, body, span, from, to, known);
}

/** The citations of `field` if they have been read (perhaps still to be moved by `d`), else undefined (also for fields made elsewhere). */
export function citationsIfRead(field: GuidelineField): Moved<readonly Citation[]> | undefined {
  return field instanceof GuidelineFieldNode ? field.citationsIfRead() : { from: field.citations, d: 0 };
}

/** The conclusion of `field` (which may be none) if it has been read (perhaps still to be moved), else undefined. */
export function conclusionIfRead(field: RationaleField): Moved<Conclusion | undefined> | undefined {
  return field instanceof RationaleFieldNode ? field.conclusionIfRead() : { from: field.conclusion, d: 0 };
}
