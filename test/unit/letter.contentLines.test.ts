// The item parser's view of its lines (server/src/letter/contentLines.ts) against the plain definition: each
// line's trimmed text, blank or not, its first character, whether it holds a colon (asked in any order, though
// the scan is shared when asked in line order), an anchored pattern on it, and the next non-blank line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ContentLines } from '../../server/src/letter/contentLines';
import { splitLines } from '../../server/src/letter/text';
import { seededRandom } from '../helpers/random';
import { SMALL_LETTER } from '../helpers/smallLetter';

const TEXT = `ISSUE AT DISPUTE: Norco 10/325mg #60: Upheld
  Claims Administrator guideline:   Decision based on MTUS.  \t
\t

:
a:b
 no colon here
Decision rationale: x
MAXIMUS guideline:
Decision rationale
: on the next line
last line: `;

/** What the class must say of line i, from the text alone (floor: the first line's content starts there). */
function plain(text: string, start: number, end: number, floor: number): string {
  return text.slice(Math.max(start, Math.min(end, floor)), end).trim();
}

function check(text: string, from: number, to: number, floor: number, order: number[]): void {
  const lines = splitLines(text);
  const c = new ContentLines(text, lines, from, to, floor);
  // As the item parser's label patterns: a whitespace run before the colon, which in the text can cross a line end.
  const FIELD = /^([A-Za-z]+(?: [A-Za-z]+)*)\s*:/;
  const STICKY = /([A-Za-z]+(?: [A-Za-z]+)*)\s*:/y;
  for (const i of order) {
    const want = plain(text, lines[i].start, lines[i].end, floor);
    const where = `line ${i} ${JSON.stringify(want)} (from ${from}, floor ${floor})`;
    // The text last: it is kept once sliced, and the others must hold without it.
    assert.equal(c.match(i, FIELD, STICKY)?.[1], FIELD.exec(want)?.[1], where);
    assert.deepEqual(Number.isNaN(c.firstCode(i)) ? undefined : c.firstCode(i), want === '' ? undefined : want.charCodeAt(0), where);
    assert.equal(c.blank(i), want === '', where);
    assert.equal(c.hasColon(i), want.includes(':'), where);
    assert.equal(c.text(i), want, where);
    assert.equal(text.slice(c.start(i), c.end(i)).trim(), want, where);
    let next = i + 1;
    while (next < to && plain(text, lines[next].start, lines[next].end, floor) === '') next++;
    assert.equal(c.nextNonBlank(i), next, where);
  }
}

test('each line as the definition says, asked in line order, backwards and at random', () => {
  const n = splitLines(TEXT).length;
  const all = Array.from({ length: n }, (_, i) => i);
  const { random } = seededRandom(7);
  const shuffled = [...all].sort(() => random() - 0.5);
  for (const order of [all, [...all].reverse(), shuffled]) {
    check(TEXT, 0, n, 0, order);
    // The first line shares its text with a heading that ends before the floor.
    check(TEXT, 0, n, 'ISSUE AT DISPUTE:'.length, order);
    check(
      TEXT,
      1,
      n,
      0,
      order.filter((i) => i >= 1),
    );
    check(
      TEXT,
      2,
      n - 1,
      0,
      order.filter((i) => i >= 2 && i < n - 1),
    );
  }
  const small = splitLines(SMALL_LETTER).length;
  check(
    SMALL_LETTER,
    0,
    small,
    0,
    Array.from({ length: small }, (_, i) => i),
  );
});

test('a floor at, before and after the first line content, and an empty range', () => {
  const text = '  ISSUE AT DISPUTE:  Norco  \nnext';
  const lines = splitLines(text);
  for (const floor of [0, 1, 2, 3, 19, 20, 21, 26, 27, 28, 29]) {
    const c = new ContentLines(text, lines, 0, 2, floor);
    assert.equal(c.text(0), plain(text, lines[0].start, lines[0].end, floor), `floor ${floor}`);
    assert.equal(c.blank(0), c.text(0) === '', `floor ${floor}`);
    assert.equal(c.hasColon(0), c.text(0).includes(':'), `floor ${floor}`);
  }
  // A colon as the text's first character, and a first line without one before a later colon.
  for (const [t, want] of [
    [':x', true],
    ['ab\n:', false],
    ['a\n:', false],
    ['a:\nb', true],
  ] as const) {
    assert.equal(new ContentLines(t, splitLines(t), 0, 1, 0).hasColon(0), want, JSON.stringify(t));
  }
  const none = new ContentLines(text, lines, 1, 1, 0);
  assert.equal(none.nextNonBlank(0), 1);
  const reversed = new ContentLines(text, lines, 2, 1, 0);
  assert.equal(reversed.to, 1);
});
