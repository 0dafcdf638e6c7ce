// Re-parsing in proportion to the edit (server/src/letter/incremental.ts): the smallest edit between two texts,
// which parts of the previous letter an edit keeps as they were, which it moves and which it parses again, and
// the limits where an edit is too near the top, a heading or the letter's end to be re-parsed in part.
// letter.incremental.test.ts checks that every result equals a full parse; this file checks the work saved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  editBetween,
  itemSerial,
  movedFrom,
  parseLetter,
  updateLetter,
  type Letter,
  type MtusChapterCitation,
} from '../../server/src/letter';
import { citationsIfRead, conclusionIfRead } from '../../server/src/letter/fields';
import { seededRandom } from '../helpers/random';
import { allRealLetters, minimumFor } from '../helpers/letters';

/** The smallest edit by the definition: the longest common prefix, then the longest common suffix of what is left. */
function naiveEdit(before: string, after: string): { start: number; oldEnd: number; newEnd: number } | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  let p = 0;
  while (p < max && before[p] === after[p]) p++;
  let q = 0;
  while (q < max - p && before[before.length - 1 - q] === after[after.length - 1 - q]) q++;
  return { start: p, oldEnd: before.length - q, newEnd: after.length - q };
}

test('editBetween gives the longest common prefix and then suffix, across its block sizes and repeated text', () => {
  assert.equal(editBetween('', ''), undefined);
  assert.equal(editBetween('abc', 'abc'), undefined);
  assert.deepEqual(editBetween('', 'x'), { start: 0, oldEnd: 0, newEnd: 1 });
  assert.deepEqual(editBetween('x', ''), { start: 0, oldEnd: 1, newEnd: 0 });
  // Repeated text: the suffix may not reach back into the prefix.
  assert.deepEqual(editBetween('aa', 'aaa'), { start: 2, oldEnd: 2, newEnd: 3 });
  assert.deepEqual(editBetween('aaa', 'aa'), { start: 2, oldEnd: 3, newEnd: 2 });
  assert.deepEqual(editBetween('abab', 'ab'), { start: 2, oldEnd: 4, newEnd: 2 });
  const { random } = seededRandom(4096);
  const some = (n: number): string => Array.from({ length: n }, () => 'ab\n'[Math.floor(random() * 3)]).join('');
  // Lengths at the block sizes (4096, 256, 16, 1), one short of them and one past them.
  const sizes = [0, 1, 15, 16, 17, 255, 256, 257, 4095, 4096, 4097, 8193];
  let checked = 0;
  for (const size of sizes) {
    for (let k = 0; k < 12; k++) {
      const before = some(size);
      const at = Math.floor(random() * (size + 1));
      const removed = Math.min(size - at, Math.floor(random() * 20));
      const after = before.slice(0, at) + some(Math.floor(random() * 20)) + before.slice(at + removed);
      const want = naiveEdit(before, after);
      assert.deepEqual(editBetween(before, after), want, `size ${size}, edit at ${at}`);
      if (want) {
        assert.equal(before.slice(0, want.start) + after.slice(want.start, want.newEnd) + before.slice(want.oldEnd), after);
        checked++;
      }
    }
  }
  assert.ok(checked > 100, `${checked} edits compared`);
});

/**
 * A letter of `n` items whose rationales run over `lines` lines of about `width` characters, after a case summary
 * of `summary` lines of about `summaryWidth` characters (by default long enough that the first item is past the top lines, which are parsed again).
 */
function longLetter(n: number, lines = 4, width = 60, summary = 90, summaryWidth = 40): string {
  const words = 'the records document no functional improvement with the medication and no change in pain scores over time';
  const line = words.slice(0, width);
  const items = Array.from(
    { length: n },
    (_, i) => `Tramadol ER ${100 + i}mg #${30 + i}: Upheld
Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2009, Section(s): Opioids.
MAXIMUS guideline: Decision based on Non-MTUS Citation ODG Pain Chapter.
Decision rationale: ${Array.from({ length: lines }, () => line).join('\n')}
The request for Tramadol ER ${100 + i}mg #${30 + i} is not medically necessary.
`,
  );
  return `Case Number: CM16-0213037        Date of Injury: 10/13/2016
Date Assigned: 11/09/2016        UR Denial Date: 11/03/2016
Decision Date: 12/09/2016        Application Received: 11/03/2016
Priority: Standard
HOW THE IMR FINAL DETERMINATION WAS MADE
State(s) of Licensure: California
Certification(s)/Specialty: Orthopaedic Surgery
CLINICAL CASE SUMMARY
The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:
The injured worker is a 50 year old male.
${`${words.slice(0, summaryWidth)}.\n`.repeat(summary)}IMR ISSUES, DECISIONS AND RATIONALES
The Final Determination was based on decisions for the disputed items/services set forth below:
${items.join('')}`;
}

