// The checks of substance a QA reviewer makes: region vs chapter, a guideline chapter relied on but not cited,
// the conclusion against the item, partial authorisation of another treatment, a modified request; and the
// units of partial-authorisation arithmetic and container counts. Defects are written into real letters (their
// clean versions are covered by rules.corpus.test.ts) and into hand-written items for forms the corpus lacks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter, requestKeyword } from '../../server/src/letter';
import { lint, RULES, type Problem } from '../../server/src/rules';
import { allRealLetters, fixture, minimumFor } from '../helpers/letters';

const real = allRealLetters();
const splice = (text: string, start: number, end: number, insert: string): string => text.slice(0, start) + insert + text.slice(end);
const found = (text: string, rule: string): Problem[] => lint(parseLetter(text), RULES).filter((p) => p.rule === rule);
/** The problems of `rule` that lie inside item `index` of the text. */
const inItem = (text: string, rule: string, index: number): Problem[] => {
  const item = parseLetter(text).items[index];
  return found(text, rule).filter((p) => item && p.span.start >= item.span.start && p.span.end <= item.span.end);
};

/** A real letter (CM16-0233904) whose one item is rewritten: header, MAXIMUS line and rationale as given. */
const base = fixture('corpus/letters/CM16-0233904.txt');
function letterWith(parts: { header?: string; maximus?: string; rationale?: string; outcome?: string }): string {
  const item = parseLetter(base).items[0];
  let text = base;
  const edits: [number, number, string][] = [];
  if (parts.rationale !== undefined) edits.push([item.rationale!.body.span.start, item.rationale!.body.span.end, parts.rationale]);
  if (parts.maximus !== undefined) edits.push([item.maximus!.body.span.start, item.maximus!.body.span.end, parts.maximus]);
  if (parts.header !== undefined)
    edits.push([item.header.span.start, item.header.span.end, `${parts.header}: ${parts.outcome ?? 'Upheld'}`]);
  for (const [s, e, t] of edits.sort((a, b) => b[0] - a[0])) text = splice(text, s, e, t);
  return text;
}
const NOT_NECESSARY = 'The records do not document functional improvement. Therefore, the request is not medically necessary.';

// ---------------------------------------------------------------- region-vs-chapter

const REGIONAL: Record<string, string> = {
  'Knee Complaints': 'knee',
  'Low Back Complaints': 'lumbar',
  'Shoulder Complaints': 'shoulder',
  'Neck and Upper Back Complaints': 'cervical',
};

test("region-vs-chapter: every real item that cites a body-region chapter for its own region, given another region's chapter, is reported", () => {
  let n = 0;
  const misses: string[] = [];
  for (const l of real) {
    for (const item of parseLetter(l.text).items) {
      const c = item.maximus?.citations.find((x) => x.kind === 'mtus' && REGIONAL[x.chapter.text] !== undefined);
      if (!c || c.kind !== 'mtus' || !new RegExp(REGIONAL[c.chapter.text], 'i').test(item.request.text)) continue;
      if (/knee|lumbar|shoulder|cervical|neck|back/i.test(item.request.text.replace(new RegExp(REGIONAL[c.chapter.text], 'gi'), '')))
        continue;
      const other = c.chapter.text === 'Knee Complaints' ? 'Elbow Complaints' : 'Knee Complaints';
      const text = splice(l.text, c.chapter.span.start, c.chapter.span.end, other);
      n++;
      if (!inItem(text, 'region-vs-chapter', item.index).length) misses.push(`${l.id} #${item.index}: ${item.request.text}`);
      // The right region's chapter, untouched, is not reported.
      if (inItem(l.text, 'region-vs-chapter', item.index).length) misses.push(`${l.id} #${item.index}: reported before the change`);
    }
  }
  assert.deepEqual(misses, []);
  assert.ok(n >= minimumFor(120, real), `${n} items`);
});

