// visit-cap: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../../server/src/letter';
import { lint, RULES } from '../../../server/src/rules';
import { isCappedTherapy } from '../../../server/src/letter/quantities';
import { minimumFor } from '../../helpers/letters';
import { check, splice, corpus, oneItemLetter, reported } from './inject';

test('visit-cap: 30 visits put in a PT, OT or chiropractic header', () => {
  const n = check('visit-cap', corpus, (letter, text) => {
    for (const item of letter.items) {
      if (item.partial || !isCappedTherapy(item.request.text)) continue;
      const start = item.request.span.start;
      return { text: splice(text, start, start, '30 sessions of '), at: start };
    }
    return undefined;
  });
  const m = check('visit-cap', corpus, (letter, text) => {
    const item = letter.items.find(
      (i) => !i.partial && isCappedTherapy(i.request.text) && /\b\d+\s+times\s+a\s+week\s+for\s+\d+\s+weeks\b/.test(i.request.text),
    );
    if (!item) return undefined;
    const doc = text.slice(item.request.span.start, item.request.span.end);
    const w = /(\d+)(\s+weeks)/.exec(doc)!;
    return {
      text: splice(text, item.request.span.start + w.index, item.request.span.start + w.index + w[1].length, '15'),
      at: item.request.span.start,
    };
  });
  assert.ok(n >= minimumFor(40, corpus) && m >= minimumFor(10, corpus), `${n} ${m}`);
});

test('visit-cap stays silent on look-alikes (a rental, a kit; ODG named by the utilization review)', () => {
  for (const [request, silent] of [
    ['Home exercise kit for PT 30 day rental', true],
    ['Cold therapy unit 30 day rental', true],
    ['Physical therapy 2 times a week for 13 weeks', false],
  ] as const) {
    const text = `IMR ISSUES, DECISIONS AND RATIONALES\n${request}: Upheld\nClaims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment.\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment.\nDecision rationale: The utilization review non-certified the request based on ODG criteria. The request is not medically necessary.\n`;
    const p = lint(parseLetter(text), RULES);
    assert.equal(
      p.some((x) => x.rule === 'visit-cap'),
      !silent,
      request,
    );
  }
});

test('visit-cap: 24 visits is the cap itself (silent), 25 is one past it, whichever way the visits are written', () => {
  const fires = (request: string): number => reported('visit-cap', oneItemLetter(request)).length;
  for (const atCap of [
    'Physical therapy 24 sessions',
    'Physical therapy 2 times a week for 12 weeks',
    'Chiropractic 3 x 8',
    'Occupational therapy (24 visits)',
    'Physical therapy #24',
    'Physical therapy 2-3 times a week for 8 weeks',
  ])
    assert.equal(fires(atCap), 0, atCap);
  for (const past of [
    'Physical therapy 25 sessions',
    'Physical therapy 5 times a week for 5 weeks',
    'Chiropractic 5 x 5',
    'Occupational therapy (25 visits)',
    'Physical therapy #25',
    'Physical therapy 2-5 times a week for 5 weeks',
    // Two schedules (no single count), and a total that is not the schedule's: the largest schedule counts.
    'Physical therapy 2 times a week for 6 weeks, then 5 times a week for 5 weeks',
    'Physical therapy 5x per week for 5 weeks (12)',
  ])
    assert.equal(fires(past), 1, past);
});

test('visit-cap: the message names the visits and the cap; a post-operative request is information only', () => {
  const [p] = reported('visit-cap', oneItemLetter('Physical therapy 3 times a week for 10 weeks'));
  assert.equal(p.level, 'warning');
  assert.match(p.message, /asks for 30 visits; Labor Code 4604\.5 caps .* at 24 visits per injury\.$/);
  const [post] = reported('visit-cap', oneItemLetter('Post-operative physical therapy 30 sessions'));
  assert.equal(post.level, 'information');
  assert.match(post.message, /post-surgical physical medicine is excepted/);
  // Every way a post-operative request is written; "associated surgical service" only as the request's start.
  const level = (request: string) => reported('visit-cap', oneItemLetter(request))[0]?.level;
  for (const written of [
    'Postoperative physical therapy 30 sessions',
    'Post op physical therapy 30 sessions',
    'Physical therapy post-surgery 30 sessions',
    'Associated surgical service: physical therapy 30 sessions',
  ])
    assert.equal(level(written), 'information', written);
  for (const notPost of [
    'Physical therapy 30 sessions, associated surgical service pending',
    'Physical therapy 30 sessions for postural training',
  ])
    assert.equal(level(notPost), 'warning', notPost);
});

test('visit-cap: missing or non-therapy counts are silent (no visits, a rental period, a medication)', () => {
  for (const request of [
    'Physical therapy',
    'Physical therapy evaluation',
    'TENS unit 30 day rental',
    'Norco 10/325mg #120',
    'Acupuncture 30 sessions',
  ])
    assert.deepEqual(reported('visit-cap', oneItemLetter(request)), [], request);
});
