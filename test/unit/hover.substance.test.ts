// Hovers that state only what a reviewer would defend, on real letters: what an outcome means for a partly
// authorised or retrospective item, each "Section(s):" section apart, where each statutory clock starts,
// what the 2016 Chronic Pain citation is, the injury's phase, and the reviewer's specialty across a wrap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { isRetrospective, parseLetter, reviewerCredentials, type Item, type Letter } from '../../server/src/letter';
import { hover } from '../../server/src/features/hover';
import { positionAt } from '../../server/src/features/positions';
import { injuryAge, painPhase } from '../../server/src/features/injuryPhase';
import { OPIOID_2016_SECTIONS } from '../../server/src/kb';
import { existsSync, readFileSync as read } from 'node:fs';
import { allRealLetters, corpusDir, corpusLetters, minimumFor, seedLetters } from '../helpers/letters';

const letters = allRealLetters();
const byFile = (file: string, sub = 'letters'): { letter: Letter; text: string } | undefined => {
  const l = corpusLetters().find((x) => x.id === `${sub}/${file}`);
  return l ? { letter: parseLetter(l.text), text: l.text } : undefined;
};
const hoverText = (letter: Letter, offset: number): string => {
  const h = hover(letter, positionAt(letter, offset));
  return h ? (h.contents as { value: string }).value : '';
};
const onOutcome = (letter: Letter, item: Item): string => hoverText(letter, (item.outcome as NonNullable<Item['outcome']>).span.start + 1);
const onHeader = (letter: Letter, item: Item): string => hoverText(letter, item.header.span.start + 1);

test('Upheld on a partly authorised item: only the remaining portion is denied, the authorised part stands; on other items no partial wording', () => {
  let partial = 0;
  let plain = 0;
  for (const l of letters) {
    const letter = parseLetter(l.text);
    for (const item of letter.items) {
      if (item.outcome?.text !== 'Upheld') continue;
      for (const value of [onOutcome(letter, item), onHeader(letter, item)]) {
        if (item.partial) {
          assert.match(value, /for the remaining portion only/, l.id);
          assert.match(value, /authorised .* stands/, l.id);
          if (item.partial.authorized?.text)
            assert.ok(value.includes(`"${item.partial.authorized.text}"`), `${l.id}: names the authorised part`);
          assert.doesNotMatch(value, /the requested treatment is \*\*not\*\* authorised/, l.id);
        } else {
          assert.doesNotMatch(value, /remaining portion|authorised part/, l.id);
          assert.match(value, /\*\*not\*\* authorised/, l.id);
        }
      }
      if (item.partial) partial++;
      else plain++;
    }
  }
  assert.ok(partial >= minimumFor(20, letters), `only ${partial} partly authorised upheld items`);
  assert.ok(plain > partial);
});

test('Overturned on a retrospective item means payment for a service given, not "authorise and provide"; other overturned items keep it', () => {
  let retro = 0;
  let plain = 0;
  for (const l of letters) {
    const letter = parseLetter(l.text);
    for (const item of letter.items) {
      if (item.outcome?.text !== 'Overturned') continue;
      const value = onOutcome(letter, item);
      if (isRetrospective(item)) {
        assert.match(value, /already given/, l.id);
        assert.match(value, /The effect is payment/, l.id);
        assert.doesNotMatch(value, /authorise and provide/, l.id);
        retro++;
      } else {
        assert.match(value, /\*\*is\*\* medically necessary/, l.id);
        assert.match(value, /promptly authorise and provide/, l.id);
        assert.doesNotMatch(value, /payment|already given/, l.id);
        plain++;
      }
    }
  }
  // The corpus has two: "Retrospective CT scan of the cervical spine (DOS 11/18/16)", "Retrospective injection ...".
  if (byFile('CM17-0005924.txt')) assert.ok(retro >= 2, `${retro} retrospective overturned items`);
  assert.ok(plain >= minimumFor(10, letters), `${plain} other overturned items`);
});

test('retrospective: a date of service, "Retrospective", "Retro", "DOS"; not a plain request', () => {
  const item = (header: string): Item =>
    parseLetter(
      `IMR ISSUES, DECISIONS AND RATIONALES\n${header}: Overturned\nClaims Administrator guideline: x.\nMAXIMUS guideline: x.\nDecision rationale: The request is medically necessary.\n`,
    ).items[0];
  for (const h of [
    'Retrospective: Toradol 60mg injection',
    'Retro request for Norco 10/325mg #60',
    'Cyclobenzaprine 5mg #30 DOS: 11/14/16',
    'TENS unit (date of service 12/29/16)',
  ])
    assert.ok(isRetrospective(item(h)), h);
  for (const h of ['Norco 10/325mg #60', 'Physical therapy for the retropatellar pain 2x6', 'Doses of Toradol #2'])
    assert.ok(!isRetrospective(item(h)), h);
});

