// Linting with a memo (as the server does after each edit) must give exactly what a full lint of the new text
// gives: on real letters, typing inside every item, and seeded random edits of a long letter of real items that
// add defects (outcomes, misspelt topics, names), move problems, and remove lines and whole items. It must also
// really check only the edited items when it can.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  editBetween,
  movedFrom,
  parseLetter,
  sameItemMoved,
  updateLetter,
  type Item,
  type Letter,
  type Span,
} from '../../server/src/letter';
import { lint, lintMemo, RULES, type LintConfig, type Problem, type Rule } from '../../server/src/rules';
import { testRuleMeta } from '../helpers/testRule';
import type { Report } from '../../server/src/rules/types';
import { eol } from '../../server/src/rules/helpers/util';
import { WRITTEN } from '../helpers/golden';
import { corpusLetters } from '../helpers/letters';
import { seededRandom } from '../helpers/random';

const letters = corpusLetters();

/** The rules as registered, noting which items their item checks run on. */
const checkedItems = new Set<number>();
const COUNTED: readonly Rule[] = RULES.map((r) => {
  const checkItem = r.checkItem;
  return checkItem
    ? { ...r, checkItem: (letter, item, report) => (checkedItems.add(item.span.start), checkItem(letter, item, report)) }
    : r;
});

/** Lints with the memo and without; both must agree. Returns how many items the memo lint checked. */
function same(letter: Letter, memo: ReturnType<typeof lintMemo>, what: string, config: LintConfig = {}): number {
  checkedItems.clear();
  const incremental = lint(letter, COUNTED, config, memo);
  const checked = checkedItems.size;
  assert.deepStrictEqual(incremental, lint(parseLetter(letter.text), COUNTED, config), what);
  return checked;
}

/** A long letter made of the disputed items of many real letters under one real letter's sections. */
function joinedLetter(): string {
  const base = letters[0].text;
  const issues = parseLetter(base).issues;
  assert.ok(issues, 'the first corpus letter has an issues section');
  // 120 letters (repeated when only the fixture letters are available, so the letter is long either way).
  const items = Array.from({ length: 120 }, (_, i) => letters[i % letters.length]).flatMap((l) =>
    parseLetter(l.text).items.map((i) => l.text.slice(i.span.start, i.span.end)),
  );
  return base.slice(0, issues.bodySpan.start) + items.join('\n\n') + '\n';
}

test('typing inside each item of every real letter lints as a full lint would', () => {
  for (const l of letters.filter((_, i) => i % 3 === 0)) {
    const memo = lintMemo();
    let prev = parseLetter(l.text);
    same(prev, memo, `${l.id}: first lint`);
    for (let k = prev.items.length - 1; k >= 0; k--) {
      const rationale = prev.items[k].rationale;
      if (!rationale) continue;
      const at = rationale.body.span.start + ((rationale.body.span.end - rationale.body.span.start) >> 1);
      const next = updateLetter(prev, prev.text.slice(0, at) + 'x' + prev.text.slice(at));
      same(next, memo, `${l.id}: typing in item ${k}`);
      prev = next;
    }
  }
});

test('seeded random edits of a long letter of real items lint as a full lint would, checking only edited items', () => {
  const { random, pick } = seededRandom(20170314);
  const inserts = [
    'x',
    ' ',
    '\n',
    '\r\n',
    '\n\n',
    ':',
    '.',
    ': Uphold',
    ': Overturned\n',
    'Denied',
    ' Dr. John Smith, MD ',
    'Jane Doe, MD',
    'License No. A12345',
    'Sincerely, Robert Brown\n',
    '\nDecision rationale: According to ODG, the request is supported.',
    '\nClaims Administrator guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Inital Care, Special Studies',
    '\nMAXIMUS guideline: Decision based on MTUS Low Back Complaints 2019, Section(s): Diagnositc Criteria',
    '\nMAXIMUS guideline: The Claims Administrator did not cite any medical evidence for its decision.',
    'is not medically necessary.',
    'is medically necessary.',
    'Norco 10/325mg: Upheld\n',
    'Physical therapy 3 times a week for 10 weeks: Upheld\n',
    'Baclofen 100mg #30 was the original request. Baclofen 100mg #27 was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Baclofen 100mg #13 is: Upheld\n',
    'IMR ISSUES, DECISIONS AND RATIONALES\n',
  ];
  const memo = lintMemo();
  let prev = parseLetter(joinedLetter());
  assert.ok(prev.items.length > 100, 'the long letter has many items');
  const firstChecked = same(prev, memo, 'first lint');
  assert.equal(firstChecked, prev.items.length, 'the first lint checks every item');
  let small = 0;
  for (let e = 0; e < 250; e++) {
    const text = prev.text;
    const at = Math.floor(random() * text.length);
    const removed = random() < 0.3 ? Math.floor(random() * (random() < 0.1 ? 2000 : 30)) : 0;
    const nextText = text.slice(0, at) + (random() < 0.85 ? pick(inserts) : '') + text.slice(at + removed);
    // As the server does (updateLetter), and sometimes from a fresh parse: the memo must serve either way.
    const next = random() < 0.8 ? updateLetter(prev, nextText) : parseLetter(nextText);
    const checked = same(next, memo, `edit ${e} at ${at}, ${removed} removed`);
    if (checked <= 3) small++;
    prev = next;
  }
  assert.ok(small > 150, `only ${small} of 250 edits re-checked 3 items or fewer`);
});

