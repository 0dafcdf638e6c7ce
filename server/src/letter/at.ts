// What stands at an offset: the item whose region holds it, and the field of that item being written there.
import type { Field, Item, Letter } from './types';

/** The item whose region holds `offset`: the last one starting at or before it. */
export function itemAt(letter: Letter, offset: number): Item | undefined {
  let found: Item | undefined;
  for (const item of letter.items) {
    if (item.span.start <= offset) found = item;
    else break;
  }
  return found;
}

/** The field of `item` whose body holds `offset` (up to the end of the line where the body ends). */
export function fieldAt(letter: Letter, item: Item, offset: number): Field | undefined {
  for (let k = item.fields.length - 1; k >= 0; k--) {
    const f = item.fields[k];
    if (f.label.span.end > offset) continue;
    const end = letter.lines.find((l) => l.start <= f.span.end && f.span.end <= l.end)?.end ?? f.span.end;
    return offset <= Math.max(end, f.span.end) ? f : undefined;
  }
  return undefined;
}
