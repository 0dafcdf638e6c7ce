// The numbers of a requested item (server/src/letter/quantities.ts, amounts.ts), word by word: every spelling
// of a count, a frequency, an amount and a capped therapy the readers accept, and the near misses they refuse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  countOf,
  hasContainerCount,
  hasQuantityOrFrequency,
  isCappedTherapy,
  maxVisits,
  numberValue,
  partialCounts,
  rateSplit,
  ratesOf,
  parseLetter,
  strengthNumbers,
  strengthsOf,
  therapyKinds,
} from '../../server/src/letter';
import { allRealLetters, minimumFor } from '../helpers/letters';
import { oneItemLetter } from './rules/inject';

/** Each [text, expected] of `cases` through `f`, all failures at once. */
function table<T>(f: (t: string) => T, cases: readonly (readonly [string, T])[]): void {
  const wrong = cases
    .filter(([t, want]) => JSON.stringify(f(t)) !== JSON.stringify(want))
    .map(([t, want]) => `${JSON.stringify(t)}: got ${JSON.stringify(f(t))}, want ${JSON.stringify(want)}`);
  assert.deepEqual(wrong, []);
}

test('numberValue reads digits and number words, whole', () => {
  table(numberValue, [
    ['12', 12],
    ['007', 7],
    ['Twelve', 12],
    ['twenty-four', 24],
    ['12a', undefined],
    ['a12', undefined],
    ['', undefined],
    ['twelve.', undefined],
  ]);
});

test('strengths: numbers with a unit, chained by slashes and hyphens, not inside another number', () => {
  table(
    (t) => strengthsOf(t).map((s) => [s.text, s.start, s.numbers]),
    [
      ['Norco 10/325mg #60', [['10/325mg', 6, [10, 325]]]],
      ['Norco 10 / 325 mg', [['10 / 325 mg', 6, [10, 325]]]],
      ['Lidoderm 5% patch', [['5%', 9, [5]]]],
      ['Flurbiprofen 20 percent', [['20 percent', 13, [20]]]],
      ['Lidocaine 15mg/ml', [['15mg/ml', 10, [15]]]],
      ['Lidocaine 15 mg / 5 ml', [['15 mg / 5 ml', 10, [15]]]],
      ['Vitamin D 1000 IU', [['1000 IU', 10, [1000]]]],
      ['Potassium 20 mEq', [['20 mEq', 10, [20]]]],
      ['Fentanyl 25 mcg', [['25 mcg', 9, [25]]]],
      ['Tramadol 37.5-325mg', [['37.5-325mg', 9, [37.5, 325]]]],
      ['Tramadol ER 150mgs', []],
      ['#10mg', []],
      ['1.10mg', [['1.10mg', 0, [1.1]]]],
    ],
  );
});

