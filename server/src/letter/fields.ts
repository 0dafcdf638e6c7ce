// Field nodes whose costly parts (the citations of a guideline, the conclusion of a rationale) are parsed on
// first read: a letter is often parsed for features that never look at them (the outline, folding, a
// re-parse that a newer keystroke replaces). Classes with getters, not object literals with accessors
// (which V8 keeps as dictionaries); toJSON gives the plain shape with every property in the usual order.
import type { Citation, Conclusion, FieldKind, GuidelineField, RationaleField, Span, TextPart } from './types';
import { parseCitations } from './citations';
import { findConclusion } from './conclusion';

class GuidelineFieldNode implements GuidelineField {
  readonly kind: Exclude<FieldKind, 'rationale'>;
  readonly label: TextPart;
  readonly body: TextPart;
  readonly span: Span;
  readonly #source: string;
  readonly #from: number;
  readonly #to: number;
  #citations: readonly Citation[] | undefined;

  constructor(source: string, kind: Exclude<FieldKind, 'rationale'>, label: TextPart, body: TextPart, span: Span, from: number, to: number, known: readonly Citation[] | undefined) {
    this.kind = kind;
    this.label = label;
    this.body = body;
    this.span = span;
    this.#source = source;
    this.#from = from;
    this.#to = to;
    this.#citations = known;
  }

  get citations(): readonly Citation[] {
    return (this.#citations ??= parseCitations(this.#source, this.#from, this.#to));
  }

  /** The citations if they have been read (or were given), else undefined. */
  citationsIfRead(): readonly Citation[] | undefined {
    return this.#citations;
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

  constructor(source: string, label: TextPart, body: TextPart, span: Span, from: number, to: number, known: { readonly conclusion: Conclusion | undefined } | undefined) {
    this.label = label;
    this.body = body;
    this.span = span;
    this.#source = source;
    this.#from = from;
    this.#to = to;
    this.#found = known;
  }

  get conclusion(): Conclusion | undefined {
    return (this.#found ??= { conclusion: findConclusion(this.#source, this.#from, this.#to) }).conclusion;
  }

  /** The conclusion (which may be none) if it has been read (or was given), else undefined. */
  conclusionIfRead(): { readonly conclusion: Conclusion | undefined } | undefined {
    return this.#found;
  }

  toJSON(): RationaleField {
    return { kind: this.kind, label: this.label, body: this.body, span: this.span, conclusion: this.conclusion };
  }
}

/** A guideline field; its citations are parsed from [from, to) of `text` on first read unless `known`. */
export function guidelineField(
  text: string,
  kind: Exclude<FieldKind, 'rationale'>,
  label: TextPart,
  body: TextPart,
  span: Span,
  from: number,
  to: number,
  known?: readonly Citation[],
): GuidelineField {
  return new GuidelineFieldNode(text, kind, label, body, span, from, to, known);
}

/** A rationale field; its conclusion is found in [from, to) of `text` on first read unless `known`. */
export function rationaleField(
  text: string,
  label: TextPart,
  body: TextPart,
  span: Span,
  from: number,
  to: number,
  known?: { readonly conclusion: Conclusion | undefined },
): RationaleField {
  return new RationaleFieldNode(text, label, body, span, from, to, known);
}

/** The citations of `field` if they have been read, else undefined (also for fields made elsewhere). */
export function citationsIfRead(field: GuidelineField): readonly Citation[] | undefined {
  return field instanceof GuidelineFieldNode ? field.citationsIfRead() : field.citations;
}

/** The conclusion of `field` (which may be none) if it has been read, else undefined. */
export function conclusionIfRead(field: RationaleField): { readonly conclusion: Conclusion | undefined } | undefined {
  return field instanceof RationaleFieldNode ? field.conclusionIfRead() : { conclusion: field.conclusion };
}
