// header-date-order: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../../server/src/letter';
import { lint, RULES } from '../../../server/src/rules';
import { check, splice, corpus, reported } from './inject';

test('header-date-order: a year changed to 2019 or 2009 in each header date', () => {
  const keys = ['dateOfInjury', 'urDenialDate', 'applicationReceived', 'dateAssigned', 'decisionDate'] as const;
  let n = 0;
  for (const key of keys) {
    n += check('header-date-order', corpus, (letter, text) => {
      const v = letter.header?.fields.find((f) => f.key === key)?.value;
      if (!v) return undefined;
      // Later dates go back in time, earlier ones forward: either way the order breaks.
      const year = key === 'dateOfInjury' || key === 'urDenialDate' ? '2019' : '2009';
      return { text: splice(text, v.span.end - 4, v.span.end, year), at: v.span.start };
    });
  }
  assert.equal(n, corpus.length * keys.length);
});

test('header-date-order: an impossible date (13/45/2016)', () => {
  const n = check('header-date-order', corpus, (letter, text) => {
    const v = letter.header?.fields.find((f) => f.key === 'dateAssigned')?.value;
    return v ? { text: splice(text, v.span.start, v.span.end, '13/45/2016'), at: v.span.start } : undefined;
  });
  assert.equal(n, corpus.length);
});

test('header-date-order stays silent on a cumulative injury range, and says "information" for a non-date', () => {
  let n = 0;
  for (const l of corpus) {
    const v = parseLetter(l.text).header?.fields.find((f) => f.key === 'dateOfInjury')?.value;
    if (!v) continue;
    n++;
    const range = splice(l.text, v.span.start, v.span.start, '01/01/2000 - ');
    assert.deepEqual(
      lint(parseLetter(range), RULES).filter((p) => p.rule === 'header-date-order'),
      [],
      l.id,
    );
    const unknown = lint(parseLetter(splice(l.text, v.span.start, v.span.end, 'Unknown')), RULES).filter(
      (p) => p.rule === 'header-date-order',
    );
    assert.deepEqual(
      unknown.map((p) => p.level),
      ['information'],
      l.id,
    );
  }
  assert.equal(n, corpus.length);
});

type DateKey = 'dateOfInjury' | 'urDenialDate' | 'applicationReceived' | 'dateAssigned' | 'decisionDate';
/** The first corpus letter with its header dates set to `dates` (the others kept). */
function withDates(dates: Partial<Record<DateKey, string>>): string {
  const text = corpus[0].text;
  const fields = parseLetter(text)
    .header!.fields.filter((f) => f.value && f.key in dates)
    .sort((a, b) => b.value!.span.start - a.value!.span.start);
  assert.equal(fields.length, Object.keys(dates).length, 'the letter has every date to set');
  return fields.reduce((t, f) => splice(t, f.value!.span.start, f.value!.span.end, dates[f.key as DateKey]!), text);
}
const SAME_DAY = {
  dateOfInjury: '11/03/2016',
  urDenialDate: '11/03/2016',
  applicationReceived: '11/03/2016',
  dateAssigned: '11/03/2016',
  decisionDate: '11/03/2016',
};

test('header-date-order: every date on the same day is in order (≤); one day out of order is reported on that date', () => {
  assert.deepEqual(reported('header-date-order', withDates(SAME_DAY)), []);
  const early = reported('header-date-order', withDates({ ...SAME_DAY, decisionDate: '11/02/2016' }));
  assert.equal(early.length, 1);
  assert.match(early[0].message, /^Decision Date 11\/02\/2016 is before /);
  const late = reported('header-date-order', withDates({ ...SAME_DAY, dateOfInjury: '11/04/2016' }));
  assert.equal(late.length, 1);
  assert.match(late[0].message, /^Date of Injury 11\/04\/2016 is after /);
});

test('header-date-order: a cumulative injury is dated by the start of its range, whichever order the range is written in', () => {
  // The range ends after the UR denial: only its start must come first.
  for (const range of ['01/01/2015 - 12/31/2016', '12/31/2016 - 01/01/2015'])
    assert.deepEqual(reported('header-date-order', withDates({ ...SAME_DAY, dateOfInjury: range })), [], range);
  // A range that starts after the UR denial is out of order.
  const [p] = reported('header-date-order', withDates({ ...SAME_DAY, dateOfInjury: '11/04/2016 - 12/31/2016' }));
  assert.match(p.message, /^Date of Injury 11\/04\/2016 - 12\/31\/2016 is after /);
  // Other fields take the latest date of a range.
  assert.equal(reported('header-date-order', withDates({ ...SAME_DAY, decisionDate: '11/02/2016 - 11/03/2016' })).length, 0);
  const assigned = reported('header-date-order', withDates({ ...SAME_DAY, dateAssigned: '11/03/2016 - 11/04/2016' }));
  assert.ok(
    assigned.some((x) => x.message.startsWith('Date Assigned 11/03/2016 - 11/04/2016 is after Decision Date')),
    JSON.stringify(assigned),
  );
});