/** The letter after replacing [from, to) of the previous one with `insert`, checked against a full parse. */
function edited(prev: Letter, from: number, to: number, insert: string): Letter {
  const text = prev.text.slice(0, from) + insert + prev.text.slice(to);
  const next = updateLetter(prev, text);
  assert.equal(JSON.stringify(next), JSON.stringify(parseLetter(text)), `the edit at ${from}-${to} parses as a full parse would`);
  return next;
}

/** Which items of `next` are the previous ones as they were, moved from them by `d`, or parsed again. */
function reuse(prev: Letter, next: Letter): string {
  return next.items
    .map((item, i) => {
      if (item === prev.items[i]) return 'k';
      const m = movedFrom(item);
      if (!m) return 'p';
      const from = prev.items.findIndex((p) => itemSerial(p) === m.from);
      return from === i ? `m${m.d}` : `m${m.d}@${from}`;
    })
    .join(' ');
}

const middleOfRationale = (l: Letter, k: number): number => {
  const body = l.items[k].rationale!.body.span;
  return (body.start + body.end) >> 1;
};

test('typing in an item parses it and two items on each side again, keeps those before and moves those after', () => {
  const prev = parseLetter(longLetter(12));
  assert.equal(prev.items.length, 12);
  const next = edited(prev, middleOfRationale(prev, 6), middleOfRationale(prev, 6), '~');
  assert.equal(next.header, prev.header, 'the header is kept');
  assert.deepEqual(
    next.sections.slice(0, 2).map((s, i) => s === prev.sections[i]),
    [true, true],
    'the sections before the disputed items are kept',
  );
  assert.equal(reuse(prev, next), 'k k k k p p p p p m1 m1 m1');
  // At the first and the last item the window stops at the letter's items.
  assert.equal(reuse(prev, edited(prev, middleOfRationale(prev, 0), middleOfRationale(prev, 0), '~')), 'p p p m1 m1 m1 m1 m1 m1 m1 m1 m1');
  assert.equal(reuse(prev, edited(prev, middleOfRationale(prev, 1), middleOfRationale(prev, 1), '~')), 'p p p p m1 m1 m1 m1 m1 m1 m1 m1');
  assert.equal(reuse(prev, edited(prev, middleOfRationale(prev, 2), middleOfRationale(prev, 2), '~')), 'p p p p p m1 m1 m1 m1 m1 m1 m1');
  assert.equal(reuse(prev, edited(prev, middleOfRationale(prev, 3), middleOfRationale(prev, 3), '~')), 'k p p p p p m1 m1 m1 m1 m1 m1');
  assert.equal(reuse(prev, edited(prev, middleOfRationale(prev, 9), middleOfRationale(prev, 9), '~')), 'k k k k k k k p p p p p');
  assert.equal(reuse(prev, edited(prev, middleOfRationale(prev, 11), middleOfRationale(prev, 11), '~')), 'k k k k k k k k k p p p');
  // A replacement of the same length moves nothing; a deletion moves the rest back.
  assert.equal(reuse(prev, edited(prev, middleOfRationale(prev, 6), middleOfRationale(prev, 6) + 1, '~')), 'k k k k p p p p p k k k');
  assert.equal(reuse(prev, edited(prev, middleOfRationale(prev, 6), middleOfRationale(prev, 6) + 3, '')), 'k k k k p p p p p m-3 m-3 m-3');
});

test('an edit across two items parses both and two on each side again', () => {
  const prev = parseLetter(longLetter(12));
  const next = edited(prev, middleOfRationale(prev, 5), middleOfRationale(prev, 6), ' ');
  // Items 5 and 6 became one: the window was items 3 to 8, and 7 and 8 came out as they were, renumbered.
  assert.equal(next.items.length, 11);
  const d = 1 - (middleOfRationale(prev, 6) - middleOfRationale(prev, 5));
  assert.equal(reuse(prev, next), `k k k p p p p p m${d}@9 m${d}@10 m${d}@11`);
});

