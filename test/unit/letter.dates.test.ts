// Dates in a letter's prose (server/src/letter/proseDates.ts, summaryDates.ts) at their limits: the calendar
// (leap years, month and day ranges), the two-digit year's century, offsets inside a range of the text, and how
// far the sentence around a date is read. And where a section's opening sentence is looked for (sectionOpenings.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter, sectionOpeningIn } from '../../server/src/letter';
import { calendarDay, datesInProse } from '../../server/src/letter/proseDates';
import { injuryDates, isDateAhead, utilizationReviewDates } from '../../server/src/letter/summaryDates';
import { formatDay } from '../helpers/dates';
import { SMALL_LETTER } from '../helpers/smallLetter';

const read = (text: string): string[] => datesInProse(text).map((d) => `${d.text}=${formatDay(d.day)}/${d.year}`);

test('the calendar: February 29 in leap years only (every 4th, not every 100th, every 400th)', () => {
  assert.deepEqual(read('02-29-2016 02-29-2015 02-29-2000 02-29-1900 02-29-2100 02-29-2400 02-28-2015'), [
    '02-29-2016=02/29/2016/2016',
    '02-29-2000=02/29/2000/2000',
    '02-29-2400=02/29/2400/2400',
    '02-28-2015=02/28/2015/2015',
  ]);
  assert.equal(calendarDay(2016, 2, 29), 16860);
  assert.equal(calendarDay(2015, 2, 29), undefined);
  assert.equal(calendarDay(1900, 2, 29), undefined);
  assert.equal(calendarDay(2000, 2, 30), undefined);
});

test('the calendar: months 1 to 12, days 1 to the month length, and the day count from 1970', () => {
  assert.deepEqual(read('00-10-2016 13-10-2016 12-10-2016 01-10-2016 01-00-2016 01-31-2016 01-32-2016 04-30-2016 04-31-2016 12-31-2016'), [
    '12-10-2016=12/10/2016/2016',
    '01-10-2016=01/10/2016/2016',
    '01-31-2016=01/31/2016/2016',
    '04-30-2016=04/30/2016/2016',
    '12-31-2016=12/31/2016/2016',
  ]);
  assert.equal(calendarDay(1970, 1, 1), 0);
  assert.equal(calendarDay(1969, 12, 31), -1);
  assert.equal(calendarDay(1970, 2, 28), 58);
  assert.equal(calendarDay(1970, 3, 1), 59);
  assert.equal(calendarDay(2016, 12, 9), 17144);
  assert.equal(calendarDay(2000, 3, 1), 11017);
  assert.equal(calendarDay(2016, 0, 1), undefined);
  assert.equal(calendarDay(2016, 13, 1), undefined);
  assert.equal(calendarDay(2016, 1, 0), undefined);
});

test('two-digit years: up to 49 in this century, from 50 in the last', () => {
  assert.deepEqual(read('1/1/00 1/1/16 1/1/49 1/1/50 1/1/99'), [
    '1/1/00=01/01/2000/2000',
    '1/1/16=01/01/2016/2016',
    '1/1/49=01/01/2049/2049',
    '1/1/50=01/01/1950/1950',
    '1/1/99=01/01/1999/1999',
  ]);
});

test('dates in a range of the text: offsets in the whole text, nothing outside the range', () => {
  const text = 'On 12-15-2016 and 11/3/16.';
  assert.deepEqual(
    datesInProse(text, 13, text.length).map((d) => [d.text, d.span.start, d.span.end]),
    [['11/3/16', 18, 25]],
  );
  assert.deepEqual(
    datesInProse(text, 3, 13).map((d) => [d.text, d.span.start, d.span.end]),
    [['12-15-2016', 3, 13]],
  );
  assert.deepEqual(datesInProse(text, 3, 12), []);
  assert.deepEqual(datesInProse('', 0, 0), []);
});

