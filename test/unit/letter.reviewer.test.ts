// The reviewer's credentials (server/src/letter/reviewer.ts) at their limits: a value on its label's line and
// up to two more, stopped by a blank line, a label or a heading, at the section's end; CR and form feeds; the
// section it is read from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter, reviewerCredentials } from '../../server/src/letter';

const HEAD = 'Case Number: CM16-0213037\nHOW THE IMR FINAL DETERMINATION WAS MADE\n';
const NEXT = 'CLINICAL CASE SUMMARY\nThe injured worker is a 50 year old male.\n';

/** The credentials of a letter whose determination section holds `body`, as [text, the text at its span]. */
function read(body: string, next = NEXT): [string | undefined, string | undefined][] {
  const text = `${HEAD}${body}${next}`;
  const { licensure, specialty } = reviewerCredentials(parseLetter(text));
  return [licensure, specialty].map((p) => [p?.text, p && text.slice(p.span.start, p.span.end)]);
}

test('each value on its label line, spans without the spaces around it', () => {
  assert.deepEqual(read('State(s) of Licensure:   California  \nCertification(s)/Specialty: Orthopaedic Surgery\n'), [
    ['California', 'California'],
    ['Orthopaedic Surgery', 'Orthopaedic Surgery'],
  ]);
  assert.deepEqual(read('State(s)  of\tLicensure : California\nCertification(s) / Specialty : Family Practice\n'), [
    ['California', 'California'],
    ['Family Practice', 'Family Practice'],
  ]);
  assert.deepEqual(read('state(s) of licensure: California\n'), [
    ['California', 'California'],
    [undefined, undefined],
  ]);
});

test('a value wraps onto at most two more lines, until a blank line, a label or a heading', () => {
  const two = 'Certification(s)/Specialty: Public Health &\nGeneral Preventive Medicine\n';
  assert.deepEqual(read(two)[1], ['Public Health & General Preventive Medicine', 'Public Health &\nGeneral Preventive Medicine']);
  const four = 'Certification(s)/Specialty: one\ntwo\nthree\nfour\n';
  assert.deepEqual(read(four)[1], ['one two three', 'one\ntwo\nthree']);
  assert.deepEqual(read('Certification(s)/Specialty: one\n\ntwo\n')[1], ['one', 'one']);
  // A line of a few spaces is blank too.
  assert.deepEqual(read('Certification(s)/Specialty: one\n   \ntwo\n')[1], ['one', 'one']);
  assert.deepEqual(read('Certification(s)/Specialty: one\n \t \ntwo\n')[1], ['one', 'one']);
  assert.deepEqual(read('Certification(s)/Specialty: one\nAlso: two\n')[1], ['one', 'one']);
  assert.deepEqual(read('Certification(s)/Specialty: one\nTHE NEXT PART\n')[1], ['one', 'one']);
  assert.deepEqual(read('Certification(s)/Specialty: one\nTHE N\n')[1], ['one THE N', 'one\nTHE N']);
  // Carriage returns and form feeds are no text: a line of them ends the value like a blank one.
  assert.deepEqual(read('Certification(s)/Specialty: one\r\ntwo\r\n')[1], ['one two', 'one\r\ntwo']);
  assert.deepEqual(read('Certification(s)/Specialty: one\n\f\r\ntwo\n')[1], ['one', 'one']);
});

test('a value at the end of the section, a label without a value, and no section to read', () => {
  // The last line of the section, then the next heading.
  assert.deepEqual(read('State(s) of Licensure: California\nCertification(s)/Specialty: Internal Medicine\n'), [
    ['California', 'California'],
    ['Internal Medicine', 'Internal Medicine'],
  ]);
  // The letter ends on the value, with no line break.
  const end = `${HEAD}Certification(s)/Specialty: Internal Medicine`;
  assert.deepEqual(reviewerCredentials(parseLetter(end)).specialty?.text, 'Internal Medicine');
  // ... or on a wrapped value's last line, with no line break.
  const wrapped = `${HEAD}Certification(s)/Specialty: Public Health &\nGeneral Preventive Medicine`;
  assert.deepEqual(reviewerCredentials(parseLetter(wrapped)).specialty?.text, 'Public Health & General Preventive Medicine');
  assert.deepEqual(read('State(s) of Licensure:   \nCertification(s)/Specialty:\n'), [
    [undefined, undefined],
    [undefined, undefined],
  ]);
  assert.deepEqual(reviewerCredentials(parseLetter('Certification(s)/Specialty: Internal Medicine\n')), {});
  assert.deepEqual(reviewerCredentials(parseLetter('')), {});
});

test('read from the determination section, else from the qualifications section', () => {
  const qualifications = 'MEDICAL REVIEWER QUALIFICATIONS:\nCertification(s)/Specialty: Anesthesiology\n';
  const format3 = `Case Number: CM14-0054321\nISSUE AT DISPUTE: Lumbar epidural steroid injection: Overturned\n${qualifications}`;
  assert.equal(reviewerCredentials(parseLetter(format3)).specialty?.text, 'Anesthesiology');
  const both = `${HEAD}Certification(s)/Specialty: Internal Medicine\n${NEXT}${qualifications}`;
  assert.equal(reviewerCredentials(parseLetter(both)).specialty?.text, 'Internal Medicine');
  // Only inside the section: a label after it is not read.
  assert.deepEqual(read('Nothing here.\n', `${NEXT}Certification(s)/Specialty: Internal Medicine\n`)[1], [undefined, undefined]);
});
