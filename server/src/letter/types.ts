// The typed model of an IMR final determination letter. Every node carries offsets into the
// document text (UTF-16 code units, as in JavaScript strings and LSP positions), half-open [start, end).

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A piece of the letter with its text as written (whitespace collapsed) and where it stands. */
export interface TextPart {
  readonly text: string;
  readonly span: Span;
}

/** Format 1: 2014-2017 "HOW THE IMR ..." letters; format 2: 2013 MAXIMUS letters; format 3: "MEDICAL PROFESSIONAL REVIEW". */
export type LetterFormat = 'format1' | 'format2' | 'format3' | 'unknown';

export type HeaderKey =
  'caseNumber' | 'dateAssigned' | 'decisionDate' | 'priority' | 'dateOfInjury' | 'urDenialDate' | 'applicationReceived';

export interface HeaderField {
  readonly key: HeaderKey;
  /** The label as printed, e.g. "UR Denial Date:". */
  readonly label: TextPart;
  /** The value; absent when the letter has the label but no value could be paired with it. */
  readonly value?: TextPart;
}

export interface Header {
  readonly span: Span;
  readonly fields: readonly HeaderField[];
}

export type SectionKind =
  | 'determination' // HOW THE IMR FINAL DETERMINATION WAS MADE
  | 'documentsReviewed' // DOCUMENTS REVIEWED (format 2), DOCUMENTS REVIEWED FOR DETERMINATION: (format 3)
  | 'caseSummary' // CLINICAL CASE SUMMARY, CASE SUMMARY:
  | 'issues' // IMR ISSUES, DECISIONS AND RATIONALES; IMR DECISION(S) AND RATIONALE(S)
  | 'issueAtDispute' // ISSUE AT DISPUTE: (format 3)
  | 'guidelinesRelied' // MEDICAL TREATMENT GUIDELINE(S) RELIED UPON ... (format 3)
  | 'rationale' // RATIONALE FOR WHY THE REQUESTED TREATMENT ... (format 3)
  | 'qualifications'; // MEDICAL REVIEWER QUALIFICATIONS: (format 3)

export interface Section {
  readonly kind: SectionKind;
  /** The heading as printed, whitespace collapsed. */
  readonly title: string;
  readonly headingSpan: Span;
  /** From the start of the heading to the end of the section's last non-blank line. */
  readonly span: Span;
  /** What follows the heading (may be empty). */
  readonly bodySpan: Span;
}

export type Outcome = 'Upheld' | 'Overturned';

export interface OutcomeWord {
  /** The word as written, e.g. "Upheld", "uphold", "Denied". */
  readonly text: string;
  readonly span: Span;
  /** The outcome the word means, when it is one of the two valid words in some spelling or case. */
  readonly meaning?: Outcome;
  /** True only for exactly "Upheld" or "Overturned". */
  readonly valid: boolean;
}

/** "X was the original request. Y was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Z is:" */
export interface PartialAuthorization {
  readonly form: 'remaining' | 'leaving-eligible';
  readonly original?: TextPart;
  readonly authorized?: TextPart;
  /** The part still in dispute (for the leaving-eligible form, the original request again). */
  readonly remaining?: TextPart;
}

export type FieldKind = 'claimsAdministrator' | 'maximus' | 'rationale';

export interface Field {
  readonly kind: FieldKind;
  /** "Claims Administrator guideline:", "MAXIMUS guideline:" or "Decision rationale:" as printed. */
  readonly label: TextPart;
  /** The text after the label, whitespace collapsed. */
  readonly body: TextPart;
  /** From the label to the end of the body. */
  readonly span: Span;
}

/** One entry of an MTUS citation: a chapter (with its year) and the sections or pages cited in it. */
export interface MtusChapterCitation {
  readonly kind: 'mtus';
  readonly span: Span;
  /** The chapter label as printed, e.g. "Low Back Complaints", "Chronic Pain Treatment Guidelines". */
  readonly chapter: TextPart;
  readonly year?: TextPart;
  /** "Section(s):" topics, split with the known vocabulary. */
  readonly sections: readonly TextPart[];
  /** The topic text printed before "Page(s):" in 2014-era citations, e.g. "Benzodiazepines, weaning of medications". */
  readonly topic?: TextPart;
  readonly pages: readonly PageRef[];
}

export interface PageRef {
  readonly text: string;
  readonly span: Span;
  readonly from: number;
  readonly to: number;
}

export interface NonMtusCitation {
  readonly kind: 'nonMtus';
  readonly span: Span;
  /** What follows "Non-MTUS Citation". */
  readonly source: TextPart;
  /** The guideline family named in it, when recognisable. */
  readonly family?: 'ODG' | 'ACOEM' | 'other';
}

/** "The Claims Administrator / Expert Reviewer did not cite any medical evidence for its decision." */
export interface NoEvidenceStatement {
  readonly kind: 'noEvidence';
  readonly span: Span;
  readonly party: 'Claims Administrator' | 'Expert Reviewer';
}

/** "... based their decision on recommendation(s) outside of the MTUS Guidelines." */
export interface OutsideMtusStatement {
  readonly kind: 'outsideMtus';
  readonly span: Span;
  readonly party: 'Claims Administrator' | 'Expert Reviewer';
}

/** A "Decision based on ..." sentence that is neither MTUS nor Non-MTUS. */
export interface OtherCitation {
  readonly kind: 'other';
  readonly span: Span;
  readonly text: string;
}

export type Citation = MtusChapterCitation | NonMtusCitation | NoEvidenceStatement | OutsideMtusStatement | OtherCitation;

export interface GuidelineField extends Field {
  readonly kind: 'claimsAdministrator' | 'maximus';
  readonly citations: readonly Citation[];
}

export type ConclusionKind = 'necessary' | 'notNecessary';

export interface Conclusion {
  readonly kind: ConclusionKind;
  /** The sentence that decides, e.g. "The request for X is not medically necessary." */
  readonly sentence: TextPart;
  /** The phrase inside it that carries the decision, e.g. "is not medically necessary". */
  readonly phrase: TextPart;
}

export interface RationaleField extends Field {
  readonly kind: 'rationale';
  readonly conclusion?: Conclusion;
}

export interface Item {
  /** 0-based position among the letter's items. */
  readonly index: number;
  /** From the first header line to the end of the item's last field. */
  readonly span: Span;
  /** The whole item header as printed (may span lines), including the outcome. */
  readonly header: TextPart;
  /** The requested item: for a partial authorisation, the part still in dispute. Whitespace collapsed, without the outcome. */
  readonly request: TextPart;
  readonly outcome?: OutcomeWord;
  /** Where the outcome word is due: after the header's colon (or the header's end when it has none). */
  readonly outcomeSlot: number;
  readonly partial?: PartialAuthorization;
  readonly claimsAdministrator?: GuidelineField;
  readonly maximus?: GuidelineField;
  readonly rationale?: RationaleField;
  /** The fields in the order they were written (a repeated label appears twice). */
  readonly fields: readonly Field[];
}

export interface Line {
  readonly start: number;
  /** End of the line's text, before its line break. */
  readonly end: number;
  /** Start of the next line. */
  readonly next: number;
}

export interface Letter {
  readonly text: string;
  readonly format: LetterFormat;
  readonly lines: readonly Line[];
  readonly header?: Header;
  readonly sections: readonly Section[];
  readonly items: readonly Item[];
  /** The section that holds the disputed items, when there is one. */
  readonly issues?: Section;
}
