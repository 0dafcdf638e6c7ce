// Where a sentence names the request (server/src/letter/namedRequest.ts): the request's keyword past its lead
// words, the restatement from its introducing words or its count, within 60 characters, up to the deciding
// phrase; a strength's digits; a count written just before the thing's name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countBeforeName, namedRequest, requestKeyword, strengthDigits } from '../../server/src/letter';

test('the keyword of a request: its first word of three letters or more that is no lead word', () => {
  assert.equal(requestKeyword('Norco 10/325mg #120'), 'norco');
  assert.equal(requestKeyword('Twelve additional physical therapy visits'), 'physical');
  assert.equal(requestKeyword('Retrospective request for Toradol 60mg injection'), 'toradol');
  assert.equal(requestKeyword('Post-op DME: cold therapy unit rental'), 'dme');
  assert.equal(requestKeyword('An MRI of the right knee'), 'mri');
  assert.equal(requestKeyword("O'Brien brace"), "o'brien");
  assert.equal(requestKeyword('X-ray of the knee'), 'x-ray');
  assert.equal(requestKeyword('10 of 12'), undefined);
  assert.equal(requestKeyword('the a of'), undefined);
  assert.equal(requestKeyword(''), undefined);
});

test('the restatement of the request in a sentence, from its introducing words or its count', () => {
  const named = (sentence: string, request: string): string | undefined => {
    const end = sentence.indexOf(' is ');
    const span = namedRequest(sentence, request, end < 0 ? sentence.length : end);
    return span && sentence.slice(span.start, span.end);
  };
  assert.equal(named('The request for Norco 10/325mg #120 is not medically necessary.', 'Norco 10/325mg #120'), 'Norco 10/325mg #120');
  assert.equal(named('The requested Norco #60 is not medically necessary.', 'Norco 10/325mg #60'), 'Norco #60');
  assert.equal(named('The request for "Norco #60" is not medically necessary.', 'Norco #60'), 'Norco #60"');
  assert.equal(
    named(
      'The remaining portion of the original request, 6 sessions of physical therapy is medically necessary.',
      'Physical therapy 6 sessions',
    ),
    '6 sessions of physical therapy',
  );
  assert.equal(named('The decision for Norco is not medically necessary.', 'Norco'), 'Norco');
  // No introducing words: back over the count and lead words just before the keyword.
  assert.equal(
    named('Therefore twelve additional physical therapy visits is not medically necessary.', 'Physical therapy 12 visits'),
    'twelve additional physical therapy visits',
  );
  assert.equal(named('Therefore #60 Norco is not medically necessary.', 'Norco #60'), '#60 Norco');
  assert.equal(
    named('Therefore (6) x sessions times physical therapy is medically necessary.', 'physical therapy'),
    '(6) x sessions times physical therapy',
  );
  // Only whole counts, "(n)", "#n" and the count words go back with it.
  for (const [word, back] of [
    ['12', true],
    ['x12', false],
    ['12x', false],
    ['(66)', true],
    ['a(6)', false],
    ['(6)a', false],
    ['#60', true],
    ['a#60', false],
    ['#60a', false],
    ['session', true],
    ['visit', true],
    ['treatment', true],
    ['times', true],
  ] as const)
    assert.equal(
      named(`Therefore ${word} physical therapy is medically necessary.`, 'physical therapy'),
      back ? `${word} physical therapy` : 'physical therapy',
      word,
    );
  // The last mention before the phrase; none after it; none at all.
  assert.equal(named('Norco helps; the request for Norco #60 is not medically necessary.', 'Norco #60'), 'Norco #60');
  assert.equal(named('It is not medically necessary: Norco.', 'Norco'), undefined);
  assert.equal(named('The request is not medically necessary.', 'Norco'), undefined);
  assert.equal(named('The request for it is not medically necessary.', 'the of'), undefined);
  // The introducing words count within 60 characters before the keyword.
  const far = (gap: number) => `The request for ${'x'.repeat(gap)} Norco is not medically necessary.`;
  assert.equal(named(far(39), 'Norco'), `${'x'.repeat(39)} Norco`);
  assert.equal(named(far(60), 'Norco'), 'Norco');
});

test('the digits of a strength, separators and leading zeros dropped', () => {
  assert.equal(strengthDigits('7.5/325mg'), '75325');
  assert.equal(strengthDigits('10 / 325 mg'), '10325');
  assert.equal(strengthDigits('0.5mg'), '5');
  assert.equal(strengthDigits('005%'), '5');
  assert.equal(strengthDigits('0mg'), '0');
  assert.equal(strengthDigits('mg'), '');
});

test('a count within three words before the name, one only', () => {
  assert.equal(countBeforeName('three electrocardiograms', 'electrocardiogram'), 3);
  assert.equal(countBeforeName('two additional follow up office visits', 'office'), 2);
  assert.equal(countBeforeName('(12) physical therapy sessions', 'physical'), 12);
  assert.equal(countBeforeName('12 sessions of the physical therapy', 'physical'), 12);
  assert.equal(countBeforeName('12 sessions of the new physical therapy', 'physical'), undefined);
  assert.equal(countBeforeName('three MRIs and two MRIs', 'mri'), undefined);
  assert.equal(countBeforeName('eighteen visits', 'visit'), 18);
  assert.equal(countBeforeName('seventeen visits', 'visit'), undefined);
  assert.equal(countBeforeName('physical therapy', 'physical'), undefined);
  assert.equal(countBeforeName('x12 visits', 'visit'), undefined);
});
