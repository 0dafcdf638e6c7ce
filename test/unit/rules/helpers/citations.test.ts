// The citation rules' helpers (rules/helpers/citations.ts): an item's guideline fields and MTUS chapter
// citations, with either field missing, and the guideline families a field cites, by chapter or by the words of
// a Non-MTUS source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter, type Item } from '../../../../server/src/letter';
import { citedFamilies, guidelineFields, itemMtusCitations } from '../../../../server/src/rules/helpers/citations';
import { oneItemLetter } from '../inject';

const CA_LINE = /^Claims Administrator guideline: .*\n/m;
const MAXIMUS_LINE = /^MAXIMUS guideline: .*\n/m;
const itemOf = (text: string): Item => {
  const [item] = parseLetter(text).items;
  assert.ok(item, 'one item');
  return item;
};

test('the guideline fields and MTUS chapter citations of an item: Claims Administrator first, either field missing', () => {
  const maximus = 'Decision based on MTUS Low Back Complaints 2004. Decision based on Non-MTUS Citation ODG, Low Back Chapter.';
  const both = itemOf(oneItemLetter('MRI lumbar spine', { maximus }));
  assert.deepEqual(
    guidelineFields(both).map((f) => f.kind),
    ['claimsAdministrator', 'maximus'],
  );
  assert.deepEqual(
    itemMtusCitations(both).map((c) => c.chapter.text),
    ['Chronic Pain Medical Treatment', 'Low Back Complaints'],
  );
  const noCa = itemOf(oneItemLetter('MRI lumbar spine', { maximus }).replace(CA_LINE, ''));
  assert.deepEqual(
    guidelineFields(noCa).map((f) => f.kind),
    ['maximus'],
  );
  assert.deepEqual(
    itemMtusCitations(noCa).map((c) => c.chapter.text),
    ['Low Back Complaints'],
  );
  const noMaximus = itemOf(oneItemLetter('MRI lumbar spine').replace(MAXIMUS_LINE, ''));
  assert.deepEqual(
    itemMtusCitations(noMaximus).map((c) => c.chapter.text),
    ['Chronic Pain Medical Treatment'],
  );
  const neither = itemOf(oneItemLetter('MRI lumbar spine').replace(CA_LINE, '').replace(MAXIMUS_LINE, ''));
  assert.deepEqual(guidelineFields(neither), []);
  assert.deepEqual(itemMtusCitations(neither), []);
});

test('the families a field cites: an MTUS chapter counts as ACOEM too; a Non-MTUS source by its words', () => {
  const families = (maximus: string): string[] => [...citedFamilies(itemOf(oneItemLetter('Norco #60', { maximus })).maximus!)].sort();
  assert.deepEqual(families('Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2009.'), ['ACOEM', 'MTUS']);
  assert.deepEqual(families('Decision based on Non-MTUS Citation ODG, Pain Chapter, Opioids.'), ['ODG']);
  assert.deepEqual(families('Decision based on Non-MTUS Citation Official Disability Guideline, Pain Chapter.'), ['ODG']);
  assert.deepEqual(families('Decision based on Non-MTUS Citation ACOEM Practice Guidelines, 3rd Edition.'), ['ACOEM']);
  assert.deepEqual(families('Decision based on Non-MTUS Citation American College of Occupational and Environmental Medicine.'), ['ACOEM']);
  assert.deepEqual(families('Decision based on Non-MTUS Citation Chronic Pain Medical Treatment Guidelines, Opioids.'), ['MTUS']);
  assert.deepEqual(families('Decision based on Non-MTUS Citation ODG and ACOEM guidelines.'), ['ACOEM', 'ODG']);
  assert.deepEqual(families('Decision based on Non-MTUS Citation Medical Treatment Utilization Schedule.'), ['MTUS']);
  assert.deepEqual(families('Decision based on Non-MTUS Citation UpToDate, opioid tapering.'), []);
  assert.deepEqual(families('The Expert Reviewer did not cite any medical evidence for its decision.'), []);
});
