// Disputed items: an item header ("<request>: Upheld", possibly wrapped, possibly a partial-authorisation
// paragraph) followed by the Claims Administrator guideline, MAXIMUS guideline and Decision rationale fields.
// One forward pass classifies lines; headers are then extended backwards over their wrapped lines.
import type {
  Field,
  FieldKind,
  GuidelineField,
  Item,
  Line,
  OutcomeWord,
  PartialAuthorization,
  RationaleField,
  Span,
  TextPart,
} from './types';
import { lazyPart, part, trimSpan } from './text';
import { ContentLines } from './contentLines';
import { guidelineField, rationaleField } from './fields';
import { DECISIONS_OPENING_RE } from './sectionOpenings';

const FIELD_RE = /^(Claims\s+Administrator\s+guidelines?|MAXIMUS\s+guidelines?|Decision\s+rationale)\s*:/i;
/** FIELD_RE matched in place in the letter's text (see ContentLines.match). */
const FIELD_AT_RE = /(Claims\s+Administrator\s+guidelines?|MAXIMUS\s+guidelines?|Decision\s+rationale)\s*:/iy;

/** Outcome words a reviewer may type; only "Upheld" and "Overturned" are valid for an item. */
const OUTCOME_WORD_RE =
  /^(upheld|overturned|uphold|upholds|overturn|overturns|overruled|denied|approved|certified|non-?certified|partially\s+(?:overturned|upheld)|partial\s+overturn|modified|affirmed|reversed|granted)\.?$/i;

function outcomeMeaning(word: string): OutcomeWord['meaning'] {
  if (/^partial/i.test(word)) return undefined;
  if (/^(upheld|uphold|upholds|denied|non-?certified|affirmed)\.?$/i.test(word)) return 'Upheld';
  if (/^(overturned|overturn|overturns|overruled|approved|certified|reversed|granted)\.?$/i.test(word)) return 'Overturned';
  return undefined;
}

/** The kind of a label FIELD_RE matched, from its first letter (C, M or D in either case). */
function fieldKind(label: string): FieldKind {
  const first = label.charCodeAt(0) | 0x20;
  return first === 0x63 ? 'claimsAdministrator' : first === 0x6d ? 'maximus' : 'rationale';
}

interface HeaderMark {
  /** Line of the outcome (or of the colon when the outcome is missing). */
  line: number;
  /** Last line of the header (the outcome's line when it sits alone). */
  lastLine: number;
  outcome?: OutcomeWord;
  /** Offset of the colon that introduces the outcome, if any. */
  colon?: number;
}