test('strength numbers without a unit: a decimal or a chain, not a date, a count or a period', () => {
  table(strengthNumbers, [
    ['Trezix 30.5/30/16 #60', [30.5, 30, 16]],
    ['Trezix 30.55/30 #60', [30.55, 30]],
    ['Norco 10/325 #60', [10, 325]],
    ['Norco 10 / 325 #60', [10, 325]],
    ['Norco 10/2.25 #60', [10, 2.25]],
    ['Norco 10 - 2.25', [10, 2.25]],
    ['Cream 7.5', [7.5]],
    ['Norco 10/325mg', [10, 325]],
    ['Norco DOS 11/14/16 #60', undefined],
    ['Norco 10/325 DOS 11/14/2016', [10, 325]],
    ['PT 2-3 times', undefined],
    ['PT 2-3 x', undefined],
    ['rental 1-2 day', undefined],
    ['rental 1-2 days', undefined],
    ['therapy 1-2 week', undefined],
    ['therapy 4-6 weeks', undefined],
    ['rental 1-2 month', undefined],
    ['rental 1-2 months', undefined],
    ['PT 1-2 session', undefined],
    ['PT 1-2 sessions', undefined],
    ['PT 1-2 visit', undefined],
    ['PT 1-2 visits', undefined],
    ['TENS 1-2 hour', undefined],
    ['TENS 1-2 hours', undefined],
    ['massage 30-45 minute', undefined],
    ['massage 30-45 minutes', undefined],
    ['massage 30-45 min', undefined],
    ['massage 30-45 mins', undefined],
    ['Flector 1-3 in 1 patch', undefined],
    ['Norco #60', undefined],
    ['12 sessions', undefined],
    ['x1.5', undefined],
    // Chains: a decimal first, its parts spaced either side of the separator, decimals after it; three plain numbers.
    ['Trezix 30.5 /30/16', [30.5, 30, 16]],
    ['Trezix 30.5/ 30', [30.5, 30]],
    ['Trezix 30.5/30.25 #60', [30.5, 30.25]],
    ['Combo 100/20/30 #60', [100, 20, 30]],
    ['Combo 10/20/30 #60', undefined], // read as a date
    // A full stop ends the chain; a dot before a digit is part of another number.
    ['Norco 10/325.', [10, 325]],
    ['Norco 7.5/325. Take 1', [7.5, 325]],
    ['Cream 30.5/30.x', [30.5, 30]],
    ['Cream 1.2.3', undefined],
    // "in 1" with any spacing, and "minute" (read as "min"), are no strength.
    ['Flector 1-3 in  1 patch', undefined],
    ['massage 30-45 Minute', undefined],
    // A date is no strength, whatever stands around it.
    ['Norco DOS 11/14/16-2.5', [2.5]],
    ['Norco 2.5 - 11/14/16 3', [2.5, 3]],
  ]);
});

test('a count: parenthetical, frequency times weeks, N x M, #N, N units, times N, a period; one only', () => {
  table(countOf, [
    ['Physical therapy (12 sessions)', { value: 12, token: { start: 18, end: 20, text: '12' } }],
    ['Physical therapy (6)', { value: 6, token: { start: 18, end: 19, text: '6' } }],
    ['Physical therapy 2 times a week for 6 weeks', { value: 12, range: false }],
    ['Physical therapy 2-3 times per week for 4-6 weeks', { value: 18, range: true }],
    ['Physical therapy 2 to 3 visits each week x 6 wks', { value: 18, range: true }],
    ['Physical therapy two times a week for six weeks', { value: 12, range: false }],
    ['Physical therapy 2 x 6', { value: 12 }],
    ['Physical therapy 2 times 6', { value: 12 }],
    ['Physical therapy 2x6 mg', undefined],
    ['Norco 10/325mg #60', { value: 60, token: { start: 16, end: 18, text: '60' } }],
    ['Norco # 60', { value: 60, token: { start: 8, end: 10, text: '60' } }],
    ['Norco #60 and #30', undefined],
    ['Physical therapy 12 sessions', { value: 12, token: { start: 17, end: 19, text: '12' }, range: false }],
    ['Acupuncture 6-8 visits', { value: 8, range: true }],
    ['Acupuncture twelve treatments', { value: 12, token: { start: 12, end: 18, text: 'twelve' }, range: false }],
    ['Chiropractic 12 additional visits', { value: 12, token: { start: 13, end: 15, text: '12' }, range: false }],
    ['Chiropractic times 8', { value: 8, token: { start: 19, end: 20, text: '8' } }],
    ['Chiropractic x 8', { value: 8, token: { start: 15, end: 16, text: '8' } }],
    ['TENS unit rental 30 days', { value: 30, token: { start: 17, end: 19, text: '30' } }],
    ['TENS unit rental 30-day', { value: 30, token: { start: 17, end: 19, text: '30' } }],
    ['TENS unit rental 1 month and 2 weeks', undefined],
    ['TENS unit', undefined],
    ['', undefined],
    // A range written without spaces around "to" is a range; "twenty-four" is one number, not a range, and a
    // range may end in it.
    ['Physical therapy 2to3 sessions', { value: 3, range: true }],
    ['Physical therapy 2to3 times a week for 6 weeks', { value: 18, range: true }],
    ['Physical therapy 2 times a week for 4to6 weeks', { value: 12, range: true }],
    ['Physical therapy 18 to twenty-four sessions', { value: 24, range: true }],
    ['Physical therapy twenty-four-thirty sessions', { value: 30, range: true }],
    ['Physical therapy twenty-four sessions', { value: 24, token: { start: 17, end: 28, text: 'twenty-four' }, range: false }],
    [
      'Physical therapy twenty-four visits, twenty to thirty minutes',
      { value: 24, token: { start: 17, end: 28, text: 'twenty-four' }, range: false },
    ],
    ['Physical therapy 1 treatment per week for 6 weeks', { value: 6, range: false }],
    ['Physical therapy twenty to thirty sessions', { value: 30, range: true }],
    ['Physical therapy 2 times a week for twenty-four weeks', { value: 48, range: false }],
    // The first way that gives a count wins: a frequency over a product, a product over "#N".
    ['Physical therapy 3 times per week for 4 weeks (2 x 6)', { value: 12, range: false }],
    ['Physical therapy 2 x 6 #12', { value: 12 }],
  ]);
});

