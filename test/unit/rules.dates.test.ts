// date-contradicts-header and the prose dates it reads: on every real letter, on defects injected into
// many real letters, and at its limits on small letters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../server/src/letter';
import { calendarDay, datesInProse } from '../../server/src/letter/proseDates';
import { formatDay } from '../helpers/dates';
import { injuryDates, utilizationReviewDates } from '../../server/src/letter/summaryDates';
import { lint, RULES, type Problem } from '../../server/src/rules';
import { corpusLetters, minimumFor } from '../helpers/letters';

const RULE = 'date-contradicts-header';
const findings = (text: string): Problem[] => lint(parseLetter(text), RULES).filter((p) => p.rule === RULE);
const file = (id: string): string => id.split('/').pop() as string;

test('prose dates: numeric, month names, two-digit years and the glued form pdftotext leaves at a line end', () => {
  const text = 'On 12-15-2016, on 11/3/16, on December 9, 3026, on Dec. 5, 2016, Rx date 0105-2017 and 1117-2016.';
  assert.deepEqual(
    datesInProse(text).map((d) => [d.text, formatDay(d.day)]),
    [
      ['12-15-2016', '12/15/2016'],
      ['11/3/16', '11/03/2016'],
      ['December 9, 3026', '12/09/3026'],
      ['Dec. 5, 2016', '12/05/2016'],
      ['0105-2017', '01/05/2017'],
      ['1117-2016', '11/17/2016'],
    ],
  );
  // Not dates: a strength, a day that cannot exist, a month 13, February 29 of a common year.
  assert.deepEqual(
    datesInProse('Norco 10/325mg, 13-45-2016, 13-01-2016, 02-29-2017, 10-325-2016').map((d) => d.text),
    [],
  );
  assert.deepEqual(
    datesInProse('02-29-2016').map((d) => formatDay(d.day)),
    ['02/29/2016'],
  );
  assert.equal(calendarDay(1970, 1, 1), 0);
  assert.equal(calendarDay(2016, 2, 30), undefined);
  assert.equal(formatDay(calendarDay(2000, 3, 1) as number), '03/01/2000');
});

test('utilization review dates: the sentences that date the review, not a report it read', () => {
  const ur = (s: string): string[] => utilizationReviewDates(s, 0, s.length).map((d) => d.text);
  assert.deepEqual(ur('On 12-15-2016, the Utilization Review non-certified the request.'), ['12-15-2016']);
  assert.deepEqual(ur('In a utilization review report dated November 15, 2016, the claims administrator failed to approve it.'), [
    'November 15, 2016',
  ]);
  assert.deepEqual(ur('The UR dated 11-14-16 non-certified the request.'), ['11-14-16']);
  assert.deepEqual(ur('The original utilization review (12-22-2016) noncertified the request.'), ['12-22-2016']);
  assert.deepEqual(ur('It was noncertified by Utilization Review on December 05, 2016.'), ['December 05, 2016']);
  assert.deepEqual(ur('On 12-01-2016 the request for Diazepam Rx date 1117-2016 was non-certified by utilization review.'), ['12-01-2016']);
  // A report the review read, and a request dated in the sentence before the review's.
  assert.deepEqual(ur('The physical therapy report reviewed by Utilization Review (UR) was dated 12-01-2016.'), []);
  assert.deepEqual(ur('A Request for Authorization dated 11-16-16 is for a MRI. The Utilization Review denied it.'), []);
});

test('injury dates: the sentences that date the injury, not a date counted from it', () => {
  const inj = (s: string): string[] => injuryDates(s, 0, s.length).map((d) => d.text);
  assert.deepEqual(inj('The injured worker is a 48 year old male who sustained an industrial injury on 10-13-16.'), ['10-13-16']);
  assert.deepEqual(inj('A claim for chronic low back pain associated with an industrial injury of October 10, 2015.'), [
    'October 10, 2015',
  ]);
  assert.deepEqual(inj('A 65 year old male with an industrial injury date of 10-16-2016.'), ['10-16-2016']);
  assert.deepEqual(inj('The date of injury was 12/1/16.'), ['12/1/16']);
  assert.deepEqual(inj('A clinic note two weeks after the injury on 11/16/16 noted swelling.'), []);
  assert.deepEqual(inj('The injured worker was evaluated on 10-19-16 for neck pain.'), []);
  assert.deepEqual(inj("The Doctor's First Report of Occupational Injury dated 11-17-2016 notes anxiety."), []);
  assert.deepEqual(inj('The patient was recovering from a crushing injury dated 10/25/2016.'), ['10/25/2016']);
});