test('an edit too near the top, or with the items near the top, parses the whole letter again', () => {
  // Short lines: the 2000th character (among the items) is on line 80 or later, so only TOP_CHARS decides.
  const short = parseLetter(longLetter(40, 6, 12, 70, 4));
  const line = (l: Letter, offset: number): number => l.lines.findIndex((x) => x.next > offset);
  assert.ok(line(short, 1999) >= 80, `character 1999 is on line ${line(short, 1999)}`);
  const at = (l: Letter, offset: number): Letter => edited(l, offset, offset, '~');
  assert.notEqual(at(short, 1999).header, short.header, 'an edit at character 1999 parses the letter again');
  assert.equal(at(short, 2000).header, short.header, 'an edit at character 2000 does not');
  // Long lines: line 80 starts past character 2000, so only TOP_LINES decides.
  const long = parseLetter(longLetter(40, 6, 100, 20, 100));
  const start = (l: Letter, k: number): number => l.lines[k].start;
  assert.ok(start(long, 79) >= 2000, `line 79 starts at ${start(long, 79)}`);
  const inLine = (l: Letter, k: number): number => l.lines[k].start + 5;
  assert.notEqual(at(long, inLine(long, 79)).header, long.header, 'an edit on line 79 parses the letter again');
  assert.equal(at(long, inLine(long, 80)).header, long.header, 'an edit on line 80 does not');
});

test('an edit within three lines of a heading after the items parses the whole letter again', () => {
  const base = longLetter(40, 6, 100, 20, 100);
  const prev = parseLetter(`${base}MEDICAL REVIEWER QUALIFICATIONS:\nThe reviewer is board certified.\n`);
  assert.equal(prev.sections.at(-1)?.kind, 'qualifications');
  assert.equal(prev.issues, prev.sections.at(-2));
  const heading = prev.lines.findIndex((l) => l.start === prev.sections.at(-1)!.headingSpan.start);
  const inLine = (k: number): number => prev.lines[k].start + 5;
  assert.equal(edited(prev, inLine(heading - 5), inLine(heading - 5), '~').header, prev.header, 'five lines before the heading');
  assert.equal(edited(prev, inLine(heading - 4), inLine(heading - 4), '~').header, prev.header, 'four lines before it');
  assert.notEqual(edited(prev, inLine(heading - 3), inLine(heading - 3), '~').header, prev.header, 'three lines before it');
  // And within three lines after the heading of the disputed items.
  const low = parseLetter(longLetter(12));
  const issues = low.lines.findIndex((l) => l.start === low.issues!.headingSpan.start);
  assert.ok(issues > 80, `the items heading is on line ${issues}`);
  const after = (k: number): Letter => edited(low, low.lines[issues + k].start + 5, low.lines[issues + k].start + 5, '~');
  assert.notEqual(after(3).header, low.header, 'three lines after the items heading');
  assert.equal(after(4).header, low.header, 'four lines after it');
  // The heading after the items moves with the edit.
  const next = edited(prev, inLine(heading - 20), inLine(heading - 20), '~~');
  assert.equal(next.sections.at(-1)!.headingSpan.start, prev.sections.at(-1)!.headingSpan.start + 2);
});

test('typing a heading or a line break near one among the items parses the whole letter again', () => {
  const prev = parseLetter(longLetter(40, 6, 100, 20, 100));
  const at = middleOfRationale(prev, 30);
  const heading = edited(prev, at, at, '\nCLINICAL CASE SUMMARY\n');
  assert.notEqual(heading.header, prev.header);
  assert.equal(heading.sections.length, prev.sections.length + 1);
  // A line break typed inside a line re-splits the lines around it, and the item is parsed again.
  const broken = edited(prev, at, at, '\n');
  assert.equal(broken.header, prev.header);
  assert.equal(broken.lines.length, prev.lines.length + 1);
  assert.equal(reuse(prev, broken).split(' ')[30], 'p');
});

test('the lines above the edit, but for the one just above it, are kept as they were', () => {
  const prev = parseLetter(longLetter(12));
  const at = middleOfRationale(prev, 6);
  const next = edited(prev, at, at, '~');
  const a = prev.lines.findIndex((l) => l.next > at);
  assert.ok(a > 80, `the edit is on line ${a}`);
  assert.ok(
    next.lines.slice(0, a - 1).every((l, k) => l === prev.lines[k]),
    "each line before the one before the edit is the previous letter's",
  );
});