test('utilization review dates: "on" before the date, at the start of a sentence, then the review named', () => {
  const ur = (text: string, from = 0): string[] => utilizationReviewDates(text, from, text.length).map((d) => d.text);
  assert.deepEqual(ur('UR dated 11-14-16.'), ['11-14-16']);
  // From a range that starts inside the naming words they are not read.
  assert.deepEqual(ur('UR dated 11-14-16.', 1), []);
  assert.deepEqual(ur('It was denied on 12-01-2016, UR non-certified it.'), ['12-01-2016']);
  assert.deepEqual(ur('It was denied on(12-01-2016), UR non-certified it.'), ['12-01-2016']);
  assert.deepEqual(ur('12-01-2016, UR non-certified it.'), ['12-01-2016']);
  assert.deepEqual(ur('Seen. 12-01-2016, UR non-certified it.'), ['12-01-2016']);
  assert.deepEqual(ur('A report of 12-01-2016, UR non-certified it.'), []);
  assert.deepEqual(ur('On 12-01-2016 the request was non-certified by UR.'), ['12-01-2016']);
  assert.deepEqual(ur('Seen 12-01-2016 the request was non-certified by UR.'), []);
});

test('injury dates: a date measured from the injury is read only since the last full stop', () => {
  const inj = (text: string): string[] => injuryDates(text, 0, text.length).map((d) => d.text);
  assert.deepEqual(inj('Two weeks after the injury 0.5 mg was given; he sustained an industrial injury on 10-13-16.'), ['10-13-16']);
  assert.deepEqual(inj('A note two weeks after the injury on 11-16-16.'), []);
});

test('a date looked ahead to: the sentence is read from the range on, at most 400 characters each way', () => {
  const ahead = (text: string, date: string, from = 0, to = text.length): boolean => {
    const start = text.indexOf(date);
    return isDateAhead(text, start, start + date.length, from, to);
  };
  const date = '01-28-2017';
  assert.equal(ahead(`next ${date}`, date), true);
  assert.equal(ahead(`next ${date}`, date, 1), false);
  assert.equal(ahead(`${date} next`, date), true);
  assert.equal(ahead(`${date} next`, date, 0, `${date} nex`.length), false);
  // "scheduled" beginning 400 characters before the date, then 401.
  const before = (n: number): string => `scheduled${' '.repeat(n - 'scheduled'.length)}${date}`;
  assert.equal(ahead(before(400), date), true);
  assert.equal(ahead(before(401), date), false);
  // "scheduled" ending 400 characters after the date, then 401.
  const after = (n: number): string => `${date}${' '.repeat(n - 'scheduled'.length)}scheduled`;
  assert.equal(ahead(after(400), date), true);
  assert.equal(ahead(after(401), date), false);
  // A full stop before a digit does not end the sentence, either way.
  assert.equal(ahead(`Follow-up with 0.5 mg on ${date}.`, date), true);
  assert.equal(ahead(`On ${date} 0.5 mg, next visit.`, date), true);
  assert.equal(ahead(`Follow-up. Seen on ${date}.`, date), false);
  assert.equal(ahead(`On ${date}. Next visit.`, date), false);
});

test('where a section opening is looked for: lines starting in [from, to), any known title only', () => {
  const letter = parseLetter(SMALL_LETTER);
  const title = 'CLINICAL CASE SUMMARY';
  const line = letter.lines.find((l) => SMALL_LETTER.slice(l.start).startsWith('The expert reviewer developed'))!;
  assert.equal(sectionOpeningIn(letter, title, 0, SMALL_LETTER.length), line.start);
  assert.equal(sectionOpeningIn(letter, title, line.start, line.start + 1), line.start);
  assert.equal(sectionOpeningIn(letter, title, line.start + 1, SMALL_LETTER.length), undefined);
  assert.equal(sectionOpeningIn(letter, title, 0, line.start), undefined);
  assert.equal(sectionOpeningIn(letter, 'NO SUCH SECTION', 0, SMALL_LETTER.length), undefined);
  assert.equal(sectionOpeningIn(letter, 'IMR ISSUES, DECISIONS AND RATIONALES', 0, SMALL_LETTER.length), letter.issues!.bodySpan.start);
});
