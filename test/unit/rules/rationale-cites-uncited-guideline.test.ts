// rationale-cites-uncited-guideline: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter, type Item } from '../../../server/src/letter';
import { lint, RULES } from '../../../server/src/rules';
import { fixture, minimumFor } from '../../helpers/letters';
import { check, oneItemLetter, reported, splice, real } from './inject';

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

const RULE = 'rationale-cites-uncited-guideline';
const ODG_LINE = 'Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Low Back, MRIs.';
const MTUS_LINE = 'Decision based on MTUS Low Back Complaints 2004.';
const NONE_LINE = 'The Expert Reviewer did not cite any medical evidence for its decision.';

/** The rule's findings on one item: the text at each span, the message, and the fix as [title, old text, new text]. */
function seen(maximus: string, rationale: string): { text: string; message: string; fix?: [string, string, string] }[] {
  const text = oneItemLetter('MRI of the lumbar spine', { maximus, rationale: `${rationale} The request is not medically necessary.` });
  return reported(RULE, text).map((p) => {
    assert.deepEqual(
      p.related?.map((r) => [text.slice(r.span.start, r.span.end), r.message]),
      [['MAXIMUS guideline:', 'MAXIMUS guideline line']],
    );
    const f = p.fixes?.[0];
    return {
      text: text.slice(p.span.start, p.span.end),
      message: p.message,
      ...(f
        ? { fix: [f.title, text.slice(f.edits[0].span.start, f.edits[0].span.end), f.edits[0].newText] as [string, string, string] }
        : {}),
    };
  });
}
const relies = (name: string, text: string) => ({
  text,
  message: `The rationale relies on ${name}, which the MAXIMUS guideline line does not cite.`,
});

test('rationale-cites-uncited-guideline: each family by each of its names, at the words that name it', () => {
  assert.deepEqual(seen(MTUS_LINE, 'According to the ODG, an MRI is recommended.'), [
    relies('the Official Disability Guidelines (ODG)', 'ODG'),
  ]);
  assert.deepEqual(seen(MTUS_LINE, 'The Official Disability Guidelines recommend an MRI.'), [
    relies('the Official Disability Guidelines (ODG)', 'Official Disability Guidelines'),
  ]);
  // MTUS chapters count as ACOEM, so ACOEM is uncited only beside a line without them.
  assert.deepEqual(seen(ODG_LINE, 'According to ACOEM, an MRI is recommended.'), [relies('ACOEM', 'ACOEM')]);
  assert.deepEqual(seen(ODG_LINE, 'The American College of Occupational and Environmental Medicine recommends an MRI.'), [
    relies('ACOEM', 'American College of Occupational'),
  ]);
  assert.deepEqual(seen(ODG_LINE, 'The MTUS recommends an MRI.'), [relies('the MTUS', 'MTUS')]);
  assert.deepEqual(seen(ODG_LINE, 'The Medical Treatment Utilization Schedule recommends an MRI.'), [
    relies('the MTUS', 'Medical Treatment Utilization Schedule'),
  ]);
  assert.deepEqual(seen(ODG_LINE, 'The Chronic Pain Medical Treatment Guidelines recommend an MRI.'), [
    relies('the MTUS', 'Chronic Pain Medical Treatment Guidelines'),
  ]);
  // Two families in one clause, each reported once, in the order ODG, ACOEM, MTUS.
  assert.deepEqual(seen('Decision based on Non-MTUS Citation Spine journal.', 'The MTUS and ODG recommend an MRI. ODG also supports it.'), [
    relies('the MTUS', 'MTUS'),
    relies('the Official Disability Guidelines (ODG)', 'ODG'),
  ]);
  // Cited: nothing.
  assert.deepEqual(seen(MTUS_LINE, 'The MTUS and ACOEM recommend an MRI.'), []);
  assert.deepEqual(seen(ODG_LINE, 'According to the ODG, an MRI is recommended.'), []);
});

test('rationale-cites-uncited-guideline: beside "did not cite any medical evidence" the message says so', () => {
  assert.deepEqual(seen(NONE_LINE, 'According to the ODG, an MRI is recommended.'), [
    {
      text: 'ODG',
      message:
        'The rationale relies on the Official Disability Guidelines (ODG), but the MAXIMUS guideline line says the Expert Reviewer cited no medical evidence.',
    },
  ]);
  // The statement beside a citation: still the statement's message.
  assert.deepEqual(seen(`${NONE_LINE} ${ODG_LINE}`, 'According to ACOEM, an MRI is recommended.'), [
    {
      text: 'ACOEM',
      message: 'The rationale relies on ACOEM, but the MAXIMUS guideline line says the Expert Reviewer cited no medical evidence.',
    },
  ]);
});