test('typing at the very start of the first line of an item counts that item as edited, not the one before', () => {
  const prev = parseLetter(longLetter(12));
  const start = prev.items[6].span.start;
  assert.equal(prev.lines.find((l) => l.start === start)?.start, start, 'item 6 starts its line');
  assert.equal(reuse(prev, edited(prev, start, start, '~')), 'k k k k p p p p p m1 m1 m1');
});

test('an edit above the first item parses the text from the heading on and two items again', () => {
  // Three more lines of prose between the heading and the first item, so that an edit on the last of them is
  // more than three lines below the heading.
  const intro = 'set forth below:\nThe requests follow.\nEach is decided in turn.\nThe reasons are given with each.\n';
  const prev = parseLetter(longLetter(12).replace('set forth below:\n', intro));
  assert.equal(prev.items.length, 12);
  const line = prev.text.indexOf('The reasons are given with each.');
  // Typing in it: the first two items are parsed again, the rest moved.
  const typed = edited(prev, line + 4, line + 4, '~');
  assert.equal(typed.header, prev.header);
  assert.equal(reuse(prev, typed), 'p p m1 m1 m1 m1 m1 m1 m1 m1 m1 m1');
  // Making it an item of its own: it is found, as the first item.
  const sentence = 'The reasons are given with each.';
  const item = edited(prev, line, line + sentence.length, 'Acupuncture 6 sessions: Overturned');
  assert.equal(item.header, prev.header);
  assert.equal(item.items.length, 13);
  assert.equal(item.items[0].request.text, 'Acupuncture 6 sessions');
  const d = 'Acupuncture 6 sessions: Overturned'.length - sentence.length;
  assert.equal(reuse(prev, item), `p p p ${Array.from({ length: 10 }, (_, k) => `m${d}@${k + 2}`).join(' ')}`);
});

test('a letter that opens with the heading of the disputed items is re-parsed in part from the line after it', () => {
  const full = longLetter(12);
  const issues = full.indexOf('IMR ISSUES, DECISIONS AND RATIONALES');
  const prose = Array.from({ length: 90 }, (_, k) => `The worker was seen again on visit ${k + 1} and reported pain of ${k % 10}/10.`);
  const text = `${full.slice(issues).replace('set forth below:\n', `set forth below:\n${prose.join('\n')}\n`)}`;
  const prev = parseLetter(text);
  // No line above the heading: the items are read from the line after it.
  assert.equal(prev.sections[0], prev.issues);
  assert.equal(
    prev.lines.findIndex((l) => l.start === prev.issues!.headingSpan.start),
    0,
  );
  assert.equal(prev.items.length, 12);
  const at = prev.text.indexOf('visit 88 ');
  const next = edited(prev, at, at, '~');
  assert.equal(reuse(prev, next), 'p p m1 m1 m1 m1 m1 m1 m1 m1 m1 m1');
});

test('an edit at the first character of the disputed items section parses the whole letter again', () => {
  // Blank lines after the heading keep the edit more than three lines below it.
  const prev = parseLetter(longLetter(12).replace('RATIONALES\n', 'RATIONALES\n\n\n\n'));
  const body = prev.issues!.bodySpan.start;
  assert.equal(prev.lines.findIndex((l) => l.start === body) - prev.lines.findIndex((l) => l.start === prev.issues!.headingSpan.start), 4);
  assert.notEqual(edited(prev, body, body, '~').header, prev.header, 'an edit at its first character');
  assert.equal(edited(prev, body + 1, body + 1, '~').header, prev.header, 'an edit at its second character');
});

test('an edit that reaches into the heading after the items parses the whole letter again', () => {
  const prev = parseLetter(`${longLetter(40, 6, 100, 20, 100)}MEDICAL REVIEWER QUALIFICATIONS:\nThe reviewer is board certified.\n`);
  const heading = prev.sections.at(-1)!.headingSpan.start;
  const from = middleOfRationale(prev, 39);
  // From the last item to the middle of the heading, and on to the middle of the line after it.
  for (const to of [heading + 8, prev.text.indexOf('board certified')]) {
    const next = edited(prev, from, to, '');
    assert.notEqual(next.header, prev.header);
    assert.equal(next.sections.length, prev.sections.length - 1);
  }
});