test('a changed rule level, a rule turned off or a new line break style is linted afresh', () => {
  const memo = lintMemo();
  const l = parseLetter(letters.find((x) => x.text.length > 8000)!.text);
  const injected = l.text.replace(/: Upheld/, ': Uphold');
  assert.notEqual(injected, l.text, 'the letter has an upheld item');
  const letter = parseLetter(injected);
  same(letter, memo, 'defaults');
  for (const config of [{ rules: { 'invalid-outcome': 'hint' as const } }, { rules: { 'invalid-outcome': 'off' as const } }, {}]) {
    const checked = same(letter, memo, JSON.stringify(config), config);
    assert.equal(checked, letter.items.length, `${JSON.stringify(config)}: every item checked again`);
  }
  assert.equal(same(letter, memo, 'unchanged'), 0, 'an unchanged letter is not checked again');
  const crlf = parseLetter(injected.replace(/\n/g, '\r\n'));
  assert.equal(same(crlf, memo, 'CRLF'), crlf.items.length, 'CRLF line ends: every item checked again');
});

// The memo with rules of the tests' own, on a hand-written letter of two items (cli/defects.imr) and on the long
// letter of real items: what it may keep, and that it keeps it.
const defects = WRITTEN.find((w) => w.id === 'cli/defects.imr')!.text;

/** A rule that checks each item with `check`. */
function itemRule(name: string, check: NonNullable<Rule['checkItem']>): Rule {
  return {
    ...testRuleMeta(name),
    check: () => assert.fail('an item rule is checked item by item'),
    checkItem: check,
  };
}

/** The memo lint of `letter` after a lint of `before`, and the lint of `letter` from scratch. */
function afterEdit(before: Letter, letter: Letter, rules: readonly Rule[]): [Problem[], Problem[]] {
  const memo = lintMemo();
  lint(before, rules, {}, memo);
  return [lint(letter, rules, {}, memo), lint(parseLetter(letter.text), rules)];
}

/** `text` with `insert` put at `at` (replacing `removed` characters). */
const edited = (text: string, at: number, insert: string, removed = 0): string => text.slice(0, at) + insert + text.slice(at + removed);

test('a memo made with another rule list is not used, even under the same settings', () => {
  const letter = parseLetter(defects);
  const rule = (name: string) => itemRule(name, (_l, item, report) => report({ span: item.header.span, message: name }));
  const memo = lintMemo();
  lint(letter, [rule('a')], {}, memo);
  const b = [rule('b')];
  assert.deepEqual(lint(letter, b, {}, memo), lint(letter, b));
  assert.deepEqual(
    lint(letter, b, {}, memo).map((p) => p.rule),
    letter.items.map(() => 'b'),
  );
});

test('a new line break on the first line alone is linted afresh, though no item changed', () => {
  // Item checks may read the letter's line break (it is in the fixes they offer).
  const rules = [itemRule('eol', (l, item, report) => report({ span: item.header.span, message: JSON.stringify(eol(l)) }))];
  const before = parseLetter(defects);
  const crlf = updateLetter(before, defects.replace('\n', '\r\n'));
  assert.equal(eol(crlf), '\r\n');
  const [memo, full] = afterEdit(before, crlf, rules);
  assert.deepEqual(memo, full);
  assert.deepEqual(
    memo.map((p) => p.message),
    crlf.items.map(() => '"\\r\\n"'),
  );
});