test('region-vs-chapter: limits (a neutral chapter, no region named, one matching chapter among several, thoracic on Low Back)', () => {
  const rule = 'region-vs-chapter';
  const line = (chapters: string) =>
    chapters
      .split(';')
      .map((c) => `Decision based on MTUS ${c}, Section(s): Special Studies.`)
      .join(' ');
  const knee = { header: 'MRI of the right knee', rationale: NOT_NECESSARY };
  assert.equal(inItem(letterWith({ ...knee, maximus: line('Low Back Complaints 2004') }), rule, 0).length, 1);
  const real1064 = real.find((l) => l.id === 'letters/CM17-0001064.txt');
  if (real1064) {
    const [p] = inItem(real1064.text, rule, 0);
    assert.match(p.message, /knee.*"Low Back Complaints"/);
    assert.ok(p.related?.some((r) => r.message === 'the Claims Administrator cites Knee Complaints'));
  }
  assert.equal(inItem(letterWith({ ...knee, maximus: line('Knee Complaints 2004') }), rule, 0).length, 0);
  assert.equal(inItem(letterWith({ ...knee, maximus: line('Low Back Complaints 2004;Knee Complaints 2004') }), rule, 0).length, 0);
  assert.equal(inItem(letterWith({ ...knee, maximus: line('Chronic Pain Medical Treatment 2016') }), rule, 0).length, 0);
  assert.equal(
    inItem(letterWith({ header: 'MRI', rationale: NOT_NECESSARY, maximus: line('Low Back Complaints 2004') }), rule, 0).length,
    0,
  );
  assert.equal(
    inItem(
      letterWith({ header: 'MRI of the thoracic spine', rationale: NOT_NECESSARY, maximus: line('Low Back Complaints 2004') }),
      rule,
      0,
    ).length,
    0,
  );
  assert.equal(
    inItem(
      letterWith({
        header: 'Epidural steroid injection L4-5',
        rationale: NOT_NECESSARY,
        maximus: line('Neck and Upper Back Complaints 2004'),
      }),
      rule,
      0,
    ).length,
    1,
  );
  // The December 2017 ACOEM-based labels.
  assert.equal(inItem(letterWith({ ...knee, maximus: line('Low Back Disorders 2016') }), rule, 0).length, 1);
  assert.equal(
    inItem(
      letterWith({ header: 'Cervical MRI', rationale: NOT_NECESSARY, maximus: line('Cervical and Thoracic Spine Disorders 2016') }),
      rule,
      0,
    ).length,
    0,
  );
  assert.equal(
    inItem(letterWith({ header: 'Hand-held shower head', rationale: NOT_NECESSARY, maximus: line('Low Back Complaints 2004') }), rule, 0)
      .length,
    0,
  );
});

// ---------------------------------------------------------------- rationale-cites-uncited-guideline, chapters

test('rationale-cites-uncited-guideline: a chapter relied on in a real rationale is reported when the line leaves it out, not when the sentence says it is silent', () => {
  const rule = 'rationale-cites-uncited-guideline';
  let n = 0;
  const misses: string[] = [];
  for (const l of real) {
    const letter = parseLetter(l.text);
    for (const item of letter.items) {
      const labels = item.maximus?.citations.flatMap((c) => (c.kind === 'mtus' ? [c.chapter.text] : [])) ?? [];
      if (!item.rationale || !labels.length || labels.some((x) => /knee/i.test(x))) continue;
      const before = inItem(l.text, rule, item.index).length;
      const end = item.rationale.body.span.end;
      const relied = splice(
        l.text,
        end,
        end,
        ' ACOEM Chapter 13, Knee Complaints, states that special studies are not needed for most knee complaints.',
      );
      const silent = splice(l.text, end, end, ' The MTUS Knee Complaints chapter does not address this request.');
      n++;
      if (inItem(relied, rule, item.index).length !== before + 1) misses.push(`${l.id} #${item.index}: not reported`);
      if (inItem(silent, rule, item.index).length !== before) misses.push(`${l.id} #${item.index}: silent sentence reported`);
    }
  }
  assert.deepEqual(misses.slice(0, 10), [], `${misses.length} misses`);
  assert.ok(n >= minimumFor(500, real), `${n} items`);
});

