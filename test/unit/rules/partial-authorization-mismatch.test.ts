// partial-authorization-mismatch: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../../server/src/letter';
import { lint, RULES } from '../../../server/src/rules';
import { countOf, strengthsOf } from '../../../server/src/rules/quantities';
import { minimumFor } from '../../helpers/letters';
import { check, splice, corpus } from './inject';

test('partial-authorization-mismatch: the remaining count off by one (fix restores), and a strength changed', () => {
  const n = check(
    'partial-authorization-mismatch',
    corpus,
    (letter, text) => {
      for (const item of letter.items) {
        const r = item.partial?.remaining;
        if (item.partial?.form !== 'remaining' || !r || !item.partial.original || !item.partial.authorized) continue;
        const [o, a, c] = [item.partial.original, item.partial.authorized, r].map((x) => countOf(x.text));
        if (!o || !a || !c?.token || o.value - a.value !== c.value || !/^\d+$/.test(c.token.text)) continue;
        const doc = text.slice(r.span.start, r.span.end);
        const at = r.span.start + doc.search(new RegExp(`(?<!\\d)${c.token.text}(?!\\d)`));
        return { text: splice(text, at, at + c.token.text.length, String(c.value + 1)), at };
      }
      return undefined;
    },
    { fix: 'required', restores: true },
  );
  const m = check('partial-authorization-mismatch', corpus, (letter, text) => {
    for (const item of letter.items) {
      const a = item.partial?.authorized;
      const s = a ? strengthsOf(a.text)[0] : undefined;
      if (!a || !s) continue;
      const at = text.indexOf(s.text.replace(/\s+/g, ' ').split(' ')[0], a.span.start);
      return { text: splice(text, at, at, '3'), at };
    }
    return undefined;
  });
  assert.ok(n >= minimumFor(20, corpus) && m >= minimumFor(8, corpus), `${n} ${m}`);
});

test('partial-authorization-mismatch: the Trezix strength mismatch (320.5 vs 30.5), with or without the unit', () => {
  const letter = (o: string, a: string, r: string) =>
    `IMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on decisions for the disputed items/services set forth below:\n${o} was the original\nrequest. ${a} was authorized by the Claims Administrator. The remaining IMR eligible portion of\nthe original request, ${r} is: Upheld\nClaims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.\nMAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016.\nDecision rationale: The request for ${r} is not medically necessary.\n`;
  const fired = (o: string, a: string, r: string) => lint(parseLetter(letter(o, a, r)), RULES).filter((p) => p.rule === 'partial-authorization-mismatch').map((p) => p.message);
  assert.equal(fired('Trezix 320.5/30/16mg #60', 'Trezix 30.5/30/16mg #30', 'Trezix 320.5/30/16mg #30').length, 1);
  assert.equal(fired('Trezix 320.5-30-16mg #60', 'Trezix 30.5-30-16 #30', 'Trezix 320.5-30-16mg #30').length, 1);
  assert.equal(fired('Trezix 320.5mg #60', 'Trezix 320.5mg #30', 'Trezix 30.5mg #30').length, 1);
  assert.deepEqual(fired('Trezix 320.5/30/16mg #60', 'Trezix 320.5/30/16mg #30', 'Trezix 320.5/30/16mg #30'), []);
  assert.deepEqual(fired('Trezix 320.5/30/16mg #60', 'Trezix 320.5/30/16mg #30', 'Trezix 320.5/30/16mg #20'), ['The remaining portion should be 30 (original 60 − authorised 30), not 20.']);
});