test('an item edited without changing its length or the lengths of its parts is checked again', () => {
  // Counts the x's of the item's text: a rationale's words changed, its span not.
  const rules = [
    itemRule('xs', (l, item, report) =>
      report({ span: item.header.span, message: `${l.text.slice(item.span.start, item.span.end).split('x').length - 1} x` }),
    ),
  ];
  const before = parseLetter(defects);
  for (const item of before.items) {
    const body = item.rationale!.body.span;
    const at = defects.indexOf('e', (body.start + body.end) >> 1);
    assert.ok(at > 0 && at < body.end);
    const after = updateLetter(before, edited(defects, at, 'x', 1));
    const [memo, full] = afterEdit(before, after, rules);
    assert.deepEqual(memo, full, `item ${item.index + 1}`);
    assert.notDeepEqual(memo, lint(before, rules), `item ${item.index + 1}: its count changed`);
  }
});

test('an item the edit touches, ending where it starts or starting where it ends, is checked again', () => {
  const checked: number[] = [];
  const rules = [itemRule('count', (_l, item, report) => (checked.push(item.index), report({ span: item.header.span, message: 'm' })))];
  const before = parseLetter(defects);
  const [one, two] = before.items;
  // A space typed after the first item's last word (not part of it), a line break typed before the second's header.
  for (const [what, at, insert, touched] of [
    ['a space after the first item', one.span.end, ' ', 0],
    ['a line break before the second item', two.span.start, '\n', 1],
  ] as const) {
    const text = edited(defects, at, insert);
    const after = updateLetter(before, text);
    const edit = editBetween(defects, text)!;
    const item = after.items[touched];
    assert.ok(item.span.end === edit.start || item.span.start === edit.newEnd, `${what}: the item touches the edit`);
    const memo = lintMemo();
    lint(before, rules, {}, memo);
    checked.length = 0;
    const got = lint(after, rules, {}, memo);
    assert.deepEqual(checked, [touched], what);
    assert.deepEqual(got, lint(parseLetter(text), rules), what);
  }
});

test('an item that becomes the first, or stops being the first, is checked again', () => {
  // Item checks may read whether their item is the first.
  const rules = [itemRule('first', (_l, item, report) => report({ span: item.header.span, message: `first: ${item.index === 0}` }))];
  // A blank line before the first item: an edit can end before it (the memo takes only items the edit did not reach).
  const base = defects.replace('set forth below:\n', 'set forth below:\n\n');
  const before = parseLetter(base);
  const [one, two] = before.items;
  assert.equal(base.slice(one.span.start - 2, one.span.start), '\n\n');
  // The first item removed (the line break before the second kept), and a new item put before the first.
  const removed = edited(base, one.span.start, '', two.span.start - 1 - one.span.start);
  const added = edited(
    base,
    one.span.start - 1,
    'Norco 10/325mg #60: Upheld\nClaims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids.\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids.\nDecision rationale: The records do not show improvement. The request is not medically necessary.\n',
  );
  for (const [what, text, moved, now] of [
    ['the first item removed', removed, two, 0],
    ['an item put before the first', added, one, 1],
  ] as const) {
    for (const after of [parseLetter(text), updateLetter(before, text)]) {
      const item = after.items[now];
      // The item is the old one moved, apart from its place.
      assert.equal(text.slice(item.span.start, item.span.end), base.slice(moved.span.start, moved.span.end), what);
      assert.ok(sameItemMoved(item, moved, item.span.start - moved.span.start), what);
      const [memo, full] = afterEdit(before, after, rules);
      assert.deepEqual(memo, full, what);
      assert.equal(memo.filter((p) => p.message === 'first: true').length, 1, what);
    }
  }
});