test('a quantity or frequency: every spelling read, and a strength alone is none', () => {
  const yes = [
    'Norco 10/325mg #60',
    'Norco 10/325mg # 60',
    'Norco 10/325mg quantity 60',
    'Norco 10/325mg qty 60',
    'Norco 10/325mg count 60',
    'Norco 10/325mg 30 day supply',
    'Norco 10/325mg with 2 refills',
    'Norco 10/325mg refill',
    'Norco 10/325mg 60 tablets',
    'Norco 10/325mg x 60',
    'Norco 10/325mg times 60',
    'Compound cream 2 tubes',
    'Compound cream 240g',
    'Compound cream 240 gm',
    'Compound cream 240 gms',
    'Compound cream 30 grams',
    'Compound cream 1 gram',
    'Compound cream 150ml',
    'Compound cream 5cc',
    'Compound cream 2 oz',
    'Compound cream 2 ounces',
    'Compound cream 1 ounce',
    'Compound cream 1.5 l',
    ...[
      'bid',
      'tid',
      'qid',
      'qd',
      'qhs',
      'qam',
      'qpm',
      'hs',
      'prn',
      'daily',
      'nightly',
      'weekly',
      'monthly',
      'once',
      'twice',
      'as needed',
      'at bedtime',
      'per day',
      'a day',
      'every 6',
      'every  6',
      'q 6 h',
      'q6h',
      'q6hr',
      'q6hrs',
      'q6hours',
      'q6hour',
      '3 times a day',
      '3 times per day',
      '2 times a week',
      '2 times per week',
      '12 times per week',
      '2times per week',
      '2 times  per week',
      '2 times per  week',
      'every 12 hours',
      'q12h',
    ].map((f) => `Norco 10/325mg ${f}`),
    'Norco 10/325mg take 1',
    'Norco 10/325mg take  1',
    'Norco 10/325mg 1 tab',
    'Norco 10/325mg 2 caps',
    'Norco 10/325mg 1 pill',
    'Lidoderm 5% 1 patch',
    'Norco 10/325mg for 2 weeks',
    'Norco 10/325mg for 1 month',
    'Norco 10/325mg for 3 days',
  ];
  const no = [
    'Norco 10/325mg',
    'Lidocaine 5g/ml',
    'Lidocaine 5 g / ml',
    'Norco 10/325mg take one',
    'Norco 10/325mg takes',
    'Norco 10/325mg q h',
    'Norco 10/325mg everyday',
    'Norco 10/325mg 3 times',
    'Norco 10/325mg 2-week',
    'Compound cream 5 gallons',
    'Norco 10/325mg quantities',
    'Norco 10/325mg 10/325',
    'Norco 10/325mg half',
    'PT times per week',
    'Norco 10/325mg times per week',
    '',
  ];
  table(hasQuantityOrFrequency, [...yes.map((t) => [t, true] as const), ...no.map((t) => [t, false] as const)]);
});