test('rationale-cites-uncited-guideline: the Chronic Pain guideline named for the 2016 opioid rules, ACOEM chapter numbers, editions', () => {
  const rule = 'rationale-cites-uncited-guideline';
  const opioid =
    'Decision based on MTUS Opioid Treatment 2016, Section(s): 3.3.6 Opioids for Chronic Pain and Chronic Opioid Treatment: Use of Urine Drug Testing (UDT).';
  const cpmtg =
    'According to the Chronic Pain Medical Treatment Guidelines, urine drug testing is recommended at least twice a year for patients on chronic opioid therapy. ' +
    NOT_NECESSARY;
  const found1 = inItem(letterWith({ header: 'Urine drug screen', maximus: opioid, rationale: cpmtg }), rule, 0);
  assert.equal(found1.length, 1);
  assert.match(found1[0].message, /Chronic Pain Medical Treatment Guidelines/);
  // The same reasoning from the Opioid guideline it cites is fine.
  assert.equal(
    inItem(
      letterWith({
        header: 'Urine drug screen',
        maximus: opioid,
        rationale: cpmtg.replace('Chronic Pain Medical Treatment Guidelines', 'MTUS Opioid Treatment Guidelines'),
      }),
      rule,
      0,
    ).length,
    0,
  );
  // The 2009 Chronic Pain guideline's own opioid topic, cited, is what "the MTUS opioid guidelines" means.
  const cp2009 = (section: string) =>
    letterWith({
      header: 'Norco 10/325mg #90',
      maximus: `Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): ${section}.`,
      rationale: 'The MTUS Opioid Guidelines recommend ongoing review of pain relief and function. ' + NOT_NECESSARY,
    });
  assert.equal(inItem(cp2009('Opioids, criteria for use'), rule, 0).length, 0);
  assert.equal(inItem(cp2009('Muscle relaxants (for pain)'), rule, 0).length, 1);
  // "intended to address" chronic pain is scope talk, not reliance.
  const scope =
    'The Chronic Pain Medical Treatment Guidelines are intended to address chronic pain, which this acute injury is not. ' + NOT_NECESSARY;
  assert.equal(inItem(letterWith({ header: 'Urine drug screen', maximus: opioid, rationale: scope }), rule, 0).length, 0);
  // ACOEM Chapter 12 is Low Back Complaints: cited, so nothing; Chapter 9 (Shoulder) is not.
  const lowBack = 'Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.';
  assert.equal(
    inItem(
      letterWith({
        header: 'MRI of the lumbar spine',
        maximus: lowBack,
        rationale: 'ACOEM Chapter 12 states that imaging is reserved for red flags. ' + NOT_NECESSARY,
      }),
      rule,
      0,
    ).length,
    0,
  );
  assert.equal(
    inItem(
      letterWith({
        header: 'MRI of the lumbar spine',
        maximus: lowBack,
        rationale: 'ACOEM Chapter 9 states that imaging is reserved for red flags. ' + NOT_NECESSARY,
      }),
      rule,
      0,
    ).length,
    1,
  );
  // ACOEM's own 3rd edition is not an MTUS chapter; a Non-MTUS ACOEM citation covers "ACOEM Chapter N".
  assert.equal(
    inItem(
      letterWith({
        header: 'MRI of the lumbar spine',
        maximus: lowBack,
        rationale:
          'The Third Edition ACOEM Guidelines Knee Disorders Chapter states that imaging is reserved for red flags. ' + NOT_NECESSARY,
      }),
      rule,
      0,
    ).length,
    0,
  );
  const withAcoem = `${lowBack} Decision based on Non-MTUS Citation ACOEM Occupational Medicine Practice Guidelines, 3rd ed., Shoulder.`;
  assert.equal(
    inItem(
      letterWith({
        header: 'MRI of the lumbar spine',
        maximus: withAcoem,
        rationale: 'ACOEM Chapter 9 states that imaging is reserved for red flags. ' + NOT_NECESSARY,
      }),
      rule,
      0,
    ).length,
    0,
  );
  // An edition the line does not cite; the cited edition is fine; a year that is not the edition's is not read.
  const acu = 'Decision based on MTUS Acupuncture Treatment 2007.';
  const acuText = (y: string) =>
    `California Medical Treatment Utilization Schedule ${y} Acupuncture Guidelines state that acupuncture may be used. ` + NOT_NECESSARY;
  const edition = inItem(letterWith({ header: 'Acupuncture 6 sessions', maximus: acu, rationale: acuText('2009') }), rule, 0);
  assert.equal(edition.length, 1);
  assert.match(edition[0].message, /2009 edition.*2007 edition/);
  // The Acupuncture guideline has one edition: the fix writes it, and the finding goes.
  const wrong = letterWith({ header: 'Acupuncture 6 sessions', maximus: acu, rationale: acuText('2009') });
  const edit = edition[0].fixes?.[0]?.edits[0];
  assert.ok(edit && wrong.slice(edit.span.start, edit.span.end) === '2009' && edit.newText === '2007');
  assert.equal(inItem(splice(wrong, edit.span.start, edit.span.end, edit.newText), rule, 0).length, 0);
  // Chronic Pain has two editions (2009, 2016): another one is reported, with no fix.
  const cp = inItem(
    letterWith({
      header: 'Naproxen 550mg #60',
      maximus: 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): NSAIDs (non-steroidal anti-inflammatory drugs).',
      rationale: 'The 2009 MTUS Chronic Pain Medical Treatment Guidelines recommend NSAIDs at the lowest dose. ' + NOT_NECESSARY,
    }),
    rule,
    0,
  );
  assert.equal(cp.length, 1);
  assert.equal(cp[0].fixes, undefined);
  assert.equal(inItem(letterWith({ header: 'Acupuncture 6 sessions', maximus: acu, rationale: acuText('2007') }), rule, 0).length, 0);
  assert.equal(
    inItem(
      letterWith({
        header: 'Acupuncture 6 sessions',
        maximus: acu,
        rationale: 'In 2009 the Acupuncture Guidelines were in force and state that acupuncture may be used. ' + NOT_NECESSARY,
      }),
      rule,
      0,
    ).length,
    0,
  );
});

