// The trimmed content of a range of lines, as the item parser reads it: where each line's text starts and
// ends is found once (a few character checks per line); the text itself is sliced only for the lines that
// are read as text (field labels, item headers), which are few among the lines of long rationales.
import type { Line } from './types';
import { isSpace } from './text';

export class ContentLines {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly texts: (string | undefined)[];
  /** The first ':' at or after `colonFrom` (text.length when none). */
  private colon = -1;
  private colonFrom = 0;

  /**
   * Lines [from, to) of `text`. The first may share text with a heading before `floorOffset` ("ISSUE AT
   * DISPUTE: Norco ..."): its content starts at `floorOffset` and its text is trimmed as String.trim does.
   */
  private readonly source: string;
  readonly from: number;
  readonly to: number;

  constructor(text: string, lines: readonly Line[], from: number, to: number, floorOffset: number) {
    this.source = text;
    this.from = from;
    this.to = to;
    const n = Math.max(0, to - from);
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.texts = new Array<string | undefined>(n);
    for (let i = 0; i < n; i++) {
      const line = lines[from + i];
      let s = line.start;
      let e = line.end;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
      if (s < floorOffset) {
        s = Math.min(e, floorOffset);
        this.texts[i] = text.slice(s, e).trim();
      }
      this.starts[i] = s;
      this.ends[i] = e;
    }
  }

  start(i: number): number {
    return this.starts[i - this.from];
  }

  end(i: number): number {
    return this.ends[i - this.from];
  }

  text(i: number): string {
    const k = i - this.from;
    return (this.texts[k] ??= this.source.slice(this.starts[k], this.ends[k]));
  }

  blank(i: number): boolean {
    const k = i - this.from;
    const t = this.texts[k];
    return t !== undefined ? t === '' : this.starts[k] === this.ends[k];
  }

  /** The first character code of the line's text (NaN for a blank line). */
  firstCode(i: number): number {
    const k = i - this.from;
    const t = this.texts[k];
    return t !== undefined ? t.charCodeAt(0) : this.starts[k] < this.ends[k] ? this.source.charCodeAt(this.starts[k]) : NaN;
  }

  /** Whether the line's text holds a ':'. Asked in line order, it scans the text once in all. */
  hasColon(i: number): boolean {
    const k = i - this.from;
    const s = this.starts[k];
    if (this.colon < s || s < this.colonFrom) {
      const at = this.source.indexOf(':', s);
      this.colon = at < 0 ? this.source.length : at;
      this.colonFrom = s;
    }
    return this.colon < this.ends[k];
  }

  /**
   * `anchored` (a pattern starting with ^) matched against the line's text, without slicing it: `sticky` is the
   * same pattern without ^ and with the y flag, run on the letter's text at the line's start. Only for patterns
   * whose repetitions are whitespace runs each followed by a literal (as FIELD_RE): the line's text ends in a
   * non-blank character, so a run that reaches past its end leaves no room in the line for the literal, and the
   * line has a match exactly when the letter's text has one ending inside the line, the same match.
   */
  match(i: number, anchored: RegExp, sticky: RegExp): RegExpExecArray | null {
    const k = i - this.from;
    const t = this.texts[k];
    if (t !== undefined) return anchored.exec(t);
    sticky.lastIndex = this.starts[k];
    const m = sticky.exec(this.source);
    return m && m.index + m[0].length <= this.ends[k] ? m : null;
  }

  /** The first non-blank line after i (or `to`). */
  nextNonBlank(i: number): number {
    let j = i + 1;
    while (j < this.to && this.blank(j)) j++;
    return j;
  }
}