/** Parses items from lines [fromLine, toLine); `floor` is the first line an item header may use. */
export function parseItems(text: string, lines: readonly Line[], fromLine: number, toLine: number, floorOffset = 0): Item[] {
  const c = new ContentLines(text, lines, fromLine, toLine, floorOffset);

  interface Builder {
    header?: HeaderMark;
    headerStartLine: number;
    fields: { kind: FieldKind; labelStart: number; labelEnd: number; line: number }[];
  }
  const builders: Builder[] = [];
  let current: Builder | undefined;

  for (let i = fromLine; i < toLine; i++) {
    if (c.blank(i)) continue;
    // Field labels start with C, M or D; an item header's line holds a colon. Most lines are neither.
    const first = c.firstCode(i) | 0x20;
    const fm = first === 0x63 || first === 0x6d || first === 0x64 ? c.match(i, FIELD_RE, FIELD_AT_RE) : null;
    if (fm) {
      const kind = fieldKind(fm[1]);
      if (!current || current.fields.some((f) => f.kind === kind)) {
        // A field label that the current item already has starts an item that has no header.
        current = { headerStartLine: i, fields: [] };
        builders.push(current);
      }
      current.fields.push({ kind, labelStart: c.start(i), labelEnd: c.start(i) + fm[0].length, line: i });
      continue;
    }
    const last = current?.fields[current.fields.length - 1];
    const inGuideline = last !== undefined && last.kind !== 'rationale';
    const mark = c.hasColon(i) ? headerAt(text, i, toLine, c, inGuideline) : undefined;
    if (mark) {
      current = { header: mark, headerStartLine: i, fields: [] };
      builders.push(current);
      i = mark.lastLine;
    }
  }

  // Extend each header backwards over its wrapped lines, never into the previous item's label line.
  for (let b = 0; b < builders.length; b++) {
    const bl = builders[b];
    if (!bl.header) continue;
    const prev = builders[b - 1];
    const floor = prev ? (prev.fields.length ? prev.fields[prev.fields.length - 1].line + 1 : prev.header!.lastLine + 1) : fromLine;
    bl.headerStartLine = extendHeader(bl.header.line, floor, c);
  }

  const items: Item[] = [];
  for (let b = 0; b < builders.length; b++) {
    const bl = builders[b];
    const itemEndLimit = b + 1 < builders.length ? lines[builders[b + 1].headerStartLine].start : lines[toLine - 1].end;
    const headerStart = c.start(bl.headerStartLine);
    let header: TextPart;
    let request: TextPart;
    let partial: PartialAuthorization | undefined;
    let outcomeSlot: number;
    if (bl.header) {
      const lastEnd = c.end(bl.header.lastLine);
      header = part(text, headerStart, lastEnd);
      const beforeOutcome = bl.header.colon ?? (bl.header.outcome ? bl.header.outcome.span.start : lastEnd);
      outcomeSlot = bl.header.colon !== undefined ? bl.header.colon + 1 : lastEnd;
      const parsed = parseRequest(text, headerStart, beforeOutcome);
      request = parsed.request;
      partial = parsed.partial;
    } else {
      header = { text: '', span: { start: headerStart, end: headerStart } };
      request = header;
      outcomeSlot = headerStart;
    }
    const fields: Field[] = [];
    let claimsAdministrator: GuidelineField | undefined;
    let maximus: GuidelineField | undefined;
    let rationale: RationaleField | undefined;
    for (let f = 0; f < bl.fields.length; f++) {
      const fd = bl.fields[f];
      const bodyEnd = f + 1 < bl.fields.length ? bl.fields[f + 1].labelStart : itemEndLimit;
      const body = lazyPart(text, fd.labelEnd, bodyEnd);
      const label = part(text, fd.labelStart, fd.labelEnd);
      const span: Span = { start: fd.labelStart, end: Math.max(fd.labelEnd, body.span.end) };
      if (fd.kind === 'rationale') {
        const field = rationaleField(text, label, body, span, body.span.start, body.span.end);
        fields.push(field);
        rationale ??= field;
      } else {
        const field = guidelineField(text, fd.kind, label, body, span, body.span.start, body.span.end);
        fields.push(field);
        if (fd.kind === 'claimsAdministrator') claimsAdministrator ??= field;
        else maximus ??= field;
      }
    }
    const end = fields.length ? fields[fields.length - 1].span.end : header.span.end;
    items.push({
      index: items.length,
      span: { start: header.span.start, end: Math.max(end, header.span.end) },
      header,
      request,
      outcome: bl.header?.outcome,
      outcomeSlot,
      partial,
      claimsAdministrator,
      maximus,
      rationale,
      fields,
    });
  }
  return items;
}

const CITATION_REST_RE = /^[ \t\f\v]*(?:Section|Page)s?(?:\(s\))? ?:/i;

/** Words of a citation ("... Disability Guidelines, Physical/Occupational Therapy Guidelines: Trigger Finger."), not of a request. */
const CITATION_WORDS_RE = /\bGuidelines\b|\b[Cc]hapters?\b|\bODG\b|\bMTUS\b|\bACOEM\b|\b(?:Section|Page)s?\(s\)/;

/** Recognises an item header whose outcome (or missing outcome) is on line i. */
function headerAt(text: string, i: number, toLine: number, c: ContentLines, inGuideline: boolean): HeaderMark | undefined {
  const t = c.text(i);
  const colon = t.lastIndexOf(':');
  if (colon < 0) return undefined;
  // "Section(s): Special Studies." or "Page(s): 24." is the rest of a citation whose first line is gone (or
  // wrapped), never a request: no item is named "Section(s)".
  if (CITATION_REST_RE.test(t)) return undefined;
  // The sentence that opens the decisions ("... set forth below:") ends in a colon but heads no item, even with
  // the first item's header gone and its field labels right below.
  if (DECISIONS_OPENING_RE.test(t)) return undefined;
  const tail = t.slice(colon + 1).trim();
  const next = c.nextNonBlank(i);
  const nextText = next < toLine ? c.text(next) : '';
  // Inside a guideline field, only a header right before the next item's first field can start an item.
  const nextIsField = inGuideline ? /^Claims\s+Administrator/i.test(nextText) : FIELD_RE.test(nextText);
  const colonAt = c.start(i) + colon;
  if (tail === '') {
    if (colon === 0) return undefined;
    // "<request>:" then the outcome alone on the next line.
    if (next < toLine && OUTCOME_WORD_RE.test(nextText)) {
      const after = c.nextNonBlank(next);
      const validWord = /^(upheld|overturned)\.?$/i.test(nextText);
      if (validWord || (after < toLine && FIELD_RE.test(c.text(after)))) {
        return { line: i, lastLine: next, colon: colonAt, outcome: outcomeWord(text, c.start(next), c.end(next)) };
      }
    }
    // "<request>:" straight followed by a field: the outcome is missing.
    if (nextIsField) return { line: i, lastLine: i, colon: colonAt };
    return undefined;
  }
  if (colon === 0) return undefined;
  const tailStart = c.start(i) + t.indexOf(tail, colon);
  if (OUTCOME_WORD_RE.test(tail)) {
    if (/^(upheld|overturned)\.?$/i.test(tail) || nextIsField) {
      return { line: i, lastLine: i, colon: colonAt, outcome: outcomeWord(text, tailStart, tailStart + tail.length) };
    }
    return undefined;
  }
  // Any other short word after the colon, right before a field, is a wrong outcome word; but not the end of a
  // citation ("... Section(s): Special Studies.", "... Therapy Guidelines: Trigger Finger.") whose label is gone.
  if (
    nextIsField &&
    /^[A-Za-z-]+(?: [A-Za-z-]+)?\.?$/.test(tail) &&
    tail.length <= 24 &&
    !(inGuideline && /(?:Section|Page)(?:\(s\)|s)?$/i.test(t.slice(0, colon).trimEnd())) &&
    !CITATION_WORDS_RE.test(t)
  ) {
    return { line: i, lastLine: i, colon: colonAt, outcome: outcomeWord(text, tailStart, tailStart + tail.length) };
  }
  return undefined;
}

