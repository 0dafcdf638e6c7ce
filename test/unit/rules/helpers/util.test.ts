// The small helpers the rules share (rules/helpers/util.ts): the trimmed line a problem points at, where an item
// is pointed at, the letter's line break, a line's start, and a rule checked item by item. Pinned on every item of
// every real letter against a reading written here from the text alone, and on hand-written lines at each edge:
// spaces of every kind around a line, a line of spaces only, the first and last line, an offset on a line break,
// CRLF, CR and no line break at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter, type Item, type Letter, type Span } from '../../../../server/src/letter';
import { eol, itemAnchor, itemRule, lineSpan, lineStart } from '../../../../server/src/rules/helpers/util';
import type { Report, Rule } from '../../../../server/src/rules/types';
import { allRealLetters } from '../../../helpers/letters';
import { oneItemLetter } from '../inject';

/** The line holding `offset`, found by scanning for line breaks (a line break belongs to the line it ends). */
function lineOf(text: string, offset: number): { start: number; end: number } {
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) start = i + 1;
  }
  let end = start;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start, end };
}

/** The line's text without the spaces around it (String.prototype.trim's spaces), or the whole line when blank. */
function trimmedLine(text: string, offset: number): Span {
  const { start, end } = lineOf(text, offset);
  const body = text.slice(start, end);
  const lead = body.length - body.trimStart().length;
  const trail = body.length - body.trimEnd().length;
  return lead === body.length ? { start, end } : { start: start + lead, end: end - trail };
}

test('lineSpan and lineStart: every line of every real letter, at its first and last character and its line break', () => {
  let lines = 0;
  for (const real of allRealLetters()) {
    const letter = parseLetter(real.text);
    for (const line of letter.lines) {
      for (const at of new Set([line.start, Math.max(line.start, line.end - 1), line.end])) {
        assert.deepEqual(lineSpan(letter, at), trimmedLine(letter.text, at), `${real.id} at ${at}`);
        assert.equal(lineStart(letter, at), line.start, `${real.id} at ${at}`);
      }
      lines++;
    }
  }
  assert.ok(lines > 1000, `${lines} lines`);
});

test('lineSpan trims every kind of space around a line, and a blank line is the whole line', () => {
  const spaces = ' \t\f\v\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
  const text = `First line\n${spaces}Norco 10/325 #60${spaces}\n${spaces}\n\nLast`;
  const letter = parseLetter(text);
  const at = (s: string) => text.indexOf(s);
  const span = (s: string) => ({ start: at(s), end: at(s) + s.length });
  assert.deepEqual(lineSpan(letter, at('Norco')), span('Norco 10/325 #60'));
  assert.deepEqual(lineSpan(letter, at('#60') + 3), span('Norco 10/325 #60'), 'in the trailing spaces');
  assert.deepEqual(lineSpan(letter, 0), span('First line'), 'the first line');
  assert.deepEqual(lineSpan(letter, text.length), span('Last'), 'the end of the text');
  // U+2028 and U+2029 may break lines: whichever lines the model makes, one holding only spaces is the whole line.
  const blanks = letter.lines.filter((l) => l.end > l.start && text.slice(l.start, l.end).trim() === '');
  assert.ok(blanks.length > 0, 'a line of spaces');
  for (const blank of blanks)
    for (const off of [blank.start, blank.end - 1])
      assert.deepEqual(lineSpan(letter, off), { start: blank.start, end: blank.end }, 'a blank line is the whole line');
  const empty = letter.lines.find((l) => l.start === l.end && l.start > at('Norco'))!;
  assert.deepEqual(lineSpan(letter, empty.start), { start: empty.start, end: empty.start }, 'an empty line');
  assert.deepEqual(lineSpan(parseLetter(''), 0), { start: 0, end: 0 }, 'an empty letter');
  assert.deepEqual(lineSpan(parseLetter('x'), 0), { start: 0, end: 1 }, 'one character');
  assert.deepEqual(lineSpan(parseLetter(' x '), 2), { start: 1, end: 2 }, 'one character between spaces');
});

test('lineStart: on the first line, a line break, CRLF and CR', () => {
  for (const br of ['\n', '\r\n', '\r']) {
    const text = `ab${br}cd${br}${br}ef`;
    const letter = parseLetter(text);
    const c = text.indexOf('c');
    const e = text.indexOf('e');
    assert.equal(lineStart(letter, 0), 0, JSON.stringify(br));
    assert.equal(lineStart(letter, 2), 0, `${JSON.stringify(br)}: the line break belongs to the line it ends`);
    assert.equal(lineStart(letter, c), c, JSON.stringify(br));
    assert.equal(lineStart(letter, c + 1), c, JSON.stringify(br));
    assert.equal(lineStart(letter, e - 1), e - br.length, `${JSON.stringify(br)}: an empty line`);
    assert.equal(lineStart(letter, text.length), e, `${JSON.stringify(br)}: the end of the text`);
  }
});