// ---------------------------------------------------------------- conclusion-vs-item

test('conclusion-vs-item: a count or strength changed in real conclusions is reported; the same restatement is not', () => {
  const rule = 'conclusion-vs-item';
  let counts = 0;
  let strengths = 0;
  const misses: string[] = [];
  for (const l of real) {
    for (const item of parseLetter(l.text).items) {
      const c = item.rationale?.conclusion;
      if (!c) continue;
      const sentence = l.text.slice(c.sentence.span.start, c.sentence.span.end);
      // Only conclusions that restate the request by its name ("Naprosyn" for "Naproxen" is not read).
      const key = requestKeyword(item.request.text);
      if (!key || !sentence.toLowerCase().includes(key)) continue;
      const hash = /#\s*(\d+)/.exec(sentence);
      if (hash && new RegExp(`#\\s*${hash[1]}\\b`).test(item.request.text) && !/refill/i.test(item.request.text)) {
        counts++;
        const at = c.sentence.span.start + hash.index + hash[0].indexOf(hash[1]);
        const text = splice(l.text, at, at + hash[1].length, String(Number(hash[1]) + 30));
        if (inItem(text, rule, item.index).length !== 1) misses.push(`${l.id} #${item.index}: #${hash[1]} changed, not reported`);
      }
      const mg = /(\d+(?:\.\d+)?)\s*mg\b/.exec(sentence);
      // One strength in the item: with several, a restatement that keeps one of them is not reported.
      const single = (item.request.text.match(/\d\s*(?:mg|mcg|%|percent)/gi) ?? []).length === 1;
      if (mg && single && new RegExp(`\\b${mg[1].replace('.', '\\.')}\\s*mg`).test(item.request.text)) {
        strengths++;
        const at = c.sentence.span.start + mg.index;
        const text = splice(l.text, at, at + mg[1].length, `${mg[1]}5`);
        if (inItem(text, rule, item.index).length !== 1) misses.push(`${l.id} #${item.index}: ${mg[0]} changed, not reported`);
      }
      if (inItem(l.text, rule, item.index).length) misses.push(`${l.id} #${item.index}: reported unchanged`);
    }
  }
  assert.deepEqual(misses.slice(0, 10), [], `${misses.length} misses`);
  assert.ok(counts >= minimumFor(50, real), `${counts} counts`);
  assert.ok(strengths >= minimumFor(45, real), `${strengths} strengths`);
});

