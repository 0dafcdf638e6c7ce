// What a rule is: metadata (from which docs and the settings schema are generated) and a check over the Letter.
import type { Item, Letter, Span } from '../letter';

export type Level = 'error' | 'warning' | 'information' | 'hint';
export type LevelSetting = Level | 'off';

export type RuleCategory = 'structure' | 'header' | 'citation' | 'decision';

/** A text edit in document offsets. */
export interface Edit {
  readonly span: Span;
  /** What is inserted: always complete and valid on its own (it raises no problem). */
  readonly newText: string;
  /**
   * The same text as a snippet (LSP syntax: ${1:placeholder}) for editors that take snippet edits: the
   * placeholder, selected, is where the writer goes on typing (the citation of an inserted guideline line).
   */
  readonly snippet?: string;
}

/** A fix the user may choose; applied only on request. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly Edit[];
  /** Safe to apply without looking (used by "fix all" and the CLI's --fix). */
  readonly safe?: boolean;
  /** Changes an item's outcome, the decision itself: offered, but never preferred and never part of a fix-all. */
  readonly changesOutcome?: boolean;
}

export interface Problem {
  readonly rule: string;
  readonly span: Span;
  readonly message: string;
  readonly level: Level;
  readonly fixes?: readonly Fix[];
  /** Other places that explain the problem. */
  readonly related?: readonly { span: Span; message: string }[];
  /** For a problem that something is missing: where it is due and what it is (see Due). */
  readonly due?: Due;
}

/**
 * Where a missing part of the letter is due, and what it is in a few words ('the section "CLINICAL CASE
 * SUMMARY"', 'its "MAXIMUS guideline:" line'). In a letter being drafted, a part due where nothing is written
 * after it yet is still to write, not a defect (rules/drafting.ts).
 */
export interface Due {
  readonly at: number;
  readonly what: string;
  /** The item it belongs to, when it is part of one (its request, as the note names it). */
  readonly item?: string;
}

export type Report = (p: {
  span: Span;
  message: string;
  fixes?: readonly Fix[];
  related?: readonly { span: Span; message: string }[];
  level?: Level;
  due?: Due;
}) => void;

export interface Rule {
  /** Stable id, e.g. IMR004. */
  readonly id: string;
  /** Stable kebab-case name: the diagnostic code and the settings key. */
  readonly name: string;
  readonly category: RuleCategory;
  /** One line, shown in the settings schema and the rules table. */
  readonly description: string;
  readonly defaultLevel: Level;
  /** Markdown: why it matters, what it checks, how to fix it. */
  readonly docs: string;
  /** A defective excerpt and its correction, for the docs. */
  readonly example?: { readonly bad: string; readonly good: string };
  readonly check: (letter: Letter, report: Report) => void;
  /**
   * For rules that look at one disputed item at a time: the check of one item. It reads only that item, its
   * text and the letter's format and line breaks (never another item or text outside the item), so lint can
   * keep an unchanged item's problems across edits. When present, lint calls it for each item instead of check.
   */
  readonly checkItem?: ItemCheck;
  /**
   * With checkItem, for rules that also read text outside the items (the header, the other sections, the text
   * between items): the check of that text alone. Lint calls it once per lint, and checkItem per item.
   */
  readonly checkOutsideItems?: (letter: Letter, report: Report) => void;
  /**
   * A judgement of what an item's rationale says (its conclusion, the guidelines it relies on). In a draft it
   * waits until the rationale is finished: its conclusion sentence is written, or text follows it.
   */
  readonly judgesRationale?: boolean;
}

export type ItemCheck = (letter: Letter, item: Item, report: Report) => void;