test('"Section(s):" lists show each section apart: a numbered 2016 Opioids section starts at its number, and no section is a bare number', () => {
  const nums = new Set(OPIOID_2016_SECTIONS.map((s) => s.num));
  let opioidSections = 0;
  let bare = 0;
  for (const l of letters) {
    for (const item of parseLetter(l.text).items) {
      for (const f of [item.claimsAdministrator, item.maximus]) {
        for (const c of f?.citations ?? []) {
          if (c.kind !== 'mtus') continue;
          for (const s of c.sections) {
            if (/^\d+(?:\.\d+)*\.?$/.test(s.text)) {
              // Real letters cite "Elbow Complaints 2007, Section(s): 326.": the hover does not call it a section.
              assert.ok(!/^Opioid/i.test(c.chapter.text), `${l.id}: a bare number among the Opioids sections`);
              const letter = parseLetter(l.text);
              assert.match(hoverText(letter, s.span.start), /a bare number, not a section/, l.id);
              bare++;
              continue;
            }
            if (!/^Opioid/i.test(c.chapter.text)) continue;
            const num = /^(\d+(?:\.\d+)*)\.? /.exec(s.text)?.[1];
            // A known number, or a subsection of one ("3.3.1.1" under 3.3.1).
            assert.ok(
              num && (nums.has(num) || nums.has(num.replace(/\.\d+$/, ''))),
              `${l.id}: "${s.text}" starts with a known section number`,
            );
            // One section each: no second numbered section inside it.
            assert.doesNotMatch(s.text, /, \d+(?:\.\d+)+ [A-Z]/, `${l.id}: two sections in one: "${s.text}"`);
            opioidSections++;
          }
        }
      }
    }
  }
  assert.ok(opioidSections >= minimumFor(10, letters), `${opioidSections} Opioids sections`);
  if (byFile('CM17-0017734.txt')) assert.ok(bare >= 2, `${bare} bare numbers`);
  const l = byFile('CM17-0017734.txt');
  if (!l) return;
  const c = l.letter.items.flatMap((i) => i.maximus?.citations ?? []).find((x) => x.kind === 'mtus' && /^Opioid/.test(x.chapter.text));
  assert.ok(c && c.kind === 'mtus');
  assert.deepEqual(
    c.sections.map((s) => s.text.split(' ')[0]),
    ['3.3.7.2', '3.3.9', '4.1', '4.2', '3.3.7.1'],
  );
  // The chapter's hover lists each apart; a section's hover names it from the guideline's contents.
  const chapter = hoverText(l.letter, c.chapter.span.start + 1);
  assert.match(
    chapter,
    /Section\(s\) cited:\n\n- 3\.3\.7\.2 [^\n]+\n- 3\.3\.9 [^\n]+\n- 4\.1 Tapering Opioids: Indications for Tapering Opioids\n- 4\.2 /,
  );
  assert.match(hoverText(l.letter, c.sections[2].span.start + 1), /Section 4\.1 of the MTUS Opioids Treatment Guidelines/);
  assert.match(
    hoverText(l.letter, c.sections[0].span.start + 1),
    /A subsection of section 3\.3\.7 of the MTUS Opioids Treatment Guidelines/,
  );
});

test('"3. Opioids for Chronic Pain ...": section 3 is found by its number despite the period', () => {
  const l = byFile('CM17-0012582.txt');
  if (!l) return;
  const c = l.letter.items
    .flatMap((i) => [...(i.claimsAdministrator?.citations ?? []), ...(i.maximus?.citations ?? [])])
    .find((x) => x.kind === 'mtus' && x.sections.some((s) => s.text.startsWith('3. Opioids')));
  assert.ok(c && c.kind === 'mtus' && c.sections[0].text.startsWith('3. Opioids'));
  assert.match(
    hoverText(l.letter, c.sections[0].span.start + 1),
    /Section 3 of the MTUS Opioids Treatment Guidelines .*: Opioids for Chronic Pain and Chronic Opioid Treatment\./,
  );
});

const headerValueAt = (letter: Letter, key: string): number => {
  const f = letter.header?.fields.find((x) => x.key === key);
  assert.ok(f?.value);
  return f.value.span.start + 1;
};

