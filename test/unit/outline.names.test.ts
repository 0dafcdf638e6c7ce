// The outline names each disputed item by its whole header: on every real letter (both extractions and
// the seeds), and on headers rewrapped in the shapes PDF extraction gives, the date-of-service wrap first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter, type Item } from '../../server/src/letter';
import { documentSymbols } from '../../server/src/features/symbols';
import { allRealLetters, corpusLetters, minimumFor } from '../helpers/letters';

/** The names of the item symbols under the issues section, in order. */
function itemNames(text: string): string[] {
  const issues = documentSymbols(parseLetter(text)).find((s) => /^IMR (?:ISSUES|DECISION)/.test(s.name));
  return (issues?.children ?? []).map((c) => c.name);
}

const ONLY_DATE_OR_NUMBER = /^[\d\s/().,:#-]*$/;

test('on every real letter: no item is named by a date or a number alone, and each name is its whole header before the outcome', () => {
  const wrong: string[] = [];
  for (const l of allRealLetters()) {
    const letter = parseLetter(l.text);
    const names = itemNames(l.text);
    assert.equal(names.length, letter.items.length, l.id);
    letter.items.forEach((item, k) => {
      if (ONLY_DATE_OR_NUMBER.test(names[k])) wrong.push(`${l.id} item ${k + 1}: "${names[k]}"`);
      if (item.partial || !item.outcome) return;
      // The header as printed, up to the outcome's colon, is the name (a numbered header drops its number).
      const before = l.text
        .slice(item.header.span.start, item.outcome.span.start)
        .replace(/\s+/g, ' ')
        .replace(/\s*:\s*$/, '')
        .replace(/^\d{1,2}[.)] /, '')
        .trim();
      if (names[k] !== before) wrong.push(`${l.id} item ${k + 1}: "${names[k]}" is not "${before}"`);
    });
  }
  assert.deepEqual(wrong, []);
});

test('both extractions of every corpus letter give the same outline names', () => {
  const by = new Map<string, string[]>();
  const differ: string[] = [];
  for (const l of corpusLetters()) {
    const file = l.id.split('/')[1];
    const names = itemNames(l.text);
    const other = by.get(file);
    if (other && JSON.stringify(other) !== JSON.stringify(names))
      differ.push(`${file}: ${JSON.stringify(other)} vs ${JSON.stringify(names)}`);
    by.set(file, names);
  }
  assert.deepEqual(differ, []);
});

/** Rewrites item `k`'s header of a letter as `wrap(request)` + ": " + outcome, keeping everything else. */
function rewrap(text: string, item: Item, wrap: (request: string) => string): string {
  const outcome = item.outcome as NonNullable<Item['outcome']>;
  return text.slice(0, item.header.span.start) + wrap(item.request.text) + ': ' + outcome.text + text.slice(outcome.span.end);
}

const SHAPES: readonly { name: string; wrap: (r: string) => string; expect: (r: string) => string }[] = [
  { name: 'DOS: / date', wrap: (r) => `Retrospective ${r}, DOS:\n12/01/2016`, expect: (r) => `Retrospective ${r}, DOS: 12/01/2016` },
  {
    name: 'date of service (DOS): / date range',
    wrap: (r) => `Retrospective ${r}, date of service (DOS):\n11/14/16 - 11/20/16`,
    expect: (r) => `Retrospective ${r}, date of service (DOS): 11/14/16 - 11/20/16`,
  },
  { name: '(DOS / date)', wrap: (r) => `Retrospective ${r} (DOS\n12/29/16)`, expect: (r) => `Retrospective ${r} (DOS 12/29/16)` },
  {
    name: 'two lines then DOS: / date',
    wrap: (r) => `Retrospective request for\n${r}, DOS:\n1-5-2017`,
    expect: (r) => `Retrospective request for ${r}, DOS: 1-5-2017`,
  },
  { name: 'a request wrapped mid-phrase', wrap: (r) => `${r} for the\nright knee`, expect: (r) => `${r} for the right knee` },
];

for (const shape of SHAPES) {
  test(`injected into real letters: a header wrapped as "${shape.name}" is named whole, and the item before keeps its rationale`, () => {
    let mutated = 0;
    for (const l of allRealLetters()) {
      const letter = parseLetter(l.text);
      letter.items.forEach((item, k) => {
        // A plain header on one line after an item whose rationale ends a sentence (as every real one does).
        if (k === 0 || item.partial || !item.outcome?.valid || /\n/.test(l.text.slice(item.header.span.start, item.header.span.end)))
          return;
        const prev = letter.items[k - 1].rationale;
        if (!prev || !/[.)"]$/.test(prev.body.text)) return;
        const text = rewrap(l.text, item, shape.wrap);
        const after = parseLetter(text);
        assert.equal(itemNames(text)[k], shape.expect(item.request.text), `${l.id} item ${k + 1}`);
        assert.equal(after.items.length, letter.items.length, l.id);
        assert.equal(after.items[k].outcome?.text, item.outcome.text, l.id);
        assert.equal(after.items[k - 1].rationale?.body.text, prev.body.text, `${l.id}: the previous rationale is unchanged`);
        mutated++;
      });
    }
    assert.ok(mutated >= minimumFor(20, allRealLetters()), `only ${mutated} headers rewrapped`);
  });
}

test('a date alone on an outcome line after a sentence that ends with a period stays apart from it', () => {
  const letter = [
    'IMR ISSUES, DECISIONS AND RATIONALES',
    'Norco 10/325mg #120: Upheld',
    'Claims Administrator guideline: Decision based on MTUS Opioid Treatment 2016.',
    'MAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016.',
    'Decision rationale: As such, the request is not medically necessary.',
    '12/01/2016: Upheld',
    'Claims Administrator guideline: Decision based on MTUS Opioid Treatment 2016.',
    'MAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016.',
    'Decision rationale: The request is not medically necessary.',
    '',
  ].join('\n');
  const parsed = parseLetter(letter);
  assert.deepEqual(
    parsed.items.map((i) => i.request.text),
    ['Norco 10/325mg #120', '12/01/2016'],
  );
  assert.equal(parsed.items[0].rationale?.body.text, 'As such, the request is not medically necessary.');
  // And a colon that ends a line before a header that is not a date still ends it.
  const colon = letter
    .replace('12/01/2016: Upheld', 'Toradol 60mg injection: Upheld')
    .replace('not medically necessary.\nToradol', 'not medically necessary as follows:\nToradol');
  assert.deepEqual(
    parseLetter(colon).items.map((i) => i.request.text),
    ['Norco 10/325mg #120', 'Toradol 60mg injection'],
  );
});