function outcomeWord(text: string, start: number, end: number): OutcomeWord {
  const s = trimSpan(text, start, end);
  let e = s.end;
  if (text[e - 1] === '.') e--;
  const word = text.slice(s.start, e);
  return { text: word, span: { start: s.start, end: e }, meaning: outcomeMeaning(word), valid: word === 'Upheld' || word === 'Overturned' };
}

const SENTENCE_END_RE = /[.;:!?]["'\u201d\u2019)]*$/;
/** An outcome line that holds only a date or dates before its colon: "12/01/2016: Upheld", "11/14/16 - 11/20/16:". */
const DATE_ONLY_RE = /^\(?\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\)?(?: ?(?:-|to|through) ?\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\)?)? ?:/i;
/** A partial-authorisation header ends "... original request, Z is: <outcome>" with no sentence break in Z. */
const PARTIAL_TAIL_RE = /(?:IMR\s+eligible\s+portion\s+of\s+the\s+original\s+request|The\s+original\s+request)(?:[^.:]|\.(?=\d))*:[^:]*$/i;

/** Finds the first line of the header whose outcome is on line h, not going above `floor`. */
function extendHeader(h: number, floor: number, c: ContentLines): number {
  let start = h;
  // Partial authorisations: a paragraph that begins with "X was the original request." or "The Claims
  // Administrator authorized Y". Its last sentence (a long request wrapped over many lines) and its beginning are
  // looked for over the same 12 lines.
  const near: string[] = [];
  for (let j = Math.max(floor, h - 11); j <= h; j++) near.push(c.text(j));
  const isPartial = PARTIAL_TAIL_RE.test(near.join(' '));
  for (let j = h; isPartial && j >= floor && j > h - 12; j--) {
    // The phrase may wrap: test this line joined with the next non-blank one, matching from this line.
    let n = j + 1;
    while (n < h && c.blank(n)) n++;
    const pair = n <= h ? `${c.text(j)} ${c.text(n)}` : c.text(j);
    const pm = /was\s+the\s+original\s+request|The\s+Claims\s+Administrator\s+authori[sz]ed/i.exec(pair);
    if (pm && pm.index < c.text(j).length) {
      start = j;
      // X may begin on earlier lines: continue while the line before does not end a sentence.
      let k = j - 1;
      if (/^The\s+Claims\s+Administrator\s+authori[sz]ed/i.test(c.text(j))) return j;
      while (k >= floor && !c.blank(k) && !SENTENCE_END_RE.test(c.text(k)) && j - k < 4) {
        start = k;
        k--;
      }
      // The sentence containing "was the original request" may start mid-line after a previous
      // sentence of the same header ("... authorized Y, leaving ...").
      return start;
    }
  }
  // A plain header wraps at most over two more lines that do not end a sentence. When the outcome's line
  // holds only a date ("11/14/16: Upheld"), the line before may end in a colon: "<treatment>, DOS:".
  const dateOnly = DATE_ONLY_RE.test(c.text(h));
  let k = h - 1;
  const ends = (line: number): boolean => SENTENCE_END_RE.test(c.text(line)) && !(dateOnly && line === h - 1 && c.text(line).endsWith(':'));
  while (k >= floor && h - k <= 2 && !c.blank(k) && !ends(k) && !FIELD_RE.test(c.text(k))) {
    start = k;
    k--;
  }
  return start;
}

