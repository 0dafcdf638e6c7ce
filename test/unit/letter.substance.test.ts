// The letter facts the checks of substance read: body regions, MTUS chapters named in prose, the request
// restated in a sentence, strengths by digits, therapies, rates and container counts. Limits pinned here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  chapterMentions,
  chapterOfLabel,
  chapterRegions,
  hasContainerCount,
  namedRequest,
  rateSplit,
  ratesOf,
  regionsNamedIn,
  requestKeyword,
  strengthDigits,
  therapyKinds,
  countBeforeName,
} from '../../server/src/letter';

test('regions a request names: words and spine levels; a nerve root alone, a hip or "hand-held" name none', () => {
  assert.deepEqual(regionsNamedIn('MRI right knee'), ['knee']);
  assert.deepEqual(regionsNamedIn('Epidural steroid injection L4-5, L5-S1'), ['lowBack']);
  assert.deepEqual(regionsNamedIn('Cervical ESI C5-6'), ['neck']);
  assert.deepEqual(regionsNamedIn('Physical therapy for the cervical and lumbar spine'), ['neck', 'lowBack']);
  assert.deepEqual(regionsNamedIn('S1 radiculopathy evaluation'), []);
  assert.deepEqual(regionsNamedIn('Right hip MRI'), []);
  assert.deepEqual(regionsNamedIn('Hand-held shower'), []);
  assert.deepEqual(regionsNamedIn(''), []);
  assert.deepEqual(chapterRegions('Low Back Complaints'), ['lowBack', 'upperBack']);
  assert.equal(chapterRegions('Chronic Pain Medical Treatment'), undefined);
  assert.equal(chapterRegions('General Approaches'), undefined);
});

test('chapters named in prose: titles (capitalised), ACOEM numbers, DWC guideline names, the year before them', () => {
  const names = (t: string) => chapterMentions(t).map((m) => `${m.chapter}${m.year ? `@${m.year}` : ''}`);
  assert.deepEqual(names('MTUS ACOEM, Chapter 8, Neck and Upper Back complaints, states'), ['neckUpperBack']);
  assert.deepEqual(names('not needed to evaluate most knee complaints'), []);
  assert.deepEqual(names('ACOEM Chapter 16 says'), []); // Eye: no chapter the rules know
  assert.deepEqual(names('ACOEM Chapter 12 and Chapter 13 of ACOEM'), ['lowBack', 'knee']);
  assert.deepEqual(names('California Medical Treatment Utilization Schedule 2009 Acupuncture Guidelines state'), ['acupuncture@2009']);
  assert.deepEqual(names('The California MTUS 2016 Chronic Pain Guidelines recommend'), ['chronicPain@2016']);
  assert.deepEqual(names('the ODG Chronic Pain guidelines recommend'), []);
  assert.deepEqual(names('the MTUS and ODG Chronic Pain guidelines recommend'), ['chronicPain']);
  assert.deepEqual(names('the Third Edition ACOEM Guidelines Low Back Disorders Chapter'), []);
  assert.deepEqual(names('the MTUS Opioids Treatment Guidelines'), ['opioids']);
  assert.deepEqual(names(''), []);
  assert.equal(chapterOfLabel('Opioid Treatment'), 'opioids');
  assert.equal(chapterOfLabel('Forearm, Wrist, and Hand Complaints'), 'wristHand');
  assert.equal(chapterOfLabel('Something Else'), undefined);
});

