// Linting with a memo (as the server does after each edit) must give exactly what a full lint of the new text
// gives: on real letters, typing inside every item, and seeded random edits of a long letter of real items that
// add defects (outcomes, misspelt topics, names), move problems, and remove lines and whole items. It must also
// really check only the edited items when it can.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter, updateLetter, type Letter } from '../../server/src/letter';
import { lint, lintMemo, RULES, type LintConfig, type Rule } from '../../server/src/rules';
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