const ORIGINAL_RE = /was\s+the\s+original\s+request\.?/gi;
const AUTHORIZED_RE = /was\s+authori[sz]ed\s+by\s+the\s+Claims\s+Administrator\.?/gi;
// The parts of partial authorisations are matched piece by piece: one pattern with lazy parts before `\s+`
// and `\s*$` would rescan whitespace runs (quadratic, or worse, on long runs).
const REMAINING_RE = /The\s+remaining\s+IMR\s+eligible\s+portion\s+of\s+the\s+original\s+request\s*(?:,\s*)?(?:is\s+)?/i;
const LEAVING_START_RE = /The\s+Claims\s+Administrator\s+authori[sz]ed\s+/i;
const LEAVING_RE = /leaving\s+the\s+original\s+request\s+IMR\s+eligible\.?\s*/gi;
const ORIGINAL_AGAIN_RE = /The\s+original\s+request\s*(?:,\s*)?/iy;

/**
 * What `^\s*([\s\S]*?)\s+<phrase>` captures, found without that pattern (whose lazy lead followed by `\s+`
 * rescans every whitespace run): the first phrase with whitespace before it, and the text before that.
 */
function leadBefore(s: string, phrase: RegExp): { start: number; end: number; matchEnd: number } | undefined {
  phrase.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = phrase.exec(s))) {
    let ws = m.index;
    while (ws > 0 && /\s/.test(s[ws - 1])) ws--;
    if (ws === m.index) continue;
    let start = 0;
    while (start < ws && /\s/.test(s[start])) start++;
    return { start, end: ws, matchEnd: m.index + m[0].length };
  }
  return undefined;
}

/** [from, end of s) without trailing whitespace and a trailing " is" (the outcome colon follows it), or an "is" alone. */
function tailBeforeIs(s: string, from: number): Span {
  let end = s.length;
  while (end > from && /\s/.test(s[end - 1])) end--;
  // "is" alone is no part either: "... portion of the original request is" names none.
  if (end - from >= 2 && /^is$/i.test(s.slice(end - 2, end)) && (end - 2 === from || /\s/.test(s[end - 3]))) {
    end -= 2;
    while (end > from && /\s/.test(s[end - 1])) end--;
  }
  return { start: from, end };
}

/** "The Claims Administrator authorized Y, leaving the original request IMR eligible.[ The original request, X is]" ending `s`. */
function leavingEligible(s: string): { index: number; authorized: Span; original?: Span } | undefined {
  const sm = LEAVING_START_RE.exec(s);
  if (!sm) return undefined;
  const from = sm.index + sm[0].length;
  LEAVING_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = LEAVING_RE.exec(s))) {
    const after = m.index + m[0].length;
    ORIGINAL_AGAIN_RE.lastIndex = after;
    const again = after < s.length ? ORIGINAL_AGAIN_RE.exec(s) : null;
    if ((after < s.length && !again) || m.index === from || !/\s/.test(s[m.index - 1])) continue;
    let ws = m.index;
    while (ws > from && /\s/.test(s[ws - 1])) ws--;
    const end = ws > from && s[ws - 1] === ',' ? ws - 1 : ws;
    return { index: sm.index, authorized: { start: from, end }, original: again ? tailBeforeIs(s, after + again[0].length) : undefined };
  }
  return undefined;
}

/** Splits the header text before the outcome colon into the request and, for partial authorisations, its parts. */
function parseRequest(text: string, start: number, end: number): { request: TextPart; partial?: PartialAuthorization } {
  const s = text.slice(start, end);
  const at = (from: number, to: number): TextPart => part(text, start + from, start + to);
  const lm = leavingEligible(s);
  if (lm) {
    const original = lm.original && lm.original.end > lm.original.start ? at(lm.original.start, lm.original.end) : undefined;
    const authorized = at(lm.authorized.start, lm.authorized.end);
    // "X was the original request." may precede it.
    const om = leadBefore(s.slice(0, lm.index), ORIGINAL_RE);
    const before = om ? at(0, om.end) : undefined;
    const request = original ?? before ?? at(0, s.length);
    return { request, partial: { form: 'leaving-eligible', original: original ?? before, authorized, remaining: original ?? before } };
  }
  const om = leadBefore(s, ORIGINAL_RE);
  if (om) {
    const original = at(0, om.end);
    const rest = s.slice(om.matchEnd);
    const restOffset = om.matchEnd;
    const am = leadBefore(rest, AUTHORIZED_RE);
    const authorized = am ? at(restOffset + am.start, restOffset + am.end) : undefined;
    const rm = REMAINING_RE.exec(rest);
    const tail = rm ? tailBeforeIs(rest, rm.index + rm[0].length) : undefined;
    const remaining = tail && tail.end > tail.start ? at(restOffset + tail.start, restOffset + tail.end) : undefined;
    return { request: remaining && remaining.text ? remaining : original, partial: { form: 'remaining', original, authorized, remaining } };
  }
  // Numbered headers ("1. Norco 10/325mg #120", format 2) name the item without the number.
  const num = /^\s*\d{1,2}[.)]\s+(?=\S)/.exec(s);
  return { request: at(num ? num[0].length : 0, s.length) };
}
