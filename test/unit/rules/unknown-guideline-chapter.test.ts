// unknown-guideline-chapter: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimumFor } from '../../helpers/letters';
import { check, splice, real, oneItemLetter, reported } from './inject';

test('unknown-guideline-chapter: a year the chapter never had, and a misspelt chapter (fix suggests)', () => {
  const n = check(
    'unknown-guideline-chapter',
    real,
    (letter, text) => {
      for (const item of letter.items) {
        for (const f of [item.claimsAdministrator, item.maximus]) {
          const c = f?.citations.find((x) => x.kind === 'mtus' && x.year);
          if (c && c.kind === 'mtus' && c.year)
            return { text: splice(text, c.year.span.start, c.year.span.end, '2019'), at: c.year.span.start };
        }
      }
      return undefined;
    },
    { fix: 'required', restores: false },
  );
  const m = check(
    'unknown-guideline-chapter',
    real,
    (letter, text) => {
      for (const item of letter.items) {
        for (const f of [item.claimsAdministrator, item.maximus]) {
          const c = f?.citations.find((x) => x.kind === 'mtus' && /Complaints/.test(x.chapter.text) && !/,/.test(x.chapter.text));
          if (c && c.kind === 'mtus') {
            const at = text.indexOf('Complaints', c.chapter.span.start);
            return { text: splice(text, at, at + 10, 'Complaits'), at };
          }
        }
      }
      return undefined;
    },
    { fix: 'required', restores: true },
  );
  assert.ok(n >= minimumFor(150, real) && m >= minimumFor(60, real), `${n} ${m}`);
});

/** What the rule reports on a one-item letter whose MAXIMUS citation is "Decision based on MTUS <cited>". */
function findings(cited: string) {
  const text = oneItemLetter('Norco 10/325mg #120', { maximus: `Decision based on MTUS ${cited}` });
  return reported('unknown-guideline-chapter', text).map((p) => ({
    at: text.slice(p.span.start, p.span.end),
    message: p.message,
    fixes: p.fixes?.map((f) => ({
      title: f.title,
      replaces: f.edits.map((e) => text.slice(e.span.start, e.span.end)),
      newText: f.edits.map((e) => e.newText),
      safe: f.safe,
    })),
  }));
}

test('unknown-guideline-chapter: a year the chapter never had points at the year, names every real year and suggests the nearest', () => {
  assert.deepEqual(findings('Low Back Complaints 2019, Section(s): Special Studies.'), [
    {
      at: '2019',
      message: 'The MTUS chapter "Low Back Complaints" has no 2019 guideline (it is cited as Low Back Complaints 2004); did you mean 2004?',
      fixes: [{ title: 'Change the year to 2004', replaces: ['2019'], newText: ['2004'], safe: true }],
    },
  ]);
  // Two real years: both named, the nearer suggested (2012 is nearer 2009, 2013 nearer 2016), and the fix is not safe.
  assert.deepEqual(findings('Chronic Pain Medical Treatment 2012.'), [
    {
      at: '2012',
      message:
        'The MTUS chapter "Chronic Pain Medical Treatment" has no 2012 guideline (it is cited as Chronic Pain Medical Treatment 2009 or Chronic Pain Medical Treatment 2016); did you mean 2009?',
      fixes: [{ title: 'Change the year to 2009', replaces: ['2012'], newText: ['2009'], safe: false }],
    },
  ]);
  const [later] = findings('Chronic Pain Medical Treatment 2013.');
  assert.match(later.message, /; did you mean 2016\?$/);
  assert.deepEqual(later.fixes?.[0].newText, ['2016']);
});

test('unknown-guideline-chapter: a known chapter without a year, or one printed without years, is not checked for its year', () => {
  assert.deepEqual(findings('Low Back Complaints, Section(s): Special Studies.'), []);
  assert.deepEqual(findings('Chronic Pain Treatment Guidelines 2016.'), []);
  // A citation with no chapter at all is not an unknown chapter.
  assert.deepEqual(findings('Section(s): Special Studies.'), []);
});

