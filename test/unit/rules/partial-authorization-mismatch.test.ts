// partial-authorization-mismatch: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../../server/src/letter';
import { lint, RULES } from '../../../server/src/rules';
import { countOf, strengthsOf } from '../../../server/src/letter/quantities';
import { minimumFor } from '../../helpers/letters';
import { check, splice, corpus } from './inject';

test('partial-authorization-mismatch: the remaining count off by one (fix restores), and a strength changed', () => {
  const n = check(
    'partial-authorization-mismatch',
    corpus,
    (letter, text) => {
      for (const item of letter.items) {
        const r = item.partial?.remaining;
        if (item.partial?.form !== 'remaining' || !r || !item.partial.original || !item.partial.authorized) continue;
        const [o, a, c] = [item.partial.original, item.partial.authorized, r].map((x) => countOf(x.text));
        if (!o || !a || !c?.token || o.value - a.value !== c.value || !/^\d+$/.test(c.token.text)) continue;
        const doc = text.slice(r.span.start, r.span.end);
        const at = r.span.start + doc.search(new RegExp(`(?<!\\d)${c.token.text}(?!\\d)`));
        return { text: splice(text, at, at + c.token.text.length, String(c.value + 1)), at };
      }
      return undefined;
    },
    { fix: 'required', restores: true, alsoResolves: 'conclusion-vs-item' },
  );
  const m = check('partial-authorization-mismatch', corpus, (letter, text) => {
    for (const item of letter.items) {
      const a = item.partial?.authorized;
      const s = a ? strengthsOf(a.text)[0] : undefined;
      if (!a || !s) continue;
      const at = text.indexOf(s.text.replace(/\s+/g, ' ').split(' ')[0], a.span.start);
      return { text: splice(text, at, at, '3'), at };
    }
    return undefined;
  });
  assert.ok(n >= minimumFor(20, corpus) && m >= minimumFor(8, corpus), `${n} ${m}`);
});

test('partial-authorization-mismatch: the Trezix strength mismatch (320.5 vs 30.5), with or without the unit', () => {
  const letter = (o: string, a: string, r: string) =>
    `IMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on decisions for the disputed items/services set forth below:\n${o} was the original\nrequest. ${a} was authorized by the Claims Administrator. The remaining IMR eligible portion of\nthe original request, ${r} is: Upheld\nClaims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.\nMAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016.\nDecision rationale: The request for ${r} is not medically necessary.\n`;
  const fired = (o: string, a: string, r: string) =>
    lint(parseLetter(letter(o, a, r)), RULES)
      .filter((p) => p.rule === 'partial-authorization-mismatch')
      .map((p) => p.message);
  assert.equal(fired('Trezix 320.5/30/16mg #60', 'Trezix 30.5/30/16mg #30', 'Trezix 320.5/30/16mg #30').length, 1);
  assert.equal(fired('Trezix 320.5-30-16mg #60', 'Trezix 30.5-30-16 #30', 'Trezix 320.5-30-16mg #30').length, 1);
  assert.equal(fired('Trezix 320.5mg #60', 'Trezix 320.5mg #30', 'Trezix 30.5mg #30').length, 1);
  assert.deepEqual(fired('Trezix 320.5/30/16mg #60', 'Trezix 320.5/30/16mg #30', 'Trezix 320.5/30/16mg #30'), []);
  assert.deepEqual(fired('Trezix 320.5/30/16mg #60', 'Trezix 320.5/30/16mg #30', 'Trezix 320.5/30/16mg #20'), [
    'The remaining portion should be 30 (original 60 − authorised 30), not 20.',
  ]);
});

const partial = (o: string, a: string, r: string): string =>
  `IMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on decisions for the disputed items/services set forth below:\n${o} was the original\nrequest. ${a} was authorized by the Claims Administrator. The remaining IMR eligible portion of\nthe original request, ${r} is: Upheld\nClaims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.\nMAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016.\nDecision rationale: The request for ${r} is not medically necessary.\n`;