test('an edit whose effect runs past the items parsed again around it parses the whole letter again', () => {
  // Items without headers: a field label that the item already has starts the next item, so turning one item's
  // first label into another kind pairs every field after it differently, to the end of the letter.
  const prev = parseLetter(longLetter(40, 6, 100, 20, 100).replace(/^Tramadol ER \d+mg #\d+: Upheld\n/gm, ''));
  assert.equal(prev.items.length, 40);
  assert.ok(prev.items.every((item) => item.fields.map((f) => f.kind).join(' ') === 'claimsAdministrator maximus rationale'));
  const label = prev.items[30].claimsAdministrator!.label.span;
  const next = edited(prev, label.start, label.end, 'Decision rationale:');
  assert.notEqual(next.header, prev.header);
  assert.deepEqual(
    next.items.slice(30).map((item) => item.fields.map((f) => f.kind).join(' ')),
    ['rationale maximus', ...Array.from({ length: 9 }, () => 'rationale claimsAdministrator maximus'), 'rationale'],
  );
});

test('a draft without the heading of the disputed items, or a decisions section without items, is parsed again whole', () => {
  const base = longLetter(40, 6, 100, 20, 100);
  const heading = 'IMR ISSUES, DECISIONS AND RATIONALES\n';
  const items = base.indexOf('Tramadol ER 100mg');
  const prose = Array.from({ length: 100 }, (_, k) => `The worker was seen again on visit ${k + 1} and reported pain of ${k % 10}/10.`);
  const letters: { what: string; text: string; check: (l: Letter) => void }[] = [
    {
      what: 'a draft without the heading of the disputed items',
      text: base.replace(heading, ''),
      check: (l) => assert.ok(!l.issues && l.items.length === 40),
    },
    {
      what: 'a decisions section that holds prose only',
      text: `${base.slice(0, items)}${prose.join('\n')}\n`,
      check: (l) => assert.ok(l.issues && l.items.length === 0),
    },
  ];
  for (const { what, text, check } of letters) {
    const prev = parseLetter(text);
    check(prev);
    const at = prev.lines[prev.lines.length - 20].start + 5;
    assert.ok(at > 2000 && prev.lines.length - 20 > 80, what);
    assert.notEqual(edited(prev, at, at, '~').header, prev.header, what);
  }
});

test('a format 3 letter, whose items take their guideline and rationale from sections of their own, is parsed again whole', () => {
  // The case summary first and long, so that the items are past the top lines; five items a blank line apart,
  // so that an edit in the third is more than three lines from either heading and all five would be parsed again.
  const summary = Array.from({ length: 90 }, (_, k) => `The worker was seen again on visit ${k + 1} and reported pain of ${k % 10}/10.`);
  const text = `MEDICAL PROFESSIONAL REVIEW

Case Number:        CM14-0054321
Date Assigned:      04/01/2014
Decision Date:      04/28/2014
Priority:           Expedited

CASE SUMMARY:
${summary.join('\n')}

ISSUE AT DISPUTE:
Lumbar epidural steroid injection at L3-L4: Overturned

Lumbar epidural steroid injection at L4-L5: Overturned

Lumbar epidural steroid injection at L5-S1: Upheld

Physical therapy 12 sessions: Overturned

Acupuncture 6 sessions: Upheld

MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND
WHY:
Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Epidural steroid injections
(ESIs) Page(s): 46. The guideline addresses the criteria for epidural steroid injections.

RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:
Radiculopathy is documented by examination and corroborated by imaging.
`;
  const prev = parseLetter(text);
  assert.equal(prev.format, 'format3');
  assert.equal(prev.issues?.kind, 'issueAtDispute');
  assert.equal(prev.items.length, 5);
  assert.ok(prev.items.every((item) => item.maximus && item.rationale));
  const at = text.indexOf('L5-S1');
  assert.ok(at > 2000 && prev.lines.findIndex((l) => l.next > at) > 80);
  const next = edited(prev, at, at, '~');
  assert.notEqual(next.header, prev.header);
});

test('typing at the start of each item of every real letter keeps the lines above and the items more than two before it', () => {
  const letters = allRealLetters();
  let partial = 0;
  for (const l of letters) {
    const prev = parseLetter(l.text);
    for (let k = 0; k < prev.items.length; k++) {
      const a = prev.lines.findIndex((line) => line.next > prev.items[k].span.start);
      const at = prev.lines[a].start;
      const next = edited(prev, at, at, '~');
      if (!prev.header || next.header !== prev.header) continue;
      partial++;
      const what = `${l.id}: typing at the start of item ${k}`;
      assert.ok(
        next.lines.slice(0, a - 1).every((line, i) => line === prev.lines[i]),
        `${what}: the lines above the one before it are kept`,
      );
      // The item whose first line the edit starts is the edited one: two before it are parsed again, not three.
      const lo = Math.max(0, k - 2);
      assert.ok(
        next.items.slice(0, lo).every((item, i) => item === prev.items[i]),
        `${what}: the items before item ${lo} are kept`,
      );
      assert.notEqual(next.items[lo], prev.items[lo], `${what}: item ${lo} is parsed again`);
    }
  }
  assert.ok(partial >= minimumFor(200, letters), `only ${partial} edits were re-parsed in part`);
});

test('citations and conclusions read before an edit move with the items after it; those never read stay unread', () => {
  // Page references too: an MTUS citation with pages moves each page with it.
  const text = longLetter(12).replace(/2009, Section\(s\): Opioids\./g, '2009, Page(s): 76-78, Section(s): Opioids.');
  const read = parseLetter(text);
  assert.equal((read.items[11].claimsAdministrator!.citations[0] as MtusChapterCitation).pages.length, 1);
  JSON.stringify(read); // reads every citation and conclusion
  const unread = parseLetter(text);
  const at = middleOfRationale(read, 6);
  // edited() reads the moved parts and compares them with a full parse.
  const typed = edited(read, at, at, '~');
  assert.equal(reuse(read, typed), 'k k k k p p p p p m1 m1 m1');
  const was = read.items[11];
  // Moved before they are read, and moved again by a second edit: still the first citations, by both edits.
  const once = updateLetter(read, typed.text);
  const again = updateLetter(once, typed.text.slice(0, at) + '~' + typed.text.slice(at));
  assert.equal(reuse(once, again), 'k k k k p p p p p m1 m1 m1');
  assert.deepEqual(citationsIfRead(again.items[11].maximus!), { from: was.maximus!.citations, d: 2 }, 'to be moved by both edits');
  assert.deepEqual(conclusionIfRead(again.items[11].rationale!), { from: was.rationale!.conclusion, d: 2 });
  assert.equal(JSON.stringify(again), JSON.stringify(parseLetter(again.text)));
  // Never read: the moved fields do not read them either.
  const moved = updateLetter(unread, typed.text);
  assert.equal(reuse(unread, moved), 'k k k k p p p p p m1 m1 m1');
  assert.equal(citationsIfRead(moved.items[11].claimsAdministrator!), undefined);
  assert.equal(conclusionIfRead(moved.items[11].rationale!), undefined);
});

test('a replacement of the same length keeps the items after it and the heading after the items, not moved copies', () => {
  const prev = parseLetter(`${longLetter(12)}MEDICAL REVIEWER QUALIFICATIONS:\nThe reviewer is board certified.\n`);
  assert.equal(prev.sections.at(-1)?.kind, 'qualifications');
  const at = middleOfRationale(prev, 6);
  const next = edited(prev, at, at + 1, '~');
  assert.equal(reuse(prev, next), 'k k k k p p p p p k k k');
  assert.equal(next.sections.at(-1), prev.sections.at(-1), 'the heading after the items is the same object');
  // Items kept as they were are the parser's, not recorded as moved (by 0).
  assert.deepEqual(
    next.items.slice(9).map((item) => movedFrom(item)),
    [undefined, undefined, undefined],
  );
  // Two items made one by a replacement of the same length: those after the window are renumbered, not moved.
  const [from, to] = [middleOfRationale(prev, 5), middleOfRationale(prev, 6)];
  const merged = edited(prev, from, to, 'x'.repeat(to - from));
  assert.equal(merged.items.length, 11);
  assert.equal(reuse(prev, merged), 'k k k p p p p p m0@9 m0@10 m0@11');
  assert.deepEqual(
    merged.items.slice(8).map((item) => item.index),
    [8, 9, 10],
  );
  assert.equal(merged.sections.at(-1), prev.sections.at(-1));
});

test('a moved item without a header has its request as its header, the same part, as the parser makes it', () => {
  // Items without headers: the parser gives the empty header as the request too.
  const prev = parseLetter(longLetter(40, 6, 100, 20, 100).replace(/^Tramadol ER \d+mg #\d+: Upheld\n/gm, ''));
  assert.equal(prev.items.length, 40);
  assert.ok(prev.items.every((item) => item.request === item.header));
  const at = middleOfRationale(prev, 20);
  const next = edited(prev, at, at, '~');
  assert.equal(reuse(prev, next).split(' ').slice(23).join(' '), Array.from({ length: 17 }, () => 'm1').join(' '));
  assert.ok(next.items.every((item) => item.request === item.header));
});