/** Every finding on the corpus, as "<file> <level> <text>": each is in both extractions. */
const EXPECTED = [
  'CM16-0219557.txt warning October 10, 2015',
  'CM16-0219557.txt information November 15, 2016',
  'CM16-0233794.txt warning 10-18-2016',
  'CM16-0240518.txt information 11-14-16',
  'CM16-0242302.txt information 12-6-16',
  'CM16-0248655.txt warning December 9, 3026',
  'CM17-0003917.txt warning 12/1/16',
  'CM17-0005589.txt information 12-22-2016',
  'CM17-0010362.txt information 12-16-2016',
  'CM17-0020243.txt information 01-23-2017',
].sort();

const letters = corpusLetters();

test('on the corpus: exactly the known contradictions, in both extractions', () => {
  for (const sub of ['letters', 'letters-layout']) {
    const got: string[] = [];
    for (const l of letters.filter((x) => x.id.startsWith(`${sub}/`))) {
      for (const p of findings(l.text)) got.push(`${file(l.id)} ${p.level} ${l.text.slice(p.span.start, p.span.end).replace(/\s+/g, ' ')}`);
    }
    // The fixture sample of a clone without ../shared holds only some letters: compare on those.
    const loaded = new Set(letters.map((l) => file(l.id)));
    assert.deepEqual(
      got.sort(),
      EXPECTED.filter((e) => loaded.has(e.split(' ')[0])),
      sub,
    );
  }
});

test('injected: a year changed in the date of injury of a summary is reported there, in every letter that dates it', () => {
  let mutated = 0;
  for (const l of letters) {
    const letter = parseLetter(l.text);
    const summary = letter.sections.find((s) => s.kind === 'caseSummary');
    if (!summary || findings(l.text).some((p) => p.level === 'warning')) continue;
    const d = injuryDates(l.text, summary.bodySpan.start, summary.bodySpan.end)[0];
    if (!d) continue;
    const moved = d.text.replace(/(\d{2})$/, (y) => String((Number(y) + 98) % 100).padStart(2, '0'));
    const text = l.text.slice(0, d.span.start) + moved + l.text.slice(d.span.end);
    const got = findings(text).filter((p) => p.level === 'warning' && p.span.start === d.span.start);
    assert.equal(got.length, 1, `${l.id}: ${d.text} -> ${moved}`);
    assert.match(got[0].message, /Date of Injury/);
    mutated++;
  }
  assert.ok(mutated >= minimumFor(150, letters), `only ${mutated} letters mutated`);
});

const small = (o: { injury?: string; ur?: string; decision?: string; summary: string; rationale?: string }): string =>
  [
    'Case Number: CM16-0000001    Date of Injury: ' + (o.injury ?? '10/13/2016'),
    'Date Assigned: 11/09/2016    UR Denial Date: ' + (o.ur ?? '11/03/2016'),
    'Decision Date: ' + (o.decision ?? '12/09/2016') + '    Application Received: 11/03/2016',
    'Priority: Standard',
    'HOW THE IMR FINAL DETERMINATION WAS MADE',
    'The reviewer is licensed in California.',
    'CLINICAL CASE SUMMARY',
    o.summary,
    'IMR ISSUES, DECISIONS AND RATIONALES',
    'The Final Determination was based on decisions for the disputed items/services set forth below:',
    'MRI of the lumbar spine: Upheld',
    'Claims Administrator guideline: Decision based on MTUS Low Back Complaints 2004.',
    'MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004.',
    'Decision rationale: ' + (o.rationale ?? 'The request for MRI of the lumbar spine is not medically necessary.'),
    '',
  ].join('\n');

const levels = (text: string): string[] => findings(text).map((p) => `${p.level} ${text.slice(p.span.start, p.span.end)}`);

test('the utilization review date: equal, 7 days off (information), 8 days off (warning), before and after', () => {
  const s = (date: string): string => small({ summary: `On ${date}, the Utilization Review non-certified the request.` });
  assert.deepEqual(levels(s('11-03-2016')), []);
  assert.deepEqual(levels(s('10-27-2016')), ['information 10-27-2016']);
  assert.deepEqual(levels(s('11-10-2016')), ['information 11-10-2016']);
  assert.deepEqual(levels(s('10-26-2016')), ['warning 10-26-2016']);
  assert.deepEqual(levels(s('11-11-2016')), ['warning 11-11-2016']);
  // Two reviews dated in the summary: one of them is the header's, so nothing is said.
  assert.deepEqual(
    levels(
      small({
        summary: 'On 09-01-2016, the Utilization Review modified a request. On 11-03-2016, the Utilization Review non-certified it.',
      }),
    ),
    [],
  );
  // No header UR date, or none in the summary: nothing to compare.
  assert.deepEqual(levels(small({ ur: 'Unknown', summary: 'On 10-01-2016, the Utilization Review non-certified the request.' })), []);
  assert.deepEqual(levels(small({ summary: 'The request was non-certified.' })), []);
});