test('rationale-cites-uncited-guideline: a line that cites nothing yet is not compared (empty-citation speaks)', () => {
  const odg = 'According to the ODG, an MRI is recommended.';
  for (const line of [
    'Decision based on MTUS.',
    'Decision based on clinical judgment.',
    'Decision based on MTUS. Decision based on clinical judgment.',
  ])
    assert.deepEqual(seen(line, odg), [], line);
  // One real citation among them is enough.
  assert.deepEqual(seen(`${ODG_LINE} Decision based on clinical judgment.`, 'According to ACOEM, an MRI is recommended.'), [
    relies('ACOEM', 'ACOEM'),
  ]);
  assert.deepEqual(seen('Decision based on MTUS. Decision based on Non-MTUS Citation Spine journal.', odg), [
    relies('the Official Disability Guidelines (ODG)', 'ODG'),
  ]);
});

test('rationale-cites-uncited-guideline: parentheticals are clauses of their own, blanked out of the clause around them', () => {
  // The name split by a parenthetical is read across it, and the span covers it.
  assert.deepEqual(seen(MTUS_LINE, 'According to the Official (2016) Disability Guidelines, an MRI is recommended.'), [
    relies('the Official Disability Guidelines (ODG)', 'Official (2016) Disability Guidelines'),
  ]);
  // Reliance inside a parenthetical.
  assert.deepEqual(seen(MTUS_LINE, 'The request is reasonable (according to ODG guidelines it is recommended).'), [
    relies('the Official Disability Guidelines (ODG)', 'ODG'),
  ]);
  // Silence inside a parenthetical is not the clause's.
  assert.deepEqual(seen(ODG_LINE, 'According to ACOEM (the MTUS is silent), an MRI is recommended.'), [relies('ACOEM', 'ACOEM')]);
  // A parenthetical before the name keeps the offsets of the name after it.
  assert.deepEqual(seen(MTUS_LINE, 'According to the guideline (see the 2016 update) of the ODG, an MRI is recommended.'), [
    relies('the Official Disability Guidelines (ODG)', 'ODG'),
  ]);
});

test('rationale-cites-uncited-guideline: one uncited family named among words of another is still read', () => {
  // The words of the Medical Treatment Utilization Schedule are all here, but not the name: ACOEM still counts.
  assert.deepEqual(seen(ODG_LINE, 'According to ACOEM, the medical treatment is recommended. Utilization of the schedule is low.'), [
    relies('ACOEM', 'ACOEM'),
  ]);
});

test('rationale-cites-uncited-guideline: a chapter finding carries its fix and the MAXIMUS line as related place', () => {
  assert.deepEqual(seen('Decision based on MTUS Acupuncture Treatment 2007.', 'The 2009 Acupuncture Guidelines state it.'), [
    {
      text: 'Acupuncture Guidelines',
      message:
        'The rationale relies on the 2009 edition of the Acupuncture Medical Treatment Guidelines, but the MAXIMUS guideline line cites the 2007 edition.',
      fix: ['Change the year to 2007, the edition cited', '2009', '2007'],
    },
  ]);
  assert.deepEqual(seen(MTUS_LINE, 'The Knee Complaints chapter states it.'), [
    {
      text: 'Knee Complaints',
      message: 'The rationale relies on the MTUS Knee Complaints, which the MAXIMUS guideline line does not cite.',
    },
  ]);
});

test('rationale-cites-uncited-guideline: an item without a MAXIMUS line or a rationale, and a format 3 letter, are not read', () => {
  const item = oneItemLetter('MRI of the lumbar spine', { rationale: 'According to the ODG, an MRI is recommended.' });
  assert.deepEqual(reported(RULE, item.replace(/Decision rationale: .*\n/, '')), []);
  assert.deepEqual(reported(RULE, item.replace(/MAXIMUS guideline: .*\n/, '')), []);
  const format3 = fixture('written/format3.imr').replace(
    'The request for a lumbar epidural',
    'According to the ODG, epidural injections are recommended. The request for a lumbar epidural',
  );
  const letter = parseLetter(format3);
  assert.equal(letter.format, 'format3');
  assert.match(letter.items[0].rationale?.body.text ?? '', /According to the ODG/);
  assert.ok(letter.items[0].maximus?.citations.some((c) => c.kind === 'mtus'));
  assert.deepEqual(reported(RULE, format3), []);
});
