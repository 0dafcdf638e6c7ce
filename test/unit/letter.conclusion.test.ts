// The conclusion of a rationale, phrase by phrase: each way a decision is written, its negations, the clause
// its negation is read from, conditional sentences that decide nothing, and which of several sentences decides.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../server/src/letter';

const conclusionOf = (rationale: string) => {
  const text = `IMR ISSUES, DECISIONS AND RATIONALES\nNorco 10/325mg #120: Upheld\nClaims Administrator guideline: Decision based on MTUS Opioid Treatment 2016.\nMAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016.\nDecision rationale: ${rationale}\n`;
  return parseLetter(text).items[0].rationale?.conclusion;
};
const kind = (rationale: string) => conclusionOf(rationale)?.kind;

test('every deciding phrase, positive and negative', () => {
  const positive = [
    'The request is medically necessary.',
    'The request is medically-necessary.',
    'The request is medically  indicated.',
    'The request is medically reasonable.',
    'The request is medically appropriate.',
    'The request is a medical necessity.',
    'The request is a  medical  necessity.',
    'Medical necessity for the request has been established.',
    'Medical necessity has been demonstrated.',
    'Medical necessity is supported.',
    'Medical necessity was substantiated.',
    'The request is necessary.',
    'These sessions are necessary.',
  ];
  for (const r of positive) assert.equal(kind(r), 'necessary', r);
  const negative = [
    'The request is not medically necessary.',
    'The request is unnecessary.',
    'The request is non-necessary.',
    'The request is nonnecessary.',
    'The request is no longer medically necessary.',
    'The request is never medically indicated.',
    'The request cannot be considered medically necessary.',
    'The request can not be considered medically necessary.',
    'The request can  not be considered medically necessary.',
    'The reviewer is unable to find the request medically necessary.',
    'There is a lack of medical documentation, so the request is deemed not-medically necessary.',
    "The request isn't medically necessary.",
    'Medical necessity has not been established.',
    'Medical necessity is not supported.',
    'Medical necessity has not been demonstrated.',
    'The request is not necessary.',
    'These sessions are not necessary.',
  ];
  for (const r of negative) assert.equal(kind(r), 'notNecessary', r);
  assert.equal(kind('There is lack of medical evidence that the request is medically necessary.'), 'notNecessary');
  assert.equal(kind('The request is covered.'), undefined);
});

test("negation is read from the phrase's own clause when that clause is long enough, else from before it", () => {
  assert.equal(kind('Opioids would not be supported long term, as such the requested medication is medically necessary.'), 'necessary');
  assert.equal(kind('Opioids would not be supported; as such the requested medication is medically necessary.'), 'necessary');
  // A clause of under 15 characters cannot carry the negation: it is read from before the comma.
  assert.equal(kind('The request is not, in short, medically necessary.'), 'notNecessary');
  assert.equal(kind('The request is not, honestly, medically necessary.'), 'notNecessary');
});

test('conditional sentences decide nothing; a sentence about the request wins over a later general one', () => {
  assert.equal(kind('If the worker improves, the request is medically necessary.'), undefined);
  assert.equal(kind('Unless pain improves, treatment is medically necessary.'), undefined);
  assert.equal(kind('  Whether it is medically necessary is unclear.'), undefined);
  assert.equal(kind('Therefore the request is not medically necessary. Tapering is medically necessary.'), 'notNecessary');
  assert.equal(
    kind('Tapering is medically necessary. Weaning is not medically necessary.'),
    'notNecessary',
    'the last deciding sentence when none speaks of the request',
  );
  const c = conclusionOf('The worker has pain. As such the request is not medically necessary. Weaning is advised.')!;
  assert.equal(c.sentence.text, 'As such the request is not medically necessary.');
  assert.equal(c.phrase.text, 'medically necessary');
});

test('the phrase is found however far into a long rationale, and after numbers and abbreviations', () => {
  const long = `${'The worker reports pain of 7/10 and takes Norco 10/325 mg. '.repeat(40)}The request is not medically necessary.`;
  assert.equal(kind(long), 'notNecessary');
  const c = conclusionOf('The dose was 2.5 mg. The request is medically necessary.')!;
  assert.equal(c.sentence.text, 'The request is medically necessary.');
  assert.equal(kind('Pain 5.5 out of 10, the request for 1.5 mg is not medically necessary.'), 'notNecessary');
});