test('the date of injury: the header date, a day off, a cumulative range, and in a rationale', () => {
  const s = (date: string, injury?: string): string[] =>
    levels(small({ injury, summary: `The injured worker sustained an industrial injury on ${date}.` }));
  assert.deepEqual(s('10-13-2016'), []);
  assert.deepEqual(s('10-12-2016'), ['warning 10-12-2016']);
  assert.deepEqual(s('10-14-2016'), ['warning 10-14-2016']);
  assert.deepEqual(s('06-01-2012', '03/01/2010 - 03/01/2015'), []);
  assert.deepEqual(s('03-02-2015', '03/01/2010 - 03/01/2015'), ['warning 03-02-2015']);
  assert.deepEqual(
    levels(
      small({
        summary: 'Neck pain.',
        rationale:
          'The worker sustained a work related injury on 10-13-2015. The request for MRI of the lumbar spine is not medically necessary.',
      }),
    ),
    ['warning 10-13-2015'],
  );
});

test('a date after the decision: on the decision date nothing, a day later a warning, reported once', () => {
  assert.deepEqual(levels(small({ summary: 'A progress report dated 12-09-2016 notes pain.' })), []);
  assert.deepEqual(levels(small({ summary: 'A progress report dated 12-10-2016 notes pain.' })), ['warning 12-10-2016']);
  // The review dated in the far future is one finding (the impossible date), not two.
  const f = findings(small({ summary: 'On December 3, 3016, the Utilization Review non-certified the request.' }));
  assert.deepEqual(
    f.map((p) => p.level),
    ['warning'],
  );
  assert.match(f[0].message, /after the Decision Date/);
  // A date the records look ahead to may follow the decision, up to a year; a year beyond is still impossible.
  assert.deepEqual(levels(small({ summary: 'The injured worker was placed off work until 01-15-2017.' })), []);
  assert.deepEqual(levels(small({ summary: 'A follow-up visit is scheduled for 01-15-2017.' })), []);
  assert.deepEqual(levels(small({ summary: 'The injured worker was placed off work until 12-09-2017.' })), []);
  assert.deepEqual(levels(small({ summary: 'The injured worker was placed off work until 12-10-2017.' })), ['warning 12-10-2017']);
  // Without a valid decision date nothing can be after it.
  assert.deepEqual(levels(small({ decision: 'pending', summary: 'A progress report dated 12-10-2016 notes pain.' })), []);
});

test('bad input: empty, a header only, CRLF', () => {
  assert.deepEqual(findings(''), []);
  assert.deepEqual(findings('Decision Date: 12/09/2016\n'), []);
  const crlf = small({ summary: 'The injured worker sustained an industrial injury on\r\n10-12-2016.' }).replace(/\n/g, '\r\n');
  assert.deepEqual(levels(crlf), ['warning 10-12-2016']);
});

/** Each finding as its text, level, message and related places (read back as text). */
const seen = (text: string): { text: string; level: string; message: string; related?: [string, string][] }[] =>
  findings(text).map((p) => ({
    text: text.slice(p.span.start, p.span.end),
    level: p.level,
    message: p.message,
    ...(p.related ? { related: p.related.map((r): [string, string] => [text.slice(r.span.start, r.span.end), r.message]) } : {}),
  }));

