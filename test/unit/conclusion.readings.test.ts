// What the conclusion reader takes for a decision, and what it does not: quoted guideline text, a question
// embedded in a sentence ("no documentation explaining why ... is necessary"), services "deemed to be medically
// necessary" in general, and a requirement ("to be considered medically necessary") decide nothing; the
// real conclusions of the corpus are all still read (model.corpus.test.ts), and so are these written forms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findConclusion } from '../../server/src/letter/conclusion';

const read = (s: string): string | undefined => findConclusion(s, 0, s.length)?.kind;

test('guideline text, embedded questions, general statements and requirements decide nothing', () => {
  for (const s of [
    'The MTUS guidelines support physical therapy for services deemed to be medically necessary.',
    'Home health services include both medical and non-medical services deemed to be medically necessary for patients who are confined to the home.',
    'ODG states "treatment considered medically necessary must be documented."',
    'Per ODG, \u201cthe service is medically necessary when the patient is homebound.\u201d',
    'There is no documentation explaining why physical therapy 2 times a week for 6 weeks for the lumbar spine is necessary.',
    'The records do not say whether the MRI of the cervical spine is medically necessary at this time.',
    'The guidelines describe how the decision that an MRI is medically necessary is made.',
    'In order to be medically necessary, a repeat MRI requires a significant change in symptoms.',
    'Guidelines state that, to be considered medically necessary, therapy must show functional improvement.',
  ]) {
    assert.equal(read(s), undefined, s);
  }
});

test('conclusions are read in every written form, including next to the forms above', () => {
  const cases: [string, string][] = [
    ['The request for Norco 10/325mg #120 is not medically necessary.', 'notNecessary'],
    ['Therefore, the MRI is deemed not medically necessary.', 'notNecessary'],
    ['The request is considered medically necessary.', 'necessary'],
    ['The treatment is therefore considered medically necessary.', 'necessary'],
    ['There is no documentation of why further therapy is needed, so the request is not medically necessary.', 'notNecessary'],
    ['It is unclear why more sessions are needed; therefore the request is not medically necessary.', 'notNecessary'],
    // A stray closing quote (an extraction artifact) is not the start of a quotation.
    [
      'The remaining IMR eligible portion of the original request, Physical therapy for 6 sessions" is not medically necessary.',
      'notNecessary',
    ],
    ['ODG states "services deemed to be medically necessary." The request for home health care is medically necessary.', 'necessary'],
    [
      'The guidelines support therapy for services deemed to be medically necessary. As such, the request is not medically necessary.',
      'notNecessary',
    ],
  ];
  for (const [s, kind] of cases) assert.equal(read(s), kind, s);
});

test('a sentence ends at a full stop inside its closing quotation mark or bracket', () => {
  for (const close of ['"', '\u201d', ')', '.)"']) {
    const quoted =
      close === '.)"' ? '(the MTUS says "acute spasm.)"' : `${close === ')' ? '(' : close === '"' ? '"' : '\u201c'}acute spasm.${close}`;
    const s = `The MTUS allows a request for muscle relaxants for ${quoted} The guidelines consider baclofen medically necessary for spasticity.`;
    const c = findConclusion(s, 0, s.length);
    assert.equal(c?.sentence.text, 'The guidelines consider baclofen medically necessary for spasticity.', s);
  }
});