test('statutory intervals say where each clock starts and do not imply a breach; a Standard letter has no expedited note', () => {
  for (const l of corpusLetters()) {
    const letter = parseLetter(l.text);
    const ur = hoverText(letter, headerValueAt(letter, 'urDenialDate'));
    assert.match(ur, /within 30 days after \*\*service\*\* of the UR decision/, l.id);
    assert.match(ur, /5 days more when it was served by mail/, l.id);
    assert.match(ur, /not of its service, so this interval alone does not show a late application/, l.id);
    const decision = hoverText(letter, headerValueAt(letter, 'decisionDate'));
    assert.match(
      decision,
      /Standard review: Labor Code 4610\.6\(d\) allows 30 days from the IMR organisation's receipt of the application \*\*and its supporting documents\*\*/,
      l.id,
    );
    assert.doesNotMatch(decision, /Expedited|allows 3 days/, l.id);
  }
  const l = corpusLetters()[0];
  const expedited = parseLetter(l.text.replace(/Standard/, 'Expedited'));
  assert.match(
    hoverText(expedited, headerValueAt(expedited, 'decisionDate')),
    /Expedited review: Labor Code 4610\.6\(d\) allows 3 days from the IMR organisation's receipt/,
  );
});

test('the 2016 Chronic Pain citation says it is the 2016 update whose pages differ from 2009; the 2009 one does not', () => {
  let seen2016 = 0;
  for (const l of letters) {
    const letter = parseLetter(l.text);
    for (const c of letter.items.flatMap((i) => [...(i.claimsAdministrator?.citations ?? []), ...(i.maximus?.citations ?? [])])) {
      if (c.kind !== 'mtus' || !/chronic pain/i.test(c.chapter.text)) continue;
      const value = hoverText(letter, c.chapter.span.start + 1);
      if (c.year?.text === '2016') {
        assert.match(value, /2016 update of the Chronic Pain Medical Treatment Guidelines/, l.id);
        assert.match(value, /page numbers differ from the 2009 edition's/, l.id);
        seen2016++;
      } else {
        assert.doesNotMatch(value, /2016 update/, l.id);
      }
      for (const p of c.pages) {
        const page = hoverText(letter, p.span.start);
        if (c.year?.text === '2016') assert.match(page, /2016 update .* page numbers differ/, l.id);
        else assert.doesNotMatch(page, /2016 update/, l.id);
      }
    }
  }
  assert.ok(seen2016 >= minimumFor(20, letters), `${seen2016}`);
  // A 2009 page cited under the 2016 chapter: the hover warns the page table may not match.
  const seed = seedLetters().find((s) => /Page\(s\): \d/.test(s.text));
  if (seed) {
    const moved = seed.text.replace(/MTUS Chronic Pain (Medical )?Treatment Guidelines/, 'MTUS Chronic Pain Medical Treatment 2016,');
    const letter = parseLetter(moved);
    const c = letter.items.flatMap((i) => i.maximus?.citations ?? []).find((x) => x.kind === 'mtus' && x.pages.length);
    if (c && c.kind === 'mtus' && c.year?.text === '2016')
      assert.match(hoverText(letter, c.pages[0].span.start), /page numbers differ from the 2009 edition's/);
  }
});

test('injury phase: up to 28 days acute, 29 to 84 subacute, 85 and more chronic', () => {
  assert.equal(painPhase(0), 'acute');
  assert.equal(painPhase(28), 'acute');
  assert.equal(painPhase(29), 'subacute');
  assert.equal(painPhase(84), 'subacute');
  assert.equal(painPhase(85), 'chronic');
});

/** A real letter with its Date of Injury moved to `days` before its UR Denial Date. */
function withInjuryAge(text: string, days: number): Letter {
  const letter = parseLetter(text);
  const ur = letter.header?.fields.find((f) => f.key === 'urDenialDate')?.value?.text as string;
  const doi = letter.header?.fields.find((f) => f.key === 'dateOfInjury')?.value as NonNullable<Letter['header']>['fields'][0]['value'] &
    object;
  const [m, d, y] = ur.split('/').map(Number);
  const when = new Date(Date.UTC(y, m - 1, d) - days * 86_400_000);
  const mdy = `${String(when.getUTCMonth() + 1).padStart(2, '0')}/${String(when.getUTCDate()).padStart(2, '0')}/${when.getUTCFullYear()}`;
  return parseLetter(text.slice(0, doi.span.start) + mdy + text.slice(doi.span.end));
}

test('injury phase at the Date of Injury and on Chronic Pain citations, at 12 weeks exactly and one day past; none on other chapters', () => {
  const l = letters.find(
    (x) => x.id.startsWith('letters/') && /Chronic Pain Medical Treatment 2016/.test(x.text) && /Low Back Complaints/.test(x.text),
  );
  assert.ok(l, 'a letter citing both the Chronic Pain and the Low Back chapters');
  for (const [days, phase] of [
    [84, 'subacute'],
    [85, 'chronic'],
    [28, 'acute'],
    [29, 'subacute'],
  ] as const) {
    const letter = withInjuryAge(l.text, days);
    assert.deepEqual(injuryAge(letter), { days, phase, cumulative: false });
    const onDoi = hoverText(letter, headerValueAt(letter, 'dateOfInjury'));
    assert.match(onDoi, new RegExp(`Injury phase at the UR decision: \\*\\*${phase}\\*\\*, ${days} days`), `${days}`);
    const cites = letter.items.flatMap((i) => [...(i.claimsAdministrator?.citations ?? []), ...(i.maximus?.citations ?? [])]);
    const chronic = cites.find((c) => c.kind === 'mtus' && /Chronic Pain/.test(c.chapter.text));
    const lowBack = cites.find((c) => c.kind === 'mtus' && /Low Back/.test(c.chapter.text));
    assert.ok(chronic && chronic.kind === 'mtus' && lowBack && lowBack.kind === 'mtus');
    assert.match(hoverText(letter, chronic.chapter.span.start + 1), new RegExp(`\\*\\*${phase}\\*\\*, ${days} days`));
    assert.doesNotMatch(hoverText(letter, lowBack.chapter.span.start + 1), /Injury phase/);
  }
  // No phase without a usable pair of dates: an injury after the UR decision, a missing injury date.
  const reversed = withInjuryAge(l.text, -3);
  assert.equal(injuryAge(reversed), undefined);
  assert.doesNotMatch(hoverText(reversed, headerValueAt(reversed, 'dateOfInjury')), /Injury phase/);
  const doi = parseLetter(l.text).header?.fields.find((f) => f.key === 'dateOfInjury')?.value;
  assert.ok(doi);
  const none = parseLetter(l.text.slice(0, doi.span.start) + 'Unknown' + l.text.slice(doi.span.end));
  assert.equal(injuryAge(none), undefined);
  assert.doesNotMatch(hoverText(none, doi.span.start + 1), /Injury phase/);
  // A cumulative injury counts from its last date.
  const ct = parseLetter(l.text.slice(0, doi.span.start) + `01/01/2010 - ${doi.text}` + l.text.slice(doi.span.end));
  const age = injuryAge(ct);
  assert.ok(age && age.cumulative && age.days === injuryAge(parseLetter(l.text))?.days);
});

/** The cells of a CSV row whose quoted cells hold no quotes (as metadata.csv). */
function csvCells(row: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= row.length) {
    if (row[i] === '"') {
      const j = row.indexOf('"', i + 1);
      out.push(row.slice(i + 1, j));
      i = j + 2;
    } else {
      const j = row.indexOf(',', i) < 0 ? row.length : row.indexOf(',', i);
      out.push(row.slice(i, j));
      i = j + 1;
    }
  }
  return out;
}

test("the reviewer's specialty is read whole across a line wrap, and agrees with the metadata elsewhere", () => {
  const meta = new Map<string, { lic: string; spec: string }>();
  const csv = (existsSync(join(corpusDir(), 'metadata.csv')) ? read(join(corpusDir(), 'metadata.csv'), 'utf8') : '').split('\n').slice(1);
  for (const row of csv) {
    const cells = csvCells(row.replace(/\r$/, ''));
    if (cells[0]) meta.set(cells[0], { lic: cells[8], spec: cells[9] });
  }
  let wrapped = 0;
  for (const l of corpusLetters()) {
    const file = l.id.split('/')[1];
    const m = meta.get(file);
    if (!m) continue;
    const letter = parseLetter(l.text);
    const { specialty, licensure } = reviewerCredentials(letter);
    assert.equal(licensure?.text, m.lic, `${l.id}: licensure`);
    if (specialty?.text === m.spec) continue;
    // The metadata was read from one line: where the specialty wraps it holds only the first.
    assert.ok(specialty && specialty.text.startsWith(`${m.spec} `), `${l.id}: "${specialty?.text}" vs "${m.spec}"`);
    assert.ok(['General Preventive Medicine', 'Medicine'].includes(specialty.text.slice(m.spec.length + 1)), `${l.id}: ${specialty.text}`);
    assert.ok(hoverText(letter, letter.sections[0].headingSpan.start + 1).includes(`specialty "${specialty.text}"`), l.id);
    wrapped++;
  }
  if (byFile('CM17-0010885.txt')) assert.ok(wrapped >= 10, `${wrapped} wrapped specialties`);
  // A specialty on its own line, followed by a heading or a label, takes nothing from them.
  const one = parseLetter(
    'HOW THE IMR FINAL DETERMINATION WAS MADE\nState(s) of Licensure: California\nCertification(s)/Specialty: Orthopaedic Surgery\nCLINICAL CASE SUMMARY\nText.\n',
  );
  assert.equal(reviewerCredentials(one).specialty?.text, 'Orthopaedic Surgery');
  assert.equal(reviewerCredentials(one).licensure?.text, 'California');
  assert.deepEqual(reviewerCredentials(parseLetter('')), {});
});
