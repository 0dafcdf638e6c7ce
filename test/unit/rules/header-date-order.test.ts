// header-date-order: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../../server/src/letter';
import { lint, RULES } from '../../../server/src/rules';
import { check, splice, corpus } from './inject';

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
    assert.deepEqual(lint(parseLetter(range), RULES).filter((p) => p.rule === 'header-date-order'), [], l.id);
    const unknown = lint(parseLetter(splice(l.text, v.span.start, v.span.end, 'Unknown')), RULES).filter((p) => p.rule === 'header-date-order');
    assert.deepEqual(unknown.map((p) => p.level), ['information'], l.id);
  }
  assert.equal(n, corpus.length);
});