const mismatch = (o: string, a: string, r: string) =>
  lint(parseLetter(partial(o, a, r)), RULES).filter((p) => p.rule === 'partial-authorization-mismatch');

test('partial-authorization-mismatch: the arithmetic at its limits (exact, one over, one under, nothing left)', () => {
  assert.deepEqual(mismatch('Norco 10/325mg #90', 'Norco 10/325mg #63', 'Norco 10/325mg #27'), []);
  for (const [r, said] of [
    ['#28', '28'],
    ['#26', '26'],
  ]) {
    const [p] = mismatch('Norco 10/325mg #90', 'Norco 10/325mg #63', `Norco 10/325mg ${r}`);
    assert.equal(p.message, `The remaining portion should be 27 (original 90 − authorised 63), not ${said}.`);
    assert.deepEqual(
      p.fixes?.map((f) => f.edits.map((e) => e.newText)),
      [['27']],
    );
  }
  // Everything authorised but one: one remains; everything authorised and a count left over is a mismatch.
  assert.deepEqual(mismatch('Norco 10/325mg #90', 'Norco 10/325mg #89', 'Norco 10/325mg #1'), []);
  assert.equal(
    mismatch('Norco 10/325mg #90', 'Norco 10/325mg #90', 'Norco 10/325mg #1')[0]?.message,
    'The remaining portion should be 0 (original 90 − authorised 90), not 1.',
  );
});

test('partial-authorization-mismatch: more authorised than requested is said as such, with no fix (never a negative count)', () => {
  const [p, ...more] = mismatch('Norco 10/325mg #30', 'Norco 10/325mg #40', 'Norco 10/325mg #10');
  assert.deepEqual(more, []);
  assert.equal(p.message, 'More was authorised (40) than originally requested (30).');
  assert.equal(p.fixes, undefined);
  assert.ok(!/-\d/.test(p.message));
});

test('partial-authorization-mismatch: counts that cannot be compared are not checked (missing, different items)', () => {
  assert.deepEqual(mismatch('Norco 10/325mg', 'Norco 10/325mg #40', 'Norco 10/325mg #10'), [], 'no original count');
  assert.deepEqual(mismatch('Norco 10/325mg #90', 'Norco 10/325mg', 'Norco 10/325mg #10'), [], 'no authorised count');
});

test('partial-authorization-mismatch: the strength message names both strengths and points at the reference part', () => {
  const text = partial('Trezix 320.5/30/16mg #60', 'Trezix 30.5/30/16mg #30', 'Trezix 320.5/30/16mg #30');
  const [p, ...more] = lint(parseLetter(text), RULES).filter((x) => x.rule === 'partial-authorization-mismatch');
  assert.deepEqual(more, []);
  assert.equal(p.message, 'The strength differs between the parts of this partly authorised request: "320.5/30/16mg" and "30.5/30/16mg".');
  assert.equal(text.slice(p.span.start, p.span.end), 'Trezix 30.5/30/16mg #30');
  assert.deepEqual(
    p.related?.map((r) => [text.slice(r.span.start, r.span.end), r.message]),
    [['Trezix 320.5/30/16mg #60', '320.5/30/16mg']],
  );
  assert.equal(p.fixes, undefined, 'no fix: which strength is right needs the reviewer');
  // Without a unit in one part, the numbers are compared and shown as they are.
  const [q] = mismatch('Trezix 320.5-30-16mg #60', 'Trezix 30.5-30-16 #30', 'Trezix 320.5-30-16mg #30');
  assert.match(q.message, /"320\.5-30-16mg" and "30\.5\/30\/16"/);
});

test('partial-authorization-mismatch: counts written as words are fixed as words, in the same case', () => {
  const words = (o: string, a: string, r: string) =>
    mismatch(`Physical therapy ${o} sessions`, `Physical therapy ${a} sessions`, `Physical therapy ${r} sessions`);
  assert.deepEqual(words('twelve', 'six', 'six'), []);
  const [p] = words('twelve', 'six', 'seven');
  assert.equal(p.message, 'The remaining portion should be 6 (original 12 − authorised 6), not 7.');
  assert.deepEqual(
    p.fixes?.map((f) => [f.title, f.edits[0].newText]),
    [['Change the remaining count to six', 'six']],
  );
  assert.deepEqual(
    words('Twelve', 'Six', 'Seven')[0].fixes?.map((f) => f.edits[0].newText),
    ['Six'],
  );
  // Past twenty, digits.
  assert.deepEqual(
    mismatch('Norco 10/325mg #90', 'Norco 10/325mg #60', 'Norco 10/325mg #31')[0].fixes?.map((f) => f.edits[0].newText),
    ['30'],
  );
});

