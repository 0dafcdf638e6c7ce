// page-out-of-range: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seedLetters } from '../../helpers/letters';
import { check, splice, oneItemLetter, reported } from './inject';

test("page-out-of-range: page 200, and a page that is not the topic's (fix gives the topic's page)", () => {
  const seeds = seedLetters();
  const n = check('page-out-of-range', seeds, (letter, text) => {
    const c = letter.items.flatMap((i) => i.maximus?.citations ?? []).find((x) => x.kind === 'mtus' && x.pages.length);
    if (!c || c.kind !== 'mtus') return undefined;
    return { text: splice(text, c.pages[0].span.start, c.pages[0].span.end, '200'), at: c.pages[0].span.start };
  });
  const m = check(
    'page-out-of-range',
    seeds,
    (letter, text) => {
      const c = letter.items.flatMap((i) => i.maximus?.citations ?? []).find((x) => x.kind === 'mtus' && x.pages.length && x.topic);
      if (!c || c.kind !== 'mtus') return undefined;
      return { text: splice(text, c.pages[0].span.start, c.pages[0].span.end, '42'), at: c.pages[0].span.start };
    },
    { fix: 'required', restores: true },
  );
  assert.ok(n === 5 && m >= 4, `${n} ${m}`);
});

const cpmtg = (pages: string, topic = ''): string =>
  oneItemLetter('Alprazolam 1mg #60', {
    maximus: `Decision based on MTUS Chronic Pain Treatment Guidelines${topic ? ` ${topic}` : ''} Page(s): ${pages}.`,
  });

test("page-out-of-range: the 2009 guideline's last page (127) and first page are in range; 128, 0 and a reversed range are not", () => {
  for (const inRange of ['127', '1', '126-127', '1-2', '24, 127'])
    assert.deepEqual(reported('page-out-of-range', cpmtg(inRange)), [], inRange);
  for (const [out, shown] of [
    ['128', '128'],
    ['0', '0'],
    ['127-128', '127-128'],
    ['30-24', '30-24'],
  ]) {
    const p = reported('page-out-of-range', cpmtg(out));
    assert.equal(p.length, 1, out);
    assert.equal(p[0].message, `Page ${shown} is outside the 127-page Chronic Pain Medical Treatment Guidelines (2009).`);
  }
});

test("page-out-of-range: a confirmed topic's own page is silent, one page off is a warning with the fix to its page", () => {
  assert.deepEqual(reported('page-out-of-range', cpmtg('24', 'Benzodiazepines')), []);
  for (const off of ['23', '25']) {
    const [p] = reported('page-out-of-range', cpmtg(off, 'Benzodiazepines'));
    assert.equal(p.level, 'warning', off);
    assert.equal(p.message, `Page ${off} is not the page of "Benzodiazepines" (p. 24) in the 2009 Chronic Pain guideline.`);
    assert.deepEqual(
      p.fixes?.map((f) => [f.title, f.edits[0].newText]),
      [['Change the page to 24', '24']],
    );
  }
});

test('page-out-of-range: pages of other guidelines and unnamed topics within range are not checked against the page table', () => {
  assert.deepEqual(
    reported(
      'page-out-of-range',
      oneItemLetter('Alprazolam 1mg #60', {
        maximus: 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Benzodiazepines.',
      }),
    ),
    [],
  );
  assert.deepEqual(reported('page-out-of-range', cpmtg('99')), []);
});

test("page-out-of-range: an unconfirmed topic's page is a hint with its page or pages, never a warning", () => {
  const [multi] = reported('page-out-of-range', cpmtg('60', 'Acetaminophen'));
  assert.equal(multi.level, 'hint');
  assert.equal(multi.message, 'Page 60: "Acetaminophen (APAP)" is commonly cited as pp. 11-12 (unconfirmed page table).');
  assert.deepEqual(
    multi.fixes?.map((f) => [f.title, f.edits[0].newText]),
    [['Change the page to 11', '11']],
  );
  const [single] = reported('page-out-of-range', cpmtg('60', 'Topiramate'));
  assert.equal(single.message, 'Page 60: "Topiramate (Topamax)" is commonly cited as p. 21 (unconfirmed page table).');
  assert.deepEqual(reported('page-out-of-range', cpmtg('12', 'Acetaminophen')), [], 'a page of the topic');
});

test('page-out-of-range: with several topics a page of any one of them is right; topics are split at commas, with or without a space', () => {
  assert.deepEqual(reported('page-out-of-range', cpmtg('24', 'Benzodiazepines, weaning of medications')), []);
  assert.deepEqual(reported('page-out-of-range', cpmtg('124', 'Benzodiazepines, weaning of medications')), []);
  const [p] = reported('page-out-of-range', cpmtg('42', 'Benzodiazepines,weaning of medications'));
  assert.equal(p?.level, 'warning');
  // A confirmed topic is preferred to an unconfirmed one for the fix.
  assert.deepEqual(
    reported('page-out-of-range', cpmtg('60', 'Acetaminophen, Benzodiazepines'))[0]?.fixes?.map((f) => f.edits[0].newText),
    ['24'],
  );
});

test('page-out-of-range: pages of a chapter other than the 2009 Chronic Pain guideline are not checked, and a topic glued to the comma still splits', () => {
  assert.deepEqual(
    reported(
      'page-out-of-range',
      oneItemLetter('Lumbar MRI', { maximus: 'Decision based on MTUS Low Back Complaints 2004 Page(s): 300.' }),
    ),
    [],
  );
  assert.deepEqual(reported('page-out-of-range', cpmtg('124', 'Benzodiazepines,weaning of medications')), []);
});

test('page-out-of-range: a misspelt topic close to several rows of the page table is satisfied by a page of any one of them', () => {
  const letter = (topicAndPages: string) =>
    oneItemLetter('Norco 10/325mg #60', {
      maximus: `Decision based on MTUS Chronic Pain Treatment Guidelines ${topicAndPages}.`,
    });
  // "Opiods" reads as every Opioids row: p. 78 is within "criteria for use" (76-80), not within "dosing" (86).
  assert.deepEqual(reported('page-out-of-range', letter('Opiods Page(s): 78')), []);
  assert.deepEqual(reported('page-out-of-range', letter('Opiods Page(s): 86')), []);
  // A page of none of them is reported.
  assert.equal(reported('page-out-of-range', letter('Opiods Page(s): 24')).length, 1);
});
