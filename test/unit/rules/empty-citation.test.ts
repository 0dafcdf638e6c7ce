// empty-citation: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimumFor } from '../../helpers/letters';
import { check, splice, real, firstItem, reported } from './inject';

test('empty-citation: a MAXIMUS line that cites nothing', () => {
  const n = check('empty-citation', real, (letter, text) => {
    const f = firstItem(letter)?.maximus;
    return f ? { text: splice(text, f.body.span.start, f.body.span.end, 'Decision based on'), at: f.label.span.start } : undefined;
  });
  assert.ok(n >= minimumFor(290, real), `${n}`);
});

/** A one-item letter whose Claims Administrator and MAXIMUS lines are `ca` and `max` (a line left out when undefined). */
function letterWith(ca: string | undefined, max: string | undefined): string {
  return [
    'IMR ISSUES, DECISIONS AND RATIONALES',
    'Physical therapy 2 times a week for 6 weeks: Upheld',
    ...(ca === undefined ? [] : [`Claims Administrator guideline: ${ca}`]),
    ...(max === undefined ? [] : [`MAXIMUS guideline: ${max}`]),
    'Decision rationale: The request is not medically necessary.',
    '',
  ].join('\n');
}

const CITED = 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment.';

test('empty-citation: the message names the line, and the diagnostic covers the whole trimmed guideline line', () => {
  const text = letterWith(CITED, '   Decision based on  ');
  const ps = reported('empty-citation', text);
  assert.equal(ps.length, 1);
  const [p] = ps;
  assert.equal(p.message, '"MAXIMUS guideline:" cites no guideline, source or fixed "did not cite" sentence.');
  assert.equal(p.level, 'warning');
  assert.equal(text.slice(p.span.start, p.span.end), 'MAXIMUS guideline:    Decision based on');
  const [ca] = reported('empty-citation', letterWith('', CITED));
  assert.equal(ca.message, '"Claims Administrator guideline:" cites no guideline, source or fixed "did not cite" sentence.');
});

test('empty-citation: which citations count (a chapter, MTUS pages, a Non-MTUS source, the fixed sentences) and which do not', () => {
  const fires = (body: string) => reported('empty-citation', letterWith(CITED, body)).length;
  for (const cited of [
    CITED,
    'Decision based on MTUS Chronic Pain Medical Treatment 2016.',
    'Decision based on MTUS Page(s): 24, 124.',
    'Decision based on Non-MTUS Citation ODG Pain Chapter.',
    'The Expert Reviewer did not cite any medical evidence for its decision.',
    'The Expert Reviewer based his/her decision on recommendations outside the MTUS.',
    // One citation that counts is enough, with an empty one beside it.
    'Decision based on. Decision based on Non-MTUS Citation ODG Pain Chapter.',
    'Decision based on clinical judgment. The Expert Reviewer did not cite any medical evidence for its decision.',
    'Decision based on Non-MTUS Citation. Decision based on MTUS Chronic Pain Medical Treatment 2016.',
  ])
    assert.equal(fires(cited), 0, cited);
  for (const empty of [
    '',
    'See the utilization review.',
    'Decision based on',
    // A "Decision based on" sentence that names neither MTUS nor a Non-MTUS citation.
    'Decision based on clinical judgment.',
    'Decision based on clinical judgment. Decision based on MTUS.',
    'Decision based on MTUS.',
    'Decision based on Non-MTUS Citation.',
    'Decision based on MTUS. Decision based on Non-MTUS Citation.',
  ])
    assert.equal(fires(empty), 1, JSON.stringify(empty));
});

test("empty-citation: each guideline line is reported on its own; a missing line is not this rule's finding", () => {
  const text = letterWith('Decision based on', 'Decision based on');
  const ps = reported('empty-citation', text);
  assert.deepEqual(
    ps.map((p) => text.slice(p.span.start, p.span.end)),
    ['Claims Administrator guideline: Decision based on', 'MAXIMUS guideline: Decision based on'],
  );
  // No Claims Administrator line: the MAXIMUS line is still checked; no MAXIMUS line: the other one is.
  const noCa = letterWith(undefined, 'Decision based on');
  assert.deepEqual(
    reported('empty-citation', noCa).map((p) => noCa.slice(p.span.start, p.span.end)),
    ['MAXIMUS guideline: Decision based on'],
  );
  const noMax = letterWith('Decision based on', undefined);
  assert.deepEqual(
    reported('empty-citation', noMax).map((p) => noMax.slice(p.span.start, p.span.end)),
    ['Claims Administrator guideline: Decision based on'],
  );
  assert.deepEqual(reported('empty-citation', letterWith(undefined, undefined)), []);
});

test('empty-citation: every item is checked, not only the first', () => {
  const one = letterWith(CITED, CITED);
  const two = one + letterWith(CITED, 'Decision based on').split('\n').slice(1).join('\n').replace('Physical therapy', 'Acupuncture');
  const ps = reported('empty-citation', two);
  assert.equal(ps.length, 1);
  assert.ok(two.slice(0, ps[0].span.start).includes('Acupuncture'));
});