test('partial-authorization-mismatch: the fix edits the remaining count itself, even when the same number appears earlier in that part', () => {
  const text = partial('Norco 10/325mg #120', 'Norco 10/325mg #90', 'Norco 10/325mg #10');
  const [p] = lint(parseLetter(text), RULES).filter((x) => x.rule === 'partial-authorization-mismatch');
  const edit = p.fixes![0].edits[0];
  assert.equal(text.slice(edit.span.start, edit.span.end), '10');
  assert.equal(text.slice(edit.span.start - 1, edit.span.end), '#10', 'the count after "#", not the 10 of the strength');
  assert.equal(edit.newText, '30');
});

test('partial-authorization-mismatch: every count from zero to twenty is written back as its word', () => {
  const WORDS = [
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
    'twenty',
  ];
  for (let k = 0; k <= 20; k++) {
    const wrong = WORDS[k === 1 ? 2 : 1];
    const [p] = mismatch('Physical therapy 30 sessions', `Physical therapy ${30 - k} sessions`, `Physical therapy ${wrong} sessions`);
    assert.deepEqual(
      p?.fixes?.map((f) => f.edits[0].newText),
      [WORDS[k]],
      `${k}`,
    );
  }
});

/** What the rule (or a rule that fails) reports on a one-item letter whose header is `header` then " is: Upheld". */
function findingsOf(header: string) {
  const text = `IMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on decisions for the disputed items/services set forth below:\n${header} is: Upheld\nClaims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.\nMAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016.\nDecision rationale: The request is not medically necessary.\n`;
  return lint(parseLetter(text), RULES)
    .filter((p) => p.rule === 'partial-authorization-mismatch' || /^Internal error/.test(p.message))
    .map((p) => ({
      at: text.slice(p.span.start, p.span.end),
      message: p.message,
      related: p.related?.map((r) => [text.slice(r.span.start, r.span.end), r.message]),
      fixes: p.fixes?.map((f) => [f.title, ...f.edits.map((e) => `${text.slice(e.span.start, e.span.end)} -> ${e.newText}`)]),
    }));
}
const remainingForm = (o: string, a: string, r: string): string =>
  `${o} was the original request. ${a} was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, ${r}`;
const leavingForm = (a: string, o: string): string =>
  `The Claims Administrator authorized ${a}, leaving the original request IMR eligible. The original request, ${o}`;

test('partial-authorization-mismatch: a strength with fewer numbers in one part is a different strength', () => {
  assert.deepEqual(findingsOf(remainingForm('Norco 10/325mg #90', 'Norco 10mg #60', 'Norco 10/325mg #30')), [
    {
      at: 'Norco 10mg #60',
      message: 'The strength differs between the parts of this partly authorised request: "10/325mg" and "10mg".',
      related: [['Norco 10/325mg #90', '10/325mg']],
      fixes: undefined,
    },
  ]);
});