test('itemAnchor: the trimmed last line of the header of every item of every real letter', () => {
  let items = 0;
  for (const real of allRealLetters()) {
    const letter = parseLetter(real.text);
    for (const item of letter.items) {
      const want =
        item.header.span.end > item.header.span.start
          ? trimmedLine(letter.text, item.header.span.end - 1)
          : trimmedLine(letter.text, item.span.start);
      assert.deepEqual(itemAnchor(letter, item), want, `${real.id} item ${item.index}`);
      items++;
    }
  }
  assert.ok(items > 300, `${items} items`);
});

test('itemAnchor: a header over two lines points at the line with the outcome; a header ending at a line break at its own line', () => {
  const text = oneItemLetter('  Physical therapy, twice a week for\n   six weeks, lumbar spine  ');
  const letter = parseLetter(text);
  const [item] = letter.items;
  const last = 'six weeks, lumbar spine  : Upheld';
  assert.ok(item.header.span.end > item.header.span.start);
  assert.deepEqual(itemAnchor(letter, item), { start: text.indexOf(last), end: text.indexOf(last) + last.length });
  // The header's span ending right after a line break: the last character is the break, on the header's line.
  const header = item.header.span;
  const atBreak: Item = { ...item, header: { ...item.header, span: { start: header.start, end: text.indexOf('\n', header.end) + 1 } } };
  assert.deepEqual(itemAnchor(letter, atBreak), itemAnchor(letter, item));
});

test('itemAnchor: an item without a header is pointed at its first line', () => {
  const text = oneItemLetter('Norco 10/325 #60');
  const letter = parseLetter(text);
  const [item] = letter.items;
  const field = text.indexOf('Claims Administrator guideline:');
  const noHeader: Item = {
    ...item,
    span: { start: field, end: item.span.end },
    header: { ...item.header, span: { start: field, end: field } },
  };
  const line = text.slice(field, text.indexOf('\n', field));
  assert.deepEqual(itemAnchor(letter, noHeader), { start: field, end: field + line.length });
});

test('eol: the first line break of the letter, or a line feed when there is none', () => {
  for (const br of ['\n', '\r\n', '\r']) assert.equal(eol(parseLetter(`a${br}b\nc`)), br, JSON.stringify(br));
  assert.equal(eol(parseLetter(`${'\r\n'}b`)), '\r\n', 'an empty first line');
  assert.equal(eol(parseLetter('one line')), '\n');
  assert.equal(eol(parseLetter('')), '\n', 'an empty letter');
});

test('itemRule: the item check runs over every item in order, and the rule keeps everything else it was given', () => {
  const text = `${oneItemLetter('Norco 10/325 #60')}${oneItemLetter('Physical therapy x 6').split('\n').slice(2).join('\n')}`;
  const letter = parseLetter(text);
  assert.equal(letter.items.length, 2);
  const seen: number[] = [];
  const base = {
    id: 'IMR999',
    name: 'every-item',
    category: 'structure',
    description: 'Reports every item.',
    defaultLevel: 'warning',
    docs: 'Every item.',
    checkItem(l: Letter, item: Item, report: Report) {
      assert.equal(l, letter);
      seen.push(item.index);
      report({ message: `item ${item.index}`, span: item.header.span });
    },
  } as unknown as Omit<Rule, 'check' | 'checkItem'> & { checkItem: NonNullable<Rule['checkItem']> };
  const rule = itemRule(base);
  for (const key of ['id', 'name', 'category', 'description', 'defaultLevel', 'docs', 'checkItem'] as const)
    assert.equal(rule[key], (base as unknown as Rule)[key], key);
  const reports: string[] = [];
  rule.check(letter, ((p: { message: string }) => reports.push(p.message)) as never);
  assert.deepEqual(
    seen,
    letter.items.map((i) => i.index),
  );
  assert.deepEqual(
    reports,
    letter.items.map((i) => `item ${i.index}`),
  );
  seen.length = 0;
  rule.check(parseLetter('No items here.'), (() => assert.fail('no item, no report')) as never);
  assert.deepEqual(seen, []);
});