test('containers are counted by number and kind', () => {
  const yes = [
    'One container of compound cream',
    'two tubes',
    '1 (2) jars',
    '2 jars',
    '1 bottle',
    '3 boxes',
    '1 box',
    '1 kit',
    '2 packs',
    '1 package',
    '1 pump bottle',
    '1 canister',
    '4 vials',
    '1 carton',
    '1.5 bottles',
    'twelve tubes',
    'sixteen packs',
  ];
  const no = ['container', 'a tube', 'one', '2 bottled', 'twenty_four tubes', '1 (240g) jar', '1(2) jars', ''];
  table(hasContainerCount, [...yes.map((t) => [t, true] as const), ...no.map((t) => [t, false] as const)]);
});

test('rates by unit: the first of each unit, days per day never', () => {
  table(
    (t) => [...ratesOf(t)],
    [
      ['12 hours per day', [['hours/day', 12]]],
      ['12 hrs a day for 4 weeks', [['hours/day', 12]]],
      ['1 hr/day', [['hours/day', 1]]],
      ['20 hours each week', [['hours/week', 20]]],
      ['3 days a week', [['days/week', 3]]],
      ['3 day per wk', [['days/week', 3]]],
      ['2 times a day', [['times/day', 2]]],
      ['2 x per week', [['times/week', 2]]],
      ['two times a week and three times a week', [['times/week', 2]]],
      [
        '6 hours per day, 3 days per week',
        [
          ['hours/day', 6],
          ['days/week', 3],
        ],
      ],
      ['1.5 hours per day', [['hours/day', 1.5]]],
      ['1 day per day', []],
      ['12 hours', []],
      ['hours per day', []],
    ],
  );
});

test('a rate split between the parts of a partial authorisation, and none when one part lacks it', () => {
  assert.deepEqual(rateSplit('12 hours per day for 4 weeks', '6 hours per day for 4 weeks', '6 hours per day for 4 weeks'), {
    unit: 'hours/day',
    original: 12,
    authorized: 6,
    remaining: 6,
  });
  assert.deepEqual(rateSplit('3 days a week', '3 days a week', '2 days a week'), {
    unit: 'days/week',
    original: 3,
    authorized: 3,
    remaining: 2,
  });
  assert.deepEqual(rateSplit('3 days a week', '2 days a week', '3 days a week'), {
    unit: 'days/week',
    original: 3,
    authorized: 2,
    remaining: 3,
  });
  assert.equal(rateSplit('12 hours per day', '12 hours per day', '12 hours per day'), undefined);
  assert.equal(rateSplit('12 hours per day', '6 sessions', '6 hours per day'), undefined);
  assert.equal(rateSplit('12 hours per day', '6 hours per day', '6 sessions'), undefined);
  assert.equal(rateSplit('12 sessions', '6 sessions', '6 sessions'), undefined);
});

test('partial counts: none when a rate is split, refills are named, a part is a range or gives no count', () => {
  const counts = (original: string, authorized: string, remaining: string) => {
    const l = parseLetter(
      oneItemLetter(
        `${original} was the original request. ${authorized} was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, ${remaining} is`,
      ),
    );
    const c = l.items[0].partial && partialCounts(l.items[0].partial);
    return c && [c.original.value, c.authorized.value, c.remaining.value, c.remainingPart.text];
  };
  assert.deepEqual(counts('PT 12 sessions', 'PT 6 sessions', 'PT 6 sessions'), [12, 6, 6, 'PT 6 sessions']);
  assert.deepEqual(counts('TENS 2 x 6', 'TENS 1 x 6', 'TENS 1 x 6'), [12, 6, 6, 'TENS 1 x 6']);
  // "12 hours per day for 4 weeks" split into 6 and 6: each part reads 4 weeks, which is not what was split.
  assert.equal(
    counts('TENS 12 hours per day for 4 weeks', 'TENS 6 hours per day for 4 weeks', 'TENS 6 hours per day for 4 weeks'),
    undefined,
  );
  assert.equal(counts('Norco #60 with 2 refills', 'Norco #60', 'Norco #60 with 1 refill'), undefined);
  assert.equal(counts('PT 6-12 sessions', 'PT 6 sessions', 'PT 6 sessions'), undefined);
  assert.equal(counts('PT 12 sessions', 'PT', 'PT 6 sessions'), undefined);
});

