// The parser's text helpers (server/src/letter/text.ts) against their plain definitions, on seeded random texts
// made of the characters where they can go wrong (every line break, every kind of space) and on every
// character code where that is cheap: line splitting, whitespace classes, trimming, collapsing, line lookup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Line } from '../../server/src/letter';
import {
  collapse,
  isJsSpace,
  isSpace,
  lazyPart,
  lineAt,
  lineContent,
  part,
  splitLines,
  splitLinesFrom,
  trimSpan,
} from '../../server/src/letter/text';
import { seededRandom } from '../helpers/random';

const ALPHABET = ['a', 'b', ' ', ' ', '\t', '\n', '\r', '\r\n', '\f', '\v', '\u00a0', '\u2003', '\u3000', '\ufeff', ':', '.'];
const { random, pick } = seededRandom(2016);
const texts: string[] = ['', 'a', '\n', '\r', '\r\n', '\n\r', 'a\r\r\nb', ' a ', '  ', 'a  b'];
for (let n = 0; n < 400; n++) texts.push(Array.from({ length: Math.floor(random() * 24) }, () => pick(ALPHABET)).join(''));

/** Lines by the definition: a break is \r\n, \r or \n; the last line runs to the end. */
function plainLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const m of text.matchAll(/\r\n|\r|\n/g)) {
    out.push({ start, end: m.index, next: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length, next: text.length });
  return out;
}

const SPACES = new Set([32, 9, 12, 10, 13, 11, 0xa0]);

test('lines split on \\r\\n, \\r and \\n, and a range of them from a line start', () => {
  for (const t of texts) {
    assert.deepEqual(splitLines(t), plainLines(t), JSON.stringify(t));
    // Up to each offset: the lines whose break starts before it, and where the next line would start.
    const all = plainLines(t);
    for (let to = 0; to <= t.length; to++) {
      const lines: Line[] = [];
      const rest = splitLinesFrom(t, 0, to, lines);
      const ended = all.slice(0, -1).filter((l) => l.end < to);
      assert.deepEqual(lines, ended, `${JSON.stringify(t)} to ${to}`);
      assert.equal(rest, ended.length ? ended[ended.length - 1].next : 0, `${JSON.stringify(t)} to ${to}`);
    }
    // From each line start: the same lines as from the top.
    for (const [k, l] of all.entries()) {
      const lines: Line[] = [];
      splitLinesFrom(t, l.start, t.length, lines);
      assert.deepEqual(lines, all.slice(k, -1), `${JSON.stringify(t)} from ${l.start}`);
    }
  }
});

test('whitespace classes: the letters set, and exactly JavaScript\u2019s \\s, on every character code', () => {
  const wrong: number[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    if (isSpace(c) !== SPACES.has(c)) wrong.push(c);
    if (isJsSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
  }
  assert.deepEqual(wrong, []);
});

test('trimming and collapsing as their definitions, on every random text', () => {
  const trimmed = (t: string, s: number, e: number): [number, number] => {
    while (s < e && SPACES.has(t.charCodeAt(s))) s++;
    while (e > s && SPACES.has(t.charCodeAt(e - 1))) e--;
    return [s, e];
  };
  for (const t of texts) {
    const where = JSON.stringify(t);
    assert.equal(collapse(t), t.replace(/\s+/g, ' ').trim(), where);
    for (const [s, e] of [
      [0, t.length],
      [1, t.length - 1],
      [Math.floor(t.length / 2), t.length],
      [0, Math.floor(t.length / 2)],
    ]) {
      if (s > e || s < 0) continue;
      const [ws, we] = trimmed(t, s, e);
      assert.deepEqual(trimSpan(t, s, e), { start: ws, end: we }, `${where} ${s}-${e}`);
      const p = part(t, s, e);
      assert.deepEqual([p.text, p.span], [collapse(t.slice(ws, we)), { start: ws, end: we }], `${where} ${s}-${e}`);
      const lazy = lazyPart(t, s, e);
      assert.deepEqual(JSON.parse(JSON.stringify(lazy)), { text: p.text, span: p.span }, `${where} ${s}-${e}`);
      assert.equal(lazy.text, p.text);
    }
    for (const l of plainLines(t)) {
      const [s, e] = trimmed(t, l.start, l.end);
      assert.deepEqual(lineContent(t, l), { text: t.slice(s, e), start: s, end: e }, where);
    }
  }
  // Text that needs nothing is returned as it is.
  const plain = 'Norco 10/325mg #60';
  assert.equal(collapse(plain), plain);
});

test('the line holding each offset, line starts and breaks included', () => {
  for (const t of texts) {
    const lines = plainLines(t);
    for (let o = 0; o <= t.length; o++) {
      let want = 0;
      for (let k = 0; k < lines.length; k++) if (lines[k].start <= o) want = k;
      assert.equal(lineAt(lines, o), want, `${JSON.stringify(t)} at ${o}`);
    }
  }
});