test('the request restated in a sentence, up to the deciding phrase', () => {
  const said = (sentence: string, request: string) => {
    const end = sentence.indexOf('medically');
    const n = namedRequest(sentence, request, end < 0 ? sentence.length : end);
    return n && sentence.slice(n.start, n.end).trim();
  };
  assert.equal(
    said('Therefore, the request for Norco 10/325mg #60 is not medically necessary.', 'Norco 10/325mg #60'),
    'Norco 10/325mg #60 is not',
  );
  assert.equal(
    said(
      'Given the above, the remaining portion of the request, 6 sessions of physical therapy for the head is not medically necessary.',
      'Physical therapy 1 times 6',
    ),
    '6 sessions of physical therapy for the head is not',
  );
  assert.equal(
    said('Therefore, twelve physical therapy visits are not medically necessary.', 'Twelve physical therapy visits'),
    'twelve physical therapy visits are not',
  );
  assert.equal(said('Therefore, the request is not medically necessary.', 'Norco 10/325mg #60'), undefined);
  assert.equal(requestKeyword('Additional (2) physical therapy'), 'physical');
  assert.equal(countBeforeName('two additional follow up office visits', 'office'), 2);
  assert.equal(countBeforeName('three electrocardiograms', 'electrocardiogram'), 3);
  assert.equal(countBeforeName('electrocardiograms at 3 sites', 'electrocardiogram'), undefined);
  assert.equal(countBeforeName('2 office visits and 3 office visits', 'office'), undefined);
  assert.equal(countBeforeName('one of the many other long office visits', 'office'), undefined);
  assert.equal(requestKeyword('12 #3'), undefined);
});

test('strengths by digits: pdftotext\'s joined "7.5325mg" is 7.5/325mg; 10/325 is not 5/325', () => {
  assert.equal(strengthDigits('7.5325mg'), strengthDigits('7.5/325mg'));
  assert.equal(strengthDigits('7.5 / 325 mg'), strengthDigits('7.5/325mg'));
  assert.notEqual(strengthDigits('10/325mg'), strengthDigits('5/325mg'));
});

test('therapies a request names', () => {
  assert.deepEqual([...therapyKinds('PT/OT 6 sessions')].sort(), ['occupational therapy', 'physical therapy']);
  assert.deepEqual([...therapyKinds('PT/INR lab test')], []);
  assert.deepEqual([...therapyKinds('Chiropractic manipulation 6 visits')], ['chiropractic']);
  assert.deepEqual([...therapyKinds('MRI of the knee')], []);
});

test('rates and their split; container counts', () => {
  assert.deepEqual(
    [...ratesOf('Home health 12 hours per day, 5 days a week for 4 weeks')],
    [
      ['hours/day', 12],
      ['days/week', 5],
    ],
  );
  assert.deepEqual([...ratesOf('12 hrs/day')], [['hours/day', 12]]);
  assert.deepEqual(rateSplit('HHA 12 hours per day for 4 weeks', 'HHA 6 hours per day for 4 weeks', 'HHA 6 hours per day for 4 weeks'), {
    unit: 'hours/day',
    original: 12,
    authorized: 6,
    remaining: 6,
  });
  assert.equal(rateSplit('PT 3 times a week for 3 weeks', 'PT 3 times a week for 2 weeks', 'PT 3 times a week for 1 week'), undefined);
  assert.equal(rateSplit('HHA 12 hours per day', 'HHA for 4 weeks', 'HHA 6 hours per day'), undefined);
  assert.equal(hasContainerCount('One container of compound cream'), true);
  assert.equal(hasContainerCount('two tubes of Voltaren gel'), true);
  assert.equal(hasContainerCount('Container of compound cream'), false);
  assert.equal(hasContainerCount('One cream'), false);
});

test('a chapter mention takes the year written before it across any spacing, with MTUS or California between', () => {
  const years = (t: string) => chapterMentions(t).map((m) => [m.chapter, m.year, m.yearSpan && t.slice(m.yearSpan.start, m.yearSpan.end)]);
  assert.deepEqual(years('ACOEM 2004  Low Back Complaints'), [['lowBack', 2004, '2004']]);
  assert.deepEqual(years('2004 MTUS  Low Back Complaints'), [['lowBack', 2004, '2004']]);
  assert.deepEqual(years('2004 California MTUS Low Back Complaints'), [['lowBack', 2004, '2004']]);
  assert.deepEqual(years('2004 guidelines Low Back Complaints'), [['lowBack', undefined, undefined]]);
});
