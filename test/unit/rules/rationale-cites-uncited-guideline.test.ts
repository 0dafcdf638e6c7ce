// rationale-cites-uncited-guideline: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter, type Item } from '../../../server/src/letter';
import { lint, RULES } from '../../../server/src/rules';
import { minimumFor } from '../../helpers/letters';
import { check, splice, real } from './inject';

test('rationale-cites-uncited-guideline: the MAXIMUS line replaced by "did not cite", or its ODG citation removed', () => {
  const RELIES =
    /(?:According\s+to|per)\s+(?:the\s+)?(?:ODG|Official\s+Disability\s+Guidelines)|\b(?:ODG|Official\s+Disability\s+Guidelines)\s+(?:states?|recommends?|supports?|criteria)/;
  const relies = (item: Item) => RELIES.test(item.rationale?.body.text ?? '');
  const n = check('rationale-cites-uncited-guideline', real, (letter, text) => {
    const item = letter.items.find((i) => i.maximus && relies(i));
    if (!item?.maximus) return undefined;
    const b = item.maximus.body.span;
    const mutated = splice(text, b.start, b.end, 'The Expert Reviewer did not cite any medical evidence for its decision.');
    const again = parseLetter(mutated).items[item.index];
    const m = RELIES.exec(mutated.slice(again.rationale!.body.span.start, again.rationale!.body.span.end));
    return m ? { text: mutated, at: again.rationale!.body.span.start + m.index + m[0].search(/ODG|Official/) } : undefined;
  });
  assert.ok(n >= minimumFor(40, real), `${n}`);
});

test('rationale-cites-uncited-guideline stays silent on look-alikes (a rental, a kit; ODG named by the utilization review)', () => {
  for (const [request, silent] of [
    ['Home exercise kit for PT 30 day rental', true],
    ['Cold therapy unit 30 day rental', true],
    ['Physical therapy 2 times a week for 13 weeks', false],
  ] as const) {
    void silent;
    const text = `IMR ISSUES, DECISIONS AND RATIONALES\n${request}: Upheld\nClaims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment.\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment.\nDecision rationale: The utilization review non-certified the request based on ODG criteria. The request is not medically necessary.\n`;
    const p = lint(parseLetter(text), RULES);
    assert.ok(!p.some((x) => x.rule === 'rationale-cites-uncited-guideline'), request);
  }
});
