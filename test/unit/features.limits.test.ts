// The pure features at their limits and on invalid input: folding at exactly three lines, the decision counts
// of the code lens and the decision summary with invalid and missing outcomes, and the header-date hover of a
// Standard and an Expedited letter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../server/src/letter';
import { foldingRanges } from '../../server/src/features/folding';
import { codeLenses } from '../../server/src/features/codeLens';
import { decisionTableMarkdown, outcomeCounts } from '../../server/src/features/decisionTable';
import { describeDays } from '../../server/src/features/headerDates';
import { hover } from '../../server/src/features/hover';
import { positionAt } from '../../server/src/features/positions';
import { corpusLetters } from '../helpers/letters';

const ISSUES =
  'IMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on decisions for the disputed items/services set forth below:\n';
const FIELDS =
  'Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids.\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids.\n';

test('folding: a field of three lines folds, one of two lines does not', () => {
  for (const [lines, folds] of [
    [2, false],
    [3, true],
    [4, true],
  ] as const) {
    const rationale = [
      'Decision rationale: The worker has chronic pain.',
      ...Array.from({ length: lines - 2 }, () => 'The records show no functional improvement.'),
      'The request is not medically necessary.',
    ].join('\n');
    const text = `${ISSUES}Norco 10/325mg #120: Upheld\n${FIELDS}${rationale}\n`;
    const letter = parseLetter(text);
    const start = positionAt(letter, text.indexOf('Decision rationale:')).line;
    const field = foldingRanges(letter).find((f) => f.startLine === start);
    assert.equal(!!field, folds, `${lines} lines`);
    if (field) assert.equal(field.endLine, start + lines - 1);
    // The item folds from its header to its last line, never onto the line after it.
    const header = positionAt(letter, text.indexOf('Norco')).line;
    assert.deepEqual(
      foldingRanges(letter).find((f) => f.startLine === header),
      { startLine: header, endLine: start + lines - 1, kind: 'region' },
    );
    // So does the decisions section, which runs to the end of the text (its final line break included).
    assert.deepEqual(
      foldingRanges(letter).find((f) => f.startLine === 0),
      { startLine: 0, endLine: start + lines - 1, kind: 'region' },
    );
  }
});

const MIXED = `${ISSUES}Norco 10/325mg #120: Upheld\n${FIELDS}Decision rationale: The request is not medically necessary.\nSoma 350mg #60: Uphold\n${FIELDS}Decision rationale: The request is not medically necessary.\nPhysical therapy 6 sessions: Overturned\n${FIELDS}Decision rationale: The request is medically necessary.\nGabapentin 600mg #90:\n${FIELDS}Decision rationale: The request is not medically necessary.\n`;

test('code lens and decision summary: an invalid outcome word and a missing one count as neither Upheld nor Overturned', () => {
  const letter = parseLetter(MIXED);
  assert.equal(letter.items.length, 4);
  assert.deepEqual(outcomeCounts(letter), { items: 4, upheld: 1, overturned: 1, undecided: 2 });
  const [lens] = codeLenses(letter, 'file:///x.imr');
  assert.equal(lens.command?.title, '4 items: 1 Upheld, 1 Overturned, 2 without outcome');
  const summary = decisionTableMarkdown(letter);
  assert.match(summary, /\*\*4 items: 1 Upheld, 1 Overturned, 2 without outcome\*\*/);
  assert.match(summary, /\| 2 \| Soma 350mg #60 \| Uphold _\(invalid\)_ \|/);
  assert.match(summary, /\| 4 \| Gabapentin 600mg #90 \| _missing_ \|/);
  // One item, all decided: no "without outcome" and the singular.
  assert.equal(
    codeLenses(
      parseLetter(`${ISSUES}Norco 10/325mg #120: Overturned\n${FIELDS}Decision rationale: The request is medically necessary.\n`),
      'file:///x.imr',
    )[0].command?.title,
    '1 item: 1 Overturned',
  );
});

function hoverOn(text: string, value: string): string {
  const at = text.indexOf(value);
  assert.ok(at >= 0, value);
  const letter = parseLetter(text);
  const h = hover(letter, positionAt(letter, at + 1));
  return (h?.contents as { value: string }).value;
}

test('header date hover: a Standard letter gets the 30-day note, an Expedited one the 3-day note, never the other', () => {
  const l = corpusLetters().find((x) => /Priority:\s*Standard/.test(x.text) && /Decision Date:/.test(x.text))!;
  const letter = parseLetter(l.text);
  const decided = letter.header!.fields.find((f) => f.key === 'decisionDate')!.value!.text;
  const standard = hoverOn(l.text, decided);
  assert.match(standard, /Standard review: Labor Code 4610\.6\(d\) allows 30 days/);
  assert.doesNotMatch(standard, /Expedited|3 days/);
  const expedited = hoverOn(l.text.replace(/(Priority:\s*)Standard/, '$1Expedited'), decided);
  assert.match(expedited, /Expedited review: Labor Code 4610\.6\(d\) allows 3 days/);
  assert.doesNotMatch(expedited, /Standard review|30 days from receipt/);
});

test('intervals in words at their limits: 1 day, 2 days, under and at a year, and dates in the wrong order', () => {
  assert.equal(describeDays(0), '0 days');
  assert.equal(describeDays(1), '1 day');
  assert.equal(describeDays(2), '2 days');
  assert.equal(describeDays(364), '364 days');
  assert.equal(describeDays(365), '365 days');
  assert.equal(describeDays(366), '1 year (366 days)');
  assert.equal(describeDays(800), '2 years 2 months (800 days)');
  assert.equal(describeDays(-1), '1 day **before** — the dates are in the wrong order');
});

test('hovers branch on validity: an item with an invalid outcome says so, its word reads as what it means, the heading counts items', () => {
  const at = (word: string): string => hoverOn(MIXED, word);
  assert.match(at('Soma 350mg'), /Outcome "Uphold" is not valid: an item is either Upheld or Overturned\./);
  assert.doesNotMatch(at('Norco 10/325mg'), /is not valid/);
  const word = at('Uphold');
  assert.match(word, /It reads as \*\*Upheld\*\*/);
  assert.doesNotMatch(at('Overturned'), /It reads as/);
  assert.match(at('IMR ISSUES'), /This letter: 4 disputed items\./);
  assert.match(
    hoverOn(`${ISSUES}Norco 10/325mg #120: Upheld\n${FIELDS}Decision rationale: The request is not medically necessary.\n`, 'IMR ISSUES'),
    /This letter: 1 disputed item\./,
  );
});