test('a problem that names a place outside its item is not kept for the item: each kind of place', () => {
  // Each rule reports for every item a problem that reaches out of it in one way (at the letter's start or
  // end, which an edit in another item moves or not) or, for the last, is due at a section, not in the item.
  const inHeader = (item: Item) => item.header.span;
  const start = { start: 0, end: 1 };
  const end = (l: Letter) => ({ start: l.text.length - 1, end: l.text.length });
  const fix = (...spans: Span[]) => [{ title: 'fix', edits: spans.map((span) => ({ span, newText: 'x' })) }];
  const reaching: Record<string, (l: Letter, item: Item) => Parameters<Report>[0]> = {
    'span at the start': () => ({ span: start, message: 'm' }),
    'span at the end': (l) => ({ span: end(l), message: 'm' }),
    'span from the item to the end': (l, item) => ({ span: { start: item.span.start, end: l.text.length }, message: 'm' }),
    'a fix edit at the start': (_l, item) => ({ span: inHeader(item), message: 'm', fixes: fix(start) }),
    'one of two fix edits at the end': (l, item) => ({ span: inHeader(item), message: 'm', fixes: fix(inHeader(item), end(l)) }),
    'a related place at the end': (l, item) => ({ span: inHeader(item), message: 'm', related: [{ span: end(l), message: 'r' }] }),
    'a related place at the start': (_l, item) => ({ span: inHeader(item), message: 'm', related: [{ span: start, message: 'r' }] }),
    'due at the start': (_l, item) => ({ span: inHeader(item), message: 'm', due: { at: 0, what: 'w', item: 'i' } }),
    'due at the end': (l, item) => ({ span: inHeader(item), message: 'm', due: { at: l.text.length, what: 'w', item: 'i' } }),
    // A section due inside the item's span: what it names is read from the letter, not from the item.
    'a section due inside the item': (l, item) => ({
      span: inHeader(item),
      message: 'm',
      due: { at: item.header.span.start, what: `a section of a letter of ${l.text.length} characters` },
    }),
  };
  const before = parseLetter(defects);
  const [one, two] = before.items;
  const middle = (item: Item) => (item.rationale!.body.span.start + item.rationale!.body.span.end) >> 1;
  for (const [what, check] of Object.entries(reaching)) {
    const rules = [itemRule('reach', (l, item, report) => report(check(l, item)))];
    for (const [where, at] of [
      ['an edit in the first item', middle(one)],
      ['an edit in the second item', middle(two)],
    ] as const) {
      const after = updateLetter(before, edited(defects, at, 'x'));
      const [memo, full] = afterEdit(before, after, rules);
      assert.deepEqual(memo, full, `${what}, ${where}`);
    }
  }
});

/** The letter with its items behind proxies that note which of their parts are read (their span and index aside). */
function watched(letter: Letter): { letter: Letter; reads: string[][] } {
  const reads = letter.items.map((): string[] => []);
  const items = letter.items.map(
    (item, k) =>
      new Proxy(item, {
        get: (target, key, receiver) => {
          if (key !== 'span' && key !== 'index') reads[k].push(String(key));
          return Reflect.get(target, key, receiver) as unknown;
        },
      }),
  );
  return { letter: { ...letter, items }, reads };
}

test('an item the memo holds is not compared part by part when it is the same object or moved unchanged by the model', () => {
  const checked: number[] = [];
  const rules = [itemRule('count', (_l, item, report) => (checked.push(item.index), report({ span: item.header.span, message: 'm' })))];
  const { letter, reads } = watched(parseLetter(joinedLetter()));
  const memo = lintMemo();
  const first = lint(letter, rules, {}, memo);
  assert.equal(checked.length, letter.items.length);
  // The same letter again: every item is the memo's own, the first one too.
  reads.forEach((r) => (r.length = 0));
  checked.length = 0;
  const again = lint(letter, rules, {}, memo);
  assert.deepEqual(checked, []);
  assert.deepEqual(
    reads.filter((r) => r.length > 0),
    [],
  );
  // Nothing changed: the very problems of the last lint.
  assert.equal(again.length, first.length);
  assert.ok(
    again.every((p, k) => p === first[k]),
    'the same problem objects',
  );
  // Typing in the tenth item: the model keeps the items before the few it parses again and moves the items after
  // them, and lint takes them as they are.
  const rationale = letter.items[9].rationale!.body.span;
  const next = updateLetter(letter, edited(letter.text, rationale.start + 3, 'x'));
  const moved = next.items.map((item, k) => (movedFrom(item) ? k : -1)).filter((k) => k >= 0);
  assert.ok(moved.length > 100, 'most items moved by the model');
  reads.forEach((r) => (r.length = 0));
  checked.length = 0;
  const got = lint(next, rules, {}, memo);
  assert.ok(checked.length <= 3, `${checked.length} items checked again`);
  assert.deepEqual(got, lint(parseLetter(next.text), rules));
  assert.deepEqual(
    moved.filter((k) => reads[k].length > 0),
    [],
    'no moved item compared with the one it was moved from',
  );
});