test('conclusion-vs-item: number words, "N times a week for M weeks", a partial item\'s remaining portion, a strength split by pdftotext', () => {
  const rule = 'conclusion-vs-item';
  const pt = (conclusion: string) =>
    letterWith({ header: 'Physical therapy 2 times a week for 4 weeks', rationale: `Guidelines allow 8-10 visits. ${conclusion}` });
  assert.equal(inItem(pt('Therefore, the request for physical therapy eight sessions is not medically necessary.'), rule, 0).length, 0);
  assert.equal(
    inItem(pt('Therefore, the request for physical therapy two times a week for four weeks is not medically necessary.'), rule, 0).length,
    0,
  );
  assert.equal(inItem(pt('Therefore, the request for physical therapy twelve sessions is not medically necessary.'), rule, 0).length, 1);
  assert.equal(
    inItem(pt('Therefore, the request for physical therapy 3 times a week for 4 weeks is not medically necessary.'), rule, 0).length,
    1,
  );
  // Restated without "the request for": the count before the therapy's name is read.
  assert.equal(inItem(pt('Therefore, 12 sessions of physical therapy are not medically necessary.'), rule, 0).length, 1);
  assert.equal(inItem(pt('Therefore, 8 sessions of physical therapy are not medically necessary.'), rule, 0).length, 0);
  // A count before the thing's own name.
  const ekg = (n: string) =>
    letterWith({
      header: 'Electrocardiogram times 3',
      rationale: `No cardiac history is documented. For this reason, the current request for ${n} electrocardiograms done over an unspecified period of time is not medically necessary.`,
    });
  assert.equal(inItem(ekg('three'), rule, 0).length, 0);
  assert.equal(inItem(ekg('four'), rule, 0).length, 1);
  // A conclusion that does not restate the request says nothing to compare.
  assert.equal(inItem(pt('Therefore, the request is not medically necessary.'), rule, 0).length, 0);
  // Partly authorised: the conclusion speaks of the remaining 3, not the original 30.
  const partial = (n: string) =>
    letterWith({
      rationale: `Baclofen is not recommended long term. Therefore, the request for Baclofen 100mg #${n} is not medically necessary.`,
    });
  assert.equal(inItem(partial('3'), rule, 0).length, 0);
  assert.equal(inItem(partial('30'), rule, 0).length, 1);
  // pdftotext joins "7.5/" and "325mg" across a line end: the same strength.
  const norco = (s: string) =>
    letterWith({
      header: 'Norco 7.5/325mg #60',
      rationale: `Opioids require documented improvement. Therefore, the request for Norco ${s} #60 is not medically necessary.`,
    });
  assert.equal(inItem(norco('7.5325mg'), rule, 0).length, 0);
  assert.equal(inItem(norco('7.5/325mg'), rule, 0).length, 0);
  assert.equal(inItem(norco('10/325mg'), rule, 0).length, 1);
  // Two drugs decided in one sentence: the item's strength is among those restated.
  const two = letterWith({
    header: 'Tramadol 50mg #60',
    rationale:
      'Opioids require documented improvement. Therefore, the request for Tramadol 50mg #60 and Naproxen 550mg #60 is not medically necessary.',
  });
  assert.equal(inItem(two, rule, 0).length, 0);
});

// ---------------------------------------------------------------- partial-authorization-treatment, modified-request

const partialHeader = (original: string, authorized: string, remaining: string) =>
  `${original} was the original request. ${authorized} was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, ${remaining}`;

test('partial-authorization-treatment: another therapy authorised or remaining is reported; the same therapy, an alternative left eligible, or no therapy are not', () => {
  const rule = 'partial-authorization-treatment';
  const one = (o: string, a: string, r: string) =>
    inItem(letterWith({ header: partialHeader(o, a, r), rationale: NOT_NECESSARY }), rule, 0);
  assert.equal(one('Physical therapy 8 sessions', '2 sessions of occupational therapy', 'Physical therapy 6 sessions').length, 1);
  assert.equal(one('Physical therapy 8 sessions', 'Physical therapy 2 sessions', 'Chiropractic 6 sessions').length, 1);
  assert.equal(one('Physical therapy 8 sessions', 'Physical therapy 2 sessions', 'Physical therapy 6 sessions').length, 0);
  assert.equal(one('PT/OT 24 sessions', 'Occupational therapy 6 sessions', 'PT/OT 18 sessions').length, 0);
  assert.equal(one('Baclofen 100mg #30', 'Baclofen 100mg #27', 'Baclofen 100mg #3').length, 0);
  const eligible = letterWith({
    header:
      'The Claims Administrator authorized Occupational therapy 6 sessions, leaving the original request IMR eligible. The original request, Physical therapy 12 sessions is',
    rationale: NOT_NECESSARY,
  });
  assert.equal(inItem(eligible, rule, 0).length, 0);
});

test('partial-authorization-treatment: every real partly authorised therapy item given another therapy as authorised is reported', () => {
  let n = 0;
  const misses: string[] = [];
  for (const l of real) {
    for (const item of parseLetter(l.text).items) {
      const a = item.partial?.authorized;
      if (
        item.partial?.form !== 'remaining' ||
        !a ||
        !/physical\s+therapy/i.test(a.text) ||
        /occupational|PT\/OT/i.test(item.partial.original?.text ?? '')
      )
        continue;
      const text =
        l.text.slice(0, a.span.start) +
        l.text.slice(a.span.start, a.span.end).replace(/physical(\s+)therapy/i, 'occupational$1therapy') +
        l.text.slice(a.span.end);
      n++;
      if (inItem(text, 'partial-authorization-treatment', item.index).length !== 1) misses.push(`${l.id} #${item.index}`);
    }
  }
  assert.deepEqual(misses, []);
  assert.ok(n >= minimumFor(10, real), `${n} items`);
});