test('unknown-guideline-chapter: an unknown chapter is quoted with its year, with the suggestions or without', () => {
  assert.deepEqual(findings('Foo Bar Baz 2016.'), [
    { at: 'Foo Bar Baz', message: '"Foo Bar Baz 2016" is not an MTUS chapter.', fixes: undefined },
  ]);
  assert.deepEqual(findings('Foo Bar Baz.'), [{ at: 'Foo Bar Baz', message: '"Foo Bar Baz" is not an MTUS chapter.', fixes: undefined }]);
  assert.deepEqual(findings('Low Back Complaits 2004, Section(s): Special Studies.'), [
    {
      at: 'Low Back Complaits',
      message: '"Low Back Complaits 2004" is not an MTUS chapter; did you mean "Low Back Complaints"?',
      fixes: [{ title: 'Change to "Low Back Complaints"', replaces: ['Low Back Complaits'], newText: ['Low Back Complaints'], safe: true }],
    },
  ]);
});

test('unknown-guideline-chapter: each suggestion keeps the year it has, or brings its own; two suggestions are never safe', () => {
  assert.deepEqual(findings('Kyee Disorders 2015.'), [
    {
      at: 'Kyee Disorders',
      message: '"Kyee Disorders 2015" is not an MTUS chapter; did you mean "Knee Disorders" or "Eye Disorders"?',
      fixes: [
        { title: 'Change to "Knee Disorders"', replaces: ['Kyee Disorders'], newText: ['Knee Disorders'], safe: false },
        { title: 'Change to "Eye Disorders 2017"', replaces: ['Kyee Disorders 2015'], newText: ['Eye Disorders 2017'], safe: undefined },
      ],
    },
  ]);
  assert.deepEqual(
    findings('Kyee Disorders.')[0].fixes?.map((f) => [f.newText[0], f.safe]),
    [
      ['Knee Disorders', false],
      ['Eye Disorders', false],
    ],
  );
  // A year the suggestion never had is replaced with its own.
  assert.deepEqual(findings('Low Back Complaits 2019.')[0].fixes, [
    {
      title: 'Change to "Low Back Complaints 2004"',
      replaces: ['Low Back Complaits 2019'],
      newText: ['Low Back Complaints 2004'],
      safe: undefined,
    },
  ]);
  // A suggestion printed without years keeps the letter's year.
  assert.deepEqual(findings('Chronc Pain Treatment Guidelines 2016.')[0].fixes, [
    {
      title: 'Change to "Chronic Pain Treatment Guidelines"',
      replaces: ['Chronc Pain Treatment Guidelines'],
      newText: ['Chronic Pain Treatment Guidelines'],
      safe: true,
    },
  ]);
});

test('unknown-guideline-chapter: a doubled "MTUS" before the chapter is read past, and a label followed by more words is known', () => {
  assert.deepEqual(findings('MTUS Low Back Complaints 2004.'), [
    {
      at: 'MTUS Low Back Complaints',
      message: '"MTUS Low Back Complaints 2004" is not an MTUS chapter; did you mean "Low Back Complaints"?',
      fixes: [
        { title: 'Change to "Low Back Complaints"', replaces: ['MTUS Low Back Complaints'], newText: ['Low Back Complaints'], safe: true },
      ],
    },
  ]);
  assert.deepEqual(findings('MTUS Chronic Pain Medical Treatment Guidelines 2016.'), []);
  assert.deepEqual(findings('MTUS  Low Back Complaints Extra 2004.'), []);
  // "MTUS" inside the chapter is part of it: nothing close is suggested.
  assert.deepEqual(findings('The MTUS Low Back Complaints 2004.'), [
    { at: 'The MTUS Low Back Complaints', message: '"The MTUS Low Back Complaints 2004" is not an MTUS chapter.', fixes: undefined },
  ]);
});
