// The drafting policy: a letter open in the editor is being written top to bottom, so what the format still needs
// after the last thing written is not a defect but still to write. The rules report as always; this one pass
// folds every problem whose missing part is due where nothing is written after it (a rule says so with `due`)
// into one Information note at the end of the text, and holds back judgements of a rationale that is not
// finished. A part missing with written text after it is a gap, and stays as the rule reported it.
import { decidesTheRequest, isJsSpace, isLabelBeginning, type Item, type Letter, type Span } from '../letter';
import type { Problem } from './types';
import { lineSpan } from './helpers/util';

/** The code of the note that lists what is still to write. */
export const STILL_TO_WRITE = 'still-to-write';

/**
 * The end of the last character written that is not whitespace (0 for a blank text). A last line with no line
 * break after it that only begins a label or heading ("Claims Admin") is still being typed: it does not count.
 */
export function writtenEnd(text: string): number {
  const lastLine = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1;
  let e = lastLine > 0 && isLabelBeginning(text.slice(lastLine)) ? lastLine : text.length;
  while (e > 0 && isJsSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

/**
 * Whether the item's rationale is still being written: nothing follows it, no paragraph break (a blank line or
 * a page break) ends it, and no finished conclusion sentence about the request ("Therefore, the request for X
 * is not medically necessary.") is written yet. Until then its content is not judged: a sentence of the
 * discussion that only happens to say "medically necessary" is no conclusion of a rationale still growing.
 */
export function rationaleUnfinished(letter: Letter, item: Item, end = writtenEnd(letter.text)): boolean {
  const r = item.rationale;
  if (!r || r.span.end < end) return false;
  if (/\f|(?:\r\n?|\n)[^\S\r\n]*(?:\r\n?|\n)/.test(letter.text.slice(r.span.end))) return false;
  const sentence = r.conclusion?.sentence.text;
  return !sentence || !/[.!?]["')\]]*$/.test(sentence) || !decidesTheRequest(sentence);
}

/**
 * The problems of a draft: those due where nothing is written after them become one "still to write" note at
 * the end of the text; judgements (`judges(rule)`) of an unfinished rationale are held back; the rest stay.
 * `problems` are in document order (as lint returns them); so is the result.
 */
export function draftProblems(letter: Letter, problems: readonly Problem[], judges: (rule: string) => boolean): Problem[] {
  const end = writtenEnd(letter.text);
  if (end === 0) return problems.slice();
  const kept: Problem[] = [];
  const pending: Problem[] = [];
  for (const p of problems) {
    if (p.due && p.due.at >= end) pending.push(p);
    else if (judges(p.rule) && judgedItemUnfinished(letter, p.span, end)) continue;
    else kept.push(p);
  }
  if (!pending.length) return kept;
  // The note sits on the last line written, in document order with the problems kept.
  const note = stillToWrite(lineSpan(letter, end - 1), pending);
  const at = kept.findIndex((p) => p.span.start > note.span.start);
  kept.splice(at < 0 ? kept.length : at, 0, note);
  return kept;
}

function judgedItemUnfinished(letter: Letter, span: Span, end: number): boolean {
  // Only the last item can be unfinished: its rationale is what is being written.
  const item = letter.items[letter.items.length - 1];
  return !!item && span.start >= item.span.start && rationaleUnfinished(letter, item, end);
}

function stillToWrite(span: Span, pending: readonly Problem[]): Problem {
  const dues = pending.map((p) => p.due!).sort((a, b) => a.at - b.at);
  // Parts of one item are named together: 'for "Norco 10/325mg #120", the outcome and the "MAXIMUS guideline:" line'.
  const groups: { item?: string; whats: string[] }[] = [];
  for (const d of dues) {
    const last = groups[groups.length - 1];
    if (last && last.item === d.item) {
      if (!last.whats.includes(d.what)) last.whats.push(d.what);
    } else groups.push({ item: d.item, whats: [d.what] });
  }
  const message = `Still to write: ${groups.map((g) => `${g.item !== undefined ? `for "${g.item || 'this item'}", ` : ''}${list(g.whats)}`).join('; ')}.`;
  // No fix: what comes next is written, not inserted (completion offers the next label or heading); a fix here
  // would fill one part in and leave the note standing for the rest.
  return { rule: STILL_TO_WRITE, span, message, level: 'information' };
}

function list(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
