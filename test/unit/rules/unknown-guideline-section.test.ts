// unknown-guideline-section: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimumFor } from '../../helpers/letters';
import { spellingTolerance } from '../../../server/src/kb/vocabulary';
import { check, splice, corpus, real, oneItemLetter, reported } from './inject';

test('unknown-guideline-section: a misspelt "Section(s):" topic (fix restores the spelling)', () => {
  const n = check(
    'unknown-guideline-section',
    real,
    (letter, text) => {
      for (const item of letter.items) {
        for (const f of [item.claimsAdministrator, item.maximus]) {
          for (const c of f?.citations ?? []) {
            if (c.kind !== 'mtus' || /^Opioid/.test(c.chapter.text)) continue;
            const s = c.sections.find((x) => /^[A-Za-z]{6,}/.test(x.text) && !/\n/.test(text.slice(x.span.start, x.span.end)));
            if (!s) continue;
            // Swap two letters inside the first word: "Special" -> "Spceial".
            const w = text.slice(s.span.start, s.span.end);
            const typo = w[0] + w[2] + w[1] + w.slice(3);
            if (typo === w) continue;
            return { text: splice(text, s.span.start, s.span.end, typo), at: s.span.start };
          }
        }
      }
      return undefined;
    },
    { fix: 'required' },
  );
  assert.ok(n >= minimumFor(150, real), `${n}`);
});

test('unknown-guideline-section: a topic of another chapter, and an unknown opioid section number', () => {
  const n = check('unknown-guideline-section', real, (letter, text) => {
    for (const item of letter.items) {
      for (const c of item.maximus?.citations ?? []) {
        if (c.kind === 'mtus' && /Complaints/.test(c.chapter.text) && c.sections.length) {
          const s = c.sections[0];
          return { text: splice(text, s.span.start, s.span.end, 'Topical analgesics'), at: s.span.start };
        }
      }
    }
    return undefined;
  });
  const m = check('unknown-guideline-section', real, (letter, text) => {
    for (const item of letter.items) {
      for (const c of item.maximus?.citations ?? []) {
        const s = c.kind === 'mtus' && /^Opioid/.test(c.chapter.text) ? c.sections.find((x) => /^\d/.test(x.text)) : undefined;
        if (s) return { text: splice(text, s.span.start, s.span.start + s.text.split(' ')[0].length, '7.7'), at: s.span.start };
      }
    }
    return undefined;
  });
  assert.ok(n >= minimumFor(40, real) && m >= minimumFor(4, real), `${n} ${m}`);
});

test('unknown-guideline-section: a misspelt title of a numbered Opioid Treatment 2016 section (fix)', () => {
  const n = check(
    'unknown-guideline-section',
    corpus,
    (_letter, text) => {
      const i = text.indexOf('Maintenance of Chronic Opioid');
      return i < 0 ? undefined : { text: text.slice(0, i) + 'Maintenence' + text.slice(i + 'Maintenance'.length), at: i };
    },
    { fix: 'required' },
  );
  assert.ok(n >= minimumFor(10, corpus), `${n}`);
});

test('unknown-guideline-section: spelling tolerance at its limits (1 edit up to 4 letters, 2 up to 12, then a fifth of the length, at most 4)', () => {
  for (const [len, tol] of [
    [1, 1],
    [4, 1],
    [5, 2],
    [12, 2],
    [13, 2],
    [15, 3],
    [20, 4],
    [40, 4],
  ] as const)
    assert.equal(spellingTolerance('x'.repeat(len)), tol, `${len} letters`);
  // "Initial Care" (12 letters): two edits away is still recognised, three is not.
  const fixOf = (topic: string) =>
    reported(
      'unknown-guideline-section',
      oneItemLetter('Norco 10/325mg #120', { maximus: `Decision based on MTUS Low Back Complaints 2004, Section(s): ${topic}.` }),
    )[0]?.fixes?.map((f) => f.edits[0].newText);
  assert.deepEqual(
    reported(
      'unknown-guideline-section',
      oneItemLetter('Norco 10/325mg #120', { maximus: 'Decision based on MTUS Low Back Complaints 2004, Section(s): Initial Care.' }),
    ),
    [],
  );
  assert.ok(fixOf('Inital Care')?.includes('Initial Care'), 'one edit');
  assert.ok(fixOf('Inital Cere')?.includes('Initial Care'), 'two edits');
  assert.ok(!fixOf('Inatal Cere')?.includes('Initial Care'), 'three edits');
});
