// unknown-guideline-chapter: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimumFor } from '../../helpers/letters';
import { check, splice, real } from './inject';

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