test('modified-request: the reviewer modifying or partly certifying is reported; utilization review\'s modification and "no provision for modification" are not', () => {
  const rule = 'modified-request';
  const one = (sentence: string) =>
    inItem(
      letterWith({ rationale: `Baclofen is not recommended long term. ${sentence} Therefore, the request is not medically necessary.` }),
      rule,
      0,
    );
  assert.equal(one('Therefore, the request is modified to 6 sessions.').length, 1);
  assert.equal(one('The request was modified to #10 for weaning.').length, 1);
  assert.equal(one('I am partially certifying 10 tablets for weaning.').length, 1);
  assert.equal(one('The request was modified by utilization review to #27.').length, 0);
  assert.equal(one('There is no provision for modification of the current request.').length, 0);
  assert.equal(one('The treating provider modified the request to 6 sessions.').length, 0);
  assert.equal(one('The request cannot be modified by this review.').length, 0);
  assert.equal(one('Activity modification is advised.').length, 0);
  // Appended to every real rationale, it is reported once in that item.
  let n = 0;
  const misses: string[] = [];
  for (const l of real) {
    for (const item of parseLetter(l.text).items.slice(0, 2)) {
      if (!item.rationale) continue;
      const end = item.rationale.body.span.end;
      const text = splice(l.text, end, end, ' Therefore, the request is modified to 6 sessions.');
      n++;
      if (inItem(text, rule, item.index).length !== 1) misses.push(`${l.id} #${item.index}`);
    }
  }
  assert.deepEqual(misses.slice(0, 10), [], `${misses.length} misses`);
  assert.ok(n >= minimumFor(400, real), `${n} items`);
});

// ---------------------------------------------------------------- units in partial arithmetic, container counts

test('partial-authorization-mismatch: a split rate adds up ("12 hours per day" − 6 = 6) and a wrong one is reported in its unit', () => {
  const rule = 'partial-authorization-mismatch';
  const hh = (o: number, a: number, r: number, tail = ' for 4 weeks') =>
    inItem(
      letterWith({
        header: partialHeader(
          `Home health care ${o} hours per day${tail}`,
          `Home health care ${a} hours per day${tail}`,
          `Home health care ${r} hours per day${tail}`,
        ),
        rationale: NOT_NECESSARY,
      }),
      rule,
      0,
    );
  assert.deepEqual(hh(12, 6, 6), []);
  assert.deepEqual(hh(12, 6, 6, ', 7 days per week'), []);
  assert.deepEqual(hh(12, 4, 8, ' x 4 weeks'), []);
  const wrong = hh(12, 6, 4);
  assert.equal(wrong.length, 1);
  assert.match(wrong[0].message, /6 hours\/day/);
  // The true findings stay: counts that do not add up, in the same letter shape.
  const counts = inItem(
    letterWith({ header: partialHeader('Baclofen 100mg #30', 'Baclofen 100mg #27', 'Baclofen 100mg #13'), rationale: NOT_NECESSARY }),
    rule,
    0,
  );
  assert.equal(counts.length, 1);
  assert.match(counts[0].message, /should be 3/);
  const weeks = inItem(
    letterWith({
      header: partialHeader(
        'Physical therapy 3 times a week for 3 weeks',
        'Physical therapy 3 times a week for 2 weeks',
        'Physical therapy 3 times a week for 2 weeks',
      ),
      rationale: NOT_NECESSARY,
    }),
    rule,
    0,
  );
  assert.equal(weeks.length, 1);
});

test('missing-quantity: a number of containers is a quantity; a strength alone is still reported', () => {
  const rule = 'missing-quantity';
  const one = (header: string) => inItem(letterWith({ header, rationale: NOT_NECESSARY }), rule, 0);
  assert.deepEqual(one('One container of Flurbiprofen 20%, Baclofen 5%, Lidocaine 4% cream'), []);
  assert.deepEqual(one('2 tubes of Ketoprofen 20% cream'), []);
  assert.deepEqual(one('One (1) jar of Gabapentin 10% cream'), []);
  assert.equal(one('Flurbiprofen 20%, Baclofen 5%, Lidocaine 4% cream').length, 1);
  assert.equal(one('Container of Flurbiprofen 20% cream').length, 1);
  assert.equal(one('Pepcid 20mg').length, 1);
});