test('capped therapies: physical and occupational therapy and chiropractic in every spelling, not lab tests', () => {
  const yes = [
    'Physical therapy 12 sessions',
    'physical  therapy',
    'Physical therapist evaluation',
    'physiotherapy',
    'Physiotherapist',
    'Occupational therapy',
    'occupational  therapist',
    'Hand therapy',
    'hand  therapy',
    'Chiropractic',
    'Chiro 8 visits',
    'PT/OT 12 visits',
    'PT 2x6',
    'OT 2x6',
    'Spinal manipulation',
    'spinal  manipulation',
    'Manipulation therapy',
    'manipulation  therapy',
    'PT/INR and PT 6 visits',
    'Chiropractor',
    'chiropractic manipulation',
  ];
  const no = [
    'PT/INR',
    'PT / INR',
    'PT /INR',
    'PT/ INR',
    'PT/PTT',
    'PT / PTT',
    'PTT',
    'Aquatic therapy',
    'Massage',
    'OTC cream',
    'hand therapies',
    '',
  ];
  table(isCappedTherapy, [...yes.map((t) => [t, true] as const), ...no.map((t) => [t, false] as const)]);
});

test('the most visits a request can mean: the largest count, ranges at their top, a rental period none', () => {
  table(maxVisits, [
    ['Physical therapy 12 sessions', 12],
    ['Physical therapy 2 times a week for 6 weeks', 12],
    ['Physical therapy 2-3 times a week for 4-6 weeks', 18],
    ['Physical therapy 30 sessions 2 times a week for 6 weeks', 30],
    ['Physical therapy 2 times a week for 6 weeks, 30 sessions', 30],
    ['Physical therapy 12 sessions, then 6 sessions', 12],
    ['Physical therapy (8)', 8],
    ['Physical therapy (8 visits) and 12 more visits', 12],
    ['Physical therapy #12', 12],
    ['Physical therapy x 12', 12],
    ['Physical therapy 2 x 6', 12],
    ['Physical therapy 2 x6 for 30 days', 12],
    ['Physical therapy 2 x  6, for 30 days', 12],
    ['Physical therapy 2 times 6, 30 days', 12],
    ['Physical therapy 1 session in 30 days', 1],
    ['TENS unit 30 day rental', undefined],
    ['TENS unit 30-day rental', undefined],
    ['Physical therapy for 6 weeks', undefined],
    ['Physical therapy', undefined],
    // A count in words with no visit word is no rental period; a period beside a visit word in the singular is none either.
    ['Acupuncture x six', 6],
    ['Acupuncture 1 session per week for 6 weeks', 6],
    ['Chiropractic 1 visit per week for 6 weeks', 6],
    ['Physical therapy 1 treatment per week for 6 weeks', 6],
    ['Physical therapy twenty-four sessions', 24],
    ['Physical therapy 2to3 sessions', 3],
    ['Physical therapy 6 sessions, 2to3 sessions', 6],
    ['Physical therapy 2to3 sessions, 6 sessions', 6],
    ['Physical therapy 18 to twenty-four sessions', 24],
  ]);
});

test('every request and conclusion of the real letters reads the same with each space doubled or made a line break', () => {
  const facts = (t: string): string =>
    JSON.stringify([
      strengthsOf(t).map((s) => s.numbers),
      strengthNumbers(t),
      countOf(t)?.value,
      countOf(t)?.range,
      hasQuantityOrFrequency(t),
      hasContainerCount(t),
      isCappedTherapy(t),
      maxVisits(t),
      [...ratesOf(t)],
      [...therapyKinds(t)],
    ]);
  const texts = new Set<string>();
  for (const l of allRealLetters())
    for (const item of parseLetter(l.text).items) {
      texts.add(item.request.text);
      if (item.rationale?.conclusion) texts.add(item.rationale.conclusion.sentence.text);
    }
  assert.ok(texts.size >= minimumFor(500, allRealLetters()), `${texts.size} texts`);
  const wrong: string[] = [];
  for (const t of texts)
    for (const v of [t.replace(/ /g, '  '), t.replace(/ /g, '\n')]) if (facts(v) !== facts(t)) wrong.push(JSON.stringify(v));
  assert.deepEqual(wrong.slice(0, 5), []);
});
