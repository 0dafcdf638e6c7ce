// Where an offset falls in a Letter: the header field, the disputed item and the item's field under a cursor.
// Features (hover, completion) read these instead of scanning the text around the cursor again.
import type { Field, HeaderField, HeaderKey, Item, Letter } from './types';

/** The header field with this key (the first, when a draft repeats a label). */
export function headerField(letter: Letter, key: HeaderKey): HeaderField | undefined {
  return letter.header?.fields.find((f) => f.key === key);
}

const inside = (offset: number, start: number, end: number): boolean => offset >= start && offset <= end;

/** The header field whose label or value holds `offset` (ends inclusive, so a cursor just after a value is in it). */
export function headerFieldAt(letter: Letter, offset: number): HeaderField | undefined {
  return letter.header?.fields.find(
    (f) => inside(offset, f.label.span.start, f.label.span.end) || (f.value && inside(offset, f.value.span.start, f.value.span.end)),
  );
}

/** The last item that starts at or before `offset` (items are in text order), whether or not `offset` is inside it. */
export function itemBefore(letter: Letter, offset: number): Item | undefined {
  const items = letter.items;
  let lo = 0;
  let hi = items.length - 1;
  let found: Item | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].span.start <= offset) {
      found = items[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The disputed item holding `offset`, from its header to the end of its last field (inclusive). */
export function itemAt(letter: Letter, offset: number): Item | undefined {
  const item = itemBefore(letter, offset);
  return item && offset <= item.span.end ? item : undefined;
}

/** The item field (guideline line or rationale) holding `offset`, from its label to the end of its body (inclusive). */
export function fieldAt(letter: Letter, offset: number): { readonly item: Item; readonly field: Field } | undefined {
  const item = itemAt(letter, offset);
  const field = item?.fields.find((f) => inside(offset, f.span.start, f.span.end));
  return item && field ? { item, field } : undefined;
}

/**
 * The field of `item` being written at `offset`: the last one whose label ends before it, while `offset` is
 * still on the line where that field's body ends (the cursor of a writer at the end of a field, past its span).
 */
export function fieldBeingWritten(letter: Letter, item: Item, offset: number): Field | undefined {
  for (let k = item.fields.length - 1; k >= 0; k--) {
    const f = item.fields[k];
    if (f.label.span.end > offset) continue;
    const end = letter.lines.find((l) => l.start <= f.span.end && f.span.end <= l.end)?.end ?? f.span.end;
    return offset <= Math.max(end, f.span.end) ? f : undefined;
  }
  return undefined;
}