test('partial-authorization-mismatch: the reference strength is the first one written with its unit, and several strengths are listed', () => {
  // The original has no unit: the authorised part, which has one, is the reference; the original is the odd one.
  assert.deepEqual(findingsOf(remainingForm('Trezix 320.5-30-16 #60', 'Trezix 30.5-30-16mg #30', 'Trezix 320.5-30-16 #30')), [
    {
      at: 'Trezix 320.5-30-16 #60',
      message: 'The strength differs between the parts of this partly authorised request: "30.5-30-16mg" and "320.5/30/16".',
      related: [['Trezix 30.5-30-16mg #30', '30.5-30-16mg']],
      fixes: undefined,
    },
  ]);
  // No part writes a unit: bare numbers alone are not compared.
  assert.deepEqual(findingsOf(remainingForm('Trezix 320.5-30-16 #60', 'Trezix 30.5-30-16 #30', 'Trezix 320.5-30-16 #30')), []);
  assert.deepEqual(
    findingsOf(remainingForm('Tylenol 300mg / codeine 30mg #60', 'Tylenol 300mg / codeine 60mg #30', 'Tylenol 300mg / codeine 30mg #30'))[0]
      ?.message,
    'The strength differs between the parts of this partly authorised request: "300mg, 30mg" and "300mg, 60mg".',
  );
});

test('partial-authorization-mismatch: the "leaving the original request IMR eligible" form compares strengths but has no arithmetic', () => {
  assert.deepEqual(findingsOf(leavingForm('Norco 10mg #60', 'Norco 10/325mg #90')), [
    {
      at: 'Norco 10mg #60',
      message: 'The strength differs between the parts of this partly authorised request: "10/325mg" and "10mg".',
      related: [['Norco 10/325mg #90', '10/325mg']],
      fixes: undefined,
    },
  ]);
  assert.deepEqual(findingsOf(leavingForm('Norco 10/325mg #60', 'Norco 10/325mg #90')), []);
  assert.deepEqual(
    findingsOf(leavingForm('Home health care 6 hours per day for 4 weeks', 'Home health care 12 hours per day for 4 weeks')),
    [],
  );
  // A header that never states the remaining portion: the strengths of the two parts it has are still compared.
  assert.deepEqual(
    findingsOf('Norco 10/325mg #90 was the original request. Norco 10mg #60 was authorized by the Claims Administrator. The request').map(
      (f) => f.at,
    ),
    ['Norco 10mg #60'],
  );
});

test('partial-authorization-mismatch: a split rate must add up in its own unit (hours per day), with no fix', () => {
  const home = (h: number) => `Home health care ${h} hours per day for 4 weeks`;
  assert.deepEqual(findingsOf(remainingForm(home(12), home(6), home(5))), [
    {
      at: home(5),
      message: 'The remaining portion should be 6 hours/day (original 12 − authorised 6), not 5.',
      related: undefined,
      fixes: undefined,
    },
  ]);
  assert.deepEqual(findingsOf(remainingForm(home(12), home(6), home(6))), []);
});

test('partial-authorization-mismatch: the fix is offered only for a count written as one number it can find', () => {
  // "2 times a week for 4 weeks" is a product, not one number: reported without a fix.
  assert.deepEqual(
    findingsOf(remainingForm('Physical therapy 12 sessions', 'Physical therapy 6 sessions', 'Physical therapy 2 times a week for 4 weeks')),
    [
      {
        at: 'Physical therapy 2 times a week for 4 weeks',
        message: 'The remaining portion should be 6 (original 12 − authorised 6), not 8.',
        related: undefined,
        fixes: undefined,
      },
    ],
  );
  // A count run into a word ("#29tabs") is not a number the fix can stand on.
  assert.deepEqual(findingsOf(remainingForm('Norco 10/325mg #90', 'Norco 10/325mg #62', 'Norco 10/325mg #29tabs')), [
    {
      at: 'Norco 10/325mg #29tabs',
      message: 'The remaining portion should be 28 (original 90 − authorised 62), not 29.',
      related: undefined,
      fixes: undefined,
    },
  ]);
  // The count first in its part; a word count whose right value has no word (past twenty) is written in digits.
  assert.deepEqual(
    findingsOf(
      remainingForm('Twelve sessions of physical therapy', 'Six sessions of physical therapy', 'Seven sessions of physical therapy'),
    )[0]?.fixes,
    [['Change the remaining count to Six', 'Seven -> Six']],
  );
  assert.deepEqual(
    findingsOf(remainingForm('Physical therapy 30 sessions', 'Physical therapy 3 sessions', 'Physical therapy six sessions'))[0]?.fixes,
    [['Change the remaining count to 27', 'six -> 27']],
  );
});