test('header-date-order: calendar limits (29 February, 31st, month 12, two-digit years) and missing or non-dates', () => {
  const earlier = { dateOfInjury: '01/01/1990', urDenialDate: '01/01/2016', applicationReceived: '01/01/2016', dateAssigned: '01/01/2016' };
  const level = (decisionDate: string): string[] =>
    reported('header-date-order', withDates({ ...earlier, decisionDate })).map((p) => p.level);
  assert.deepEqual(level('02/29/2016'), [], 'a leap day');
  assert.deepEqual(level('12/31/2016'), []);
  assert.deepEqual(level('11/03/16'), [], 'a two-digit year');
  for (const bad of ['02/29/2017', '04/31/2017', '13/01/2017', '00/10/2017', '12/00/2017', '12/32/2017'])
    assert.deepEqual(level(bad), ['warning'], bad);
  assert.deepEqual(level('Unknown'), ['information']);
  // Two-digit years: 49 is 2049 (after the decision), 50 is 1950.
  assert.deepEqual(reported('header-date-order', withDates({ ...SAME_DAY, dateOfInjury: '01/01/49' })).length, 1);
  assert.deepEqual(reported('header-date-order', withDates({ ...SAME_DAY, dateOfInjury: '01/01/50' })).length, 0);
});

test('header-date-order: the message names both dates and the order expected; the related places are the dates it conflicts with', () => {
  const text = withDates({
    dateOfInjury: '10/13/2016',
    urDenialDate: '11/03/2016',
    applicationReceived: '11/03/2016',
    dateAssigned: '11/09/2016',
    decisionDate: '12/09/2016',
  });
  assert.deepEqual(reported('header-date-order', text), []);
  // The UR denial after everything but the decision: it conflicts with two dates after it.
  const late = withDates({
    dateOfInjury: '10/13/2016',
    urDenialDate: '11/20/2016',
    applicationReceived: '11/03/2016',
    dateAssigned: '11/09/2016',
    decisionDate: '12/09/2016',
  });
  const [p, ...more] = reported('header-date-order', late);
  assert.deepEqual(more, []);
  assert.equal(
    p.message,
    'UR Denial Date 11/20/2016 is after Application Received 11/03/2016: expected Date of Injury ≤ UR Denial Date ≤ Application Received ≤ Date Assigned ≤ Decision Date.',
  );
  assert.equal(late.slice(p.span.start, p.span.end), '11/20/2016');
  assert.deepEqual(
    p.related?.map((r) => r.message),
    ['Application Received 11/03/2016', 'Date Assigned 11/09/2016'],
  );
  // The decision before everything: "before", named by its label.
  const [q] = reported(
    'header-date-order',
    withDates({
      dateOfInjury: '10/13/2016',
      urDenialDate: '11/03/2016',
      applicationReceived: '11/03/2016',
      dateAssigned: '11/09/2016',
      decisionDate: '10/01/2016',
    }),
  );
  assert.match(q.message, /^Decision Date 10\/01\/2016 is before Date of Injury 10\/13\/2016: /);
  assert.equal(q.related?.length, 4);
  // A non-date names its field.
  assert.equal(
    reported('header-date-order', withDates({ ...SAME_DAY, urDenialDate: 'Unknown' }))[0].message,
    '"Unknown" (UR Denial Date) is not a valid date: use MM/DD/YYYY.',
  );
});

test('header-date-order: a date field that is missing is passed over (missing-header-field reports it)', () => {
  const text = corpus[0].text;
  const f = parseLetter(text).header!.fields.find((x) => x.key === 'decisionDate')!;
  const spans = [f.label.span, ...(f.value ? [f.value.span] : [])].sort((a, b) => b.start - a.start);
  const without = spans.reduce((t, s) => splice(t, s.start, s.end, ''), text);
  assert.equal(
    parseLetter(without).header!.fields.some((x) => x.key === 'decisionDate'),
    false,
  );
  assert.deepEqual(reported('header-date-order', without), []);
});
