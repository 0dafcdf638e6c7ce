// The rules on every real letter (146 corpus letters in both extractions and the five 2014 seeds): no
// error-level diagnostic, and exactly the warnings listed below, each a real defect of the letter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../server/src/letter';
import { lint, RULES } from '../../server/src/rules';
import { allRealLetters } from '../helpers/letters';

/** The real defects of the real letters: "<letter file> <rule> <text at the diagnostic>". Both extractions have each. */
const REAL_DEFECTS = new Set([
  // "Pepcid 20mg": a strength, no quantity or frequency.
  'CM16-0232543.txt missing-quantity Pepcid 20mg',
  // "Flector 1.3% transdermal patch": how many patches?
  'CM16-0245466.txt missing-quantity Flector 1.3% transdermal patch',
  // Two compounded creams given by concentrations only, with no amount.
  'CM16-0249536.txt missing-quantity Flurbiprofen 20%, Baclofen 5%, Dexamethasone 2%, Menthol 2%, Capsaicin 0.025% in cream base',
  'CM16-0249536.txt missing-quantity Gabapentin 10%, Cyclobenzaprine 6%, Bupivacaine 5% in cream base',
  // "According to the MTUS Chronic Pain and ODG Pain guidelines, Pantoprazole ..." but the MAXIMUS line cites only the MTUS.
  'CM16-0249170.txt rationale-cites-uncited-guideline ODG',
  // "The Official Disability Guidelines state that hyperstimulation analgesia is not recommended ..." but the
  // MAXIMUS line's Non-MTUS citation reads only "Low Back (Hyperstimulation analgesia)".
  'CM17-0008479.txt rationale-cites-uncited-guideline Official Disability Guidelines',
  // The summary dates the injury "October 10, 2015"; the header's Date of Injury is 10/10/2016.
  'CM16-0219557.txt date-contradicts-header October 10, 2015',
  // "a date of injury on 10-18-2016" against the header's 10/10/2016.
  'CM16-0233794.txt date-contradicts-header 10-18-2016',
  // "On December 9, 3026, a request ... was denied by utilization review": the header's UR date is 12/09/2016.
  'CM16-0248655.txt date-contradicts-header December 9, 3026',
  // The rationale: "The date of injury was 12/1/16"; the header: 11/30/2016.
  'CM17-0003917.txt date-contradicts-header 12/1/16',
  // "MTUS ACOEM, Chapter 8, Neck and Upper Back complaints, states ..." but the MAXIMUS line cites the Chronic
  // Pain guideline and ODG only (the same rationale in both letters).
  'CM16-0231706.txt rationale-cites-uncited-guideline ACOEM, Chapter 8',
  'CM16-0247405.txt rationale-cites-uncited-guideline ACOEM, Chapter 8',
  // "Chronic Pain Medical Treatment Guidelines ... Epidural Steroid Injections, Page 81 ... recommend" but the line
  // cites Low Back Complaints only.
  'CM17-0006287.txt rationale-cites-uncited-guideline Chronic Pain Medical Treatment Guidelines',
  // "California Medical Treatment Utilization Schedule 2009 Acupuncture Guidelines" where the line cites the 2007 chapter.
  'CM17-0011703.txt rationale-cites-uncited-guideline Acupuncture Guidelines',
  // "MRI right knee" decided on "MTUS Low Back Complaints 2004".
  'CM17-0001064.txt region-vs-chapter Low Back Complaints',
]);

const letters = allRealLetters();

test('no error-level diagnostic on any real letter', () => {
  const errors: string[] = [];
  for (const l of letters) {
    for (const p of lint(parseLetter(l.text), RULES)) if (p.level === 'error') errors.push(`${l.id}: ${p.rule}: ${p.message}`);
  }
  assert.deepEqual(errors, []);
});

test('the warnings on real letters are exactly the known real defects, in both extractions', () => {
  const seen = new Map<string, Set<string>>();
  const unexpected: string[] = [];
  for (const l of letters) {
    for (const p of lint(parseLetter(l.text), RULES)) {
      if (p.level !== 'warning') continue;
      const file = l.id.split('/').pop() as string;
      const key = `${file} ${p.rule} ${l.text.slice(p.span.start, p.span.end).replace(/\s+/g, ' ')}`;
      if (!REAL_DEFECTS.has(key)) unexpected.push(`${l.id}: ${key}: ${p.message}`);
      seen.set(key, new Set([...(seen.get(key) ?? []), l.id.split('/')[0]]));
    }
  }
  assert.deepEqual(unexpected, []);
  // Each known defect of a loaded letter is found, in both extractions (the fixture sample keeps both too).
  for (const d of REAL_DEFECTS) {
    const file = d.split(' ')[0];
    if (!letters.some((l) => l.id.endsWith(file))) continue;
    assert.ok(seen.has(d), `not found: ${d}`);
    assert.deepEqual([...(seen.get(d) as Set<string>)].sort(), ['letters', 'letters-layout'], d);
  }
});

test('every rule has complete metadata and a unique id and name', () => {
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const r of RULES) {
    assert.match(r.id, /^IMR\d{3}$/);
    assert.match(r.name, /^[a-z]+(?:-[a-z]+)*$/);
    assert.ok(!ids.has(r.id) && !names.has(r.name), r.name);
    ids.add(r.id);
    names.add(r.name);
    assert.ok(r.description.length > 10 && r.docs.length > 80, r.name);
    assert.ok(['error', 'warning', 'information', 'hint'].includes(r.defaultLevel), r.name);
    assert.ok(r.example, `${r.name} has an example`);
  }
  const expected = [
    'missing-section',
    'section-order',
    'duplicate-section',
    'no-items',
    'missing-outcome',
    'invalid-outcome',
    'missing-claims-administrator-guideline',
    'missing-maximus-guideline',
    'missing-rationale',
    'field-order',
    'duplicate-item',
    'missing-header-field',
    'header-date-order',
    'invalid-case-number',
    'invalid-priority',
    'empty-citation',
    'missing-non-mtus-citation',
    'conflicting-citation',
    'unknown-guideline-chapter',
    'unknown-guideline-section',
    'page-out-of-range',
    'rationale-cites-uncited-guideline',
    'outcome-contradicts-rationale',
    'missing-conclusion',
    'partial-authorization-mismatch',
    'missing-quantity',
    'visit-cap',
    'reviewer-identity',
    'date-contradicts-header',
    'body-part-mismatch',
    'region-vs-chapter',
    'conclusion-vs-item',
    'partial-authorization-treatment',
    'modified-request',
  ];
  assert.deepEqual([...names].sort(), [...expected].sort());
});

test('the same diagnostics with CRLF line ends', () => {
  const differ: string[] = [];
  for (const l of letters) {
    const a = lint(parseLetter(l.text), RULES).map((p) => `${p.rule}: ${p.message}`);
    const b = lint(parseLetter(l.text.replace(/\r?\n/g, '\r\n')), RULES).map((p) => `${p.rule}: ${p.message}`);
    if (JSON.stringify(a) !== JSON.stringify(b)) differ.push(l.id);
  }
  assert.deepEqual(differ, []);
});