test('the messages: days before and after, one day and several, each with the header field as its related place', () => {
  const injury = (date: string, range?: string) =>
    seen(small({ injury: range, summary: `The injured worker sustained an industrial injury on ${date}.` }));
  assert.deepEqual(injury('10-12-2016'), [
    {
      text: '10-12-2016',
      level: 'warning',
      message: `The date of injury "10-12-2016" is not the header's Date of Injury 10/13/2016 (1 day before).`,
      related: [['10/13/2016', 'Date of Injury 10/13/2016']],
    },
  ]);
  assert.deepEqual(
    injury('10-16-2016').map((f) => f.message),
    [`The date of injury "10-16-2016" is not the header's Date of Injury 10/13/2016 (3 days after).`],
  );
  // A cumulative injury: counted from its first day before it, from its last after it.
  const range = '03/01/2010 - 03/01/2015';
  assert.deepEqual(injury('02-27-2010', range), [
    {
      text: '02-27-2010',
      level: 'warning',
      message: `The date of injury "02-27-2010" is not the header's Date of Injury ${range} (2 days before).`,
      related: [[range, `Date of Injury ${range}`]],
    },
  ]);
  assert.deepEqual(
    injury('03-03-2015', range).map((f) => f.message),
    [`The date of injury "03-03-2015" is not the header's Date of Injury ${range} (2 days after).`],
  );
  assert.deepEqual(
    injury('02-29-2010', range).map((f) => f.text),
    [],
  );

  const review = (summary: string) => seen(small({ summary }));
  assert.deepEqual(review('On 11-04-2016, the Utilization Review non-certified the request.'), [
    {
      text: '11-04-2016',
      level: 'information',
      message: `The summary dates the utilization review "11-04-2016", but the header's UR Denial Date is 11/03/2016 (1 day after): if one is the notice's date and the other the decision's, say which.`,
      related: [['11/03/2016', 'UR Denial Date 11/03/2016']],
    },
  ]);
  assert.deepEqual(review('On 09-01-2016, the Utilization Review non-certified the request.'), [
    {
      text: '09-01-2016',
      level: 'warning',
      message: `The summary dates the utilization review "09-01-2016", but the header's UR Denial Date is 11/03/2016 (63 days before).`,
      related: [['11/03/2016', 'UR Denial Date 11/03/2016']],
    },
  ]);
  assert.deepEqual(
    review('On 11-01-2016, the Utilization Review non-certified the request.').map((f) => f.message),
    [
      `The summary dates the utilization review "11-01-2016", but the header's UR Denial Date is 11/03/2016 (2 days before): if one is the notice's date and the other the decision's, say which.`,
    ],
  );

  assert.deepEqual(seen(small({ summary: 'A progress report dated 12-10-2016 notes pain.' })), [
    {
      text: '12-10-2016',
      level: 'warning',
      message: '"12-10-2016" is after the Decision Date 12/09/2016: nothing in the file can postdate the decision.',
      related: [['12/09/2016', 'Decision Date 12/09/2016']],
    },
  ]);
});

test('the utilization review date: of several in the summary, the nearest to the header is reported, the first of two as near', () => {
  const reviewed = (a: string, b: string): string[] =>
    levels(
      small({
        summary: `On ${a}, the Utilization Review modified the request. On ${b}, the Utilization Review non-certified it.`,
      }),
    );
  assert.deepEqual(reviewed('10-01-2016', '11-04-2016'), ['information 11-04-2016']);
  assert.deepEqual(reviewed('11-04-2016', '10-01-2016'), ['information 11-04-2016']);
  assert.deepEqual(reviewed('10-27-2016', '11-10-2016'), ['information 10-27-2016']);
  assert.deepEqual(reviewed('11-10-2016', '10-27-2016'), ['information 11-10-2016']);
  // Three: the nearest stands in the middle.
  assert.deepEqual(
    levels(
      small({
        summary:
          'On 08-01-2016, the Utilization Review modified it. On 10-20-2016, the Utilization Review modified it. On 06-01-2016, the Utilization Review non-certified it.',
      }),
    ),
    ['warning 10-20-2016'],
  );
});

test('a date reported once: a review or an injury dated after the decision is that finding, and the next review date is still compared', () => {
  // An injury "after the decision" is reported as after the decision, not also as another date of injury.
  assert.deepEqual(
    seen(small({ summary: 'The injured worker sustained an industrial injury on 12-10-2017.' })).map((f) => f.message),
    ['"12-10-2017" is after the Decision Date 12/09/2016: nothing in the file can postdate the decision.'],
  );
  // The review dated after the decision is nearer the header than the other review date, which is still reported.
  assert.deepEqual(
    levels(
      small({
        summary: 'On 12-10-2016, the Utilization Review modified the request. On 09-01-2016, the Utilization Review non-certified it.',
      }),
    ),
    ['warning 12-10-2016', 'warning 09-01-2016'],
  );
});

test('a Decision Date that spans two days: a date up to its last day is not after the decision', () => {
  const decision = '12/01/2016 - 12/09/2016';
  assert.deepEqual(levels(small({ decision, summary: 'A progress report dated 12-05-2016 notes pain.' })), []);
  assert.deepEqual(seen(small({ decision, summary: 'A progress report dated 12-10-2016 notes pain.' })), [
    {
      text: '12-10-2016',
      level: 'warning',
      message: `"12-10-2016" is after the Decision Date ${decision}: nothing in the file can postdate the decision.`,
      related: [[decision, `Decision Date ${decision}`]],
    },
  ]);
});
