// Where an offset falls (server/src/letter/at.ts), at each edge: the item and field under a cursor, ends
// inclusive, and the field a writer is still writing at the end of its line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fieldAt, fieldBeingWritten, headerFieldAt, itemAt, itemBefore, parseLetter } from '../../server/src/letter';
import { SMALL_LETTER } from '../helpers/smallLetter';

const letter = parseLetter(SMALL_LETTER);
const [first, second] = letter.items;

test('items under an offset: from the first character of the header to the last of the last field, both ends in', () => {
  assert.equal(letter.items.length, 2);
  assert.equal(itemBefore(letter, first.span.start - 1), undefined);
  assert.equal(itemAt(letter, first.span.start - 1), undefined);
  assert.equal(itemAt(letter, first.span.start), first);
  assert.equal(itemAt(letter, first.span.end), first);
  assert.equal(itemAt(letter, second.span.start), second);
  assert.equal(itemAt(letter, second.span.end), second);
  assert.equal(itemAt(letter, second.span.end + 1), undefined);
  assert.equal(itemBefore(letter, second.span.end + 1), second);
  assert.equal(itemBefore(letter, SMALL_LETTER.length + 100), second);
  assert.equal(itemAt(parseLetter(''), 0), undefined);
});

test('fields under an offset: from the label to the end of the body, both ends in', () => {
  for (const f of first.fields) {
    assert.equal(fieldAt(letter, f.span.start)?.field, f);
    assert.equal(fieldAt(letter, f.span.end)?.field, f);
  }
  assert.equal(fieldAt(letter, first.header.span.start), undefined, 'the item header is no field');
  assert.equal(fieldAt(letter, first.span.start - 1), undefined);
});

test('header fields under an offset: label or value, both ends in, not the space between', () => {
  const f = letter.header!.fields[0];
  assert.equal(headerFieldAt(letter, f.label.span.start)?.key, f.key);
  assert.equal(headerFieldAt(letter, f.label.span.end)?.key, f.key);
  assert.equal(headerFieldAt(letter, f.value!.span.end)?.key, f.key);
  assert.equal(headerFieldAt(letter, f.value!.span.start - 1), f.label.span.end === f.value!.span.start - 1 ? f : undefined);
  assert.equal(headerFieldAt(letter, f.value!.span.end + 1), undefined, 'the spaces after the value');
  assert.equal(headerFieldAt(parseLetter('no header here'), 0), undefined);
});

test('the field being written: from the end of its label to the end of the line its body ends on', () => {
  const [ca, maximus, rationale] = first.fields;
  assert.equal(fieldBeingWritten(letter, first, ca.label.span.end - 1), undefined, 'inside the first label');
  assert.equal(fieldBeingWritten(letter, first, ca.label.span.end), ca);
  assert.equal(fieldBeingWritten(letter, first, ca.span.end), ca);
  assert.equal(
    fieldBeingWritten(letter, first, maximus.label.span.end - 1),
    undefined,
    "inside the next label: past the first field's line",
  );
  assert.equal(fieldBeingWritten(letter, first, maximus.label.span.end), maximus);
  assert.equal(fieldBeingWritten(letter, first, rationale.label.span.end), rationale);
  assert.equal(fieldBeingWritten(letter, first, rationale.span.end), rationale);
  assert.equal(fieldBeingWritten(letter, first, rationale.span.end + 1), undefined, 'on the next line');
  // Spaces typed after a body: the line is still the field's, up to its end and not one past.
  const text = SMALL_LETTER.replace('Opioids, criteria for use.\n', 'Opioids, criteria for use.   \n');
  const spaced = parseLetter(text);
  const f = spaced.items[0].fields[0];
  const lineEnd = text.indexOf('   \n') + 3;
  assert.equal(f.span.end, lineEnd - 3);
  assert.equal(fieldBeingWritten(spaced, spaced.items[0], lineEnd), f);
  assert.equal(fieldBeingWritten(spaced, spaced.items[0], lineEnd + 1), undefined);
  // A letter's last field with no line break after it.
  const last = parseLetter(SMALL_LETTER.trimEnd());
  const r = last.items[1].fields.at(-1)!;
  assert.equal(fieldBeingWritten(last, last.items[1], r.span.end), r);
  assert.equal(fieldBeingWritten(last, last.items[1], r.span.end + 1), undefined);
});
