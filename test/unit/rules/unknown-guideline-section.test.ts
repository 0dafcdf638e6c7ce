// unknown-guideline-section: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimumFor } from '../../helpers/letters';
import { spellingTolerance } from '../../../server/src/kb/vocabulary';
import { check, splice, corpus, real, oneItemLetter, reported } from './inject';

test('unknown-guideline-section: a misspelt "Section(s):" topic (fix restores the spelling)', () => {
  const n = check(
    'unknown-guideline-section',
    real,
    (letter, text) => {
      for (const item of letter.items) {
        for (const f of [item.claimsAdministrator, item.maximus]) {
          for (const c of f?.citations ?? []) {
            if (c.kind !== 'mtus' || /^Opioid/.test(c.chapter.text)) continue;
            const s = c.sections.find((x) => /^[A-Za-z]{6,}/.test(x.text) && !/\n/.test(text.slice(x.span.start, x.span.end)));
            if (!s) continue;
            // Swap two letters inside the first word: "Special" -> "Spceial".
            const w = text.slice(s.span.start, s.span.end);
            const typo = w[0] + w[2] + w[1] + w.slice(3);
            if (typo === w) continue;
            return { text: splice(text, s.span.start, s.span.end, typo), at: s.span.start };
          }
        }
      }
      return undefined;
    },
    { fix: 'required' },
  );
  assert.ok(n >= minimumFor(150, real), `${n}`);
});

test('unknown-guideline-section: a topic of another chapter, and an unknown opioid section number', () => {
  const n = check('unknown-guideline-section', real, (letter, text) => {
    for (const item of letter.items) {
      for (const c of item.maximus?.citations ?? []) {
        if (c.kind === 'mtus' && /Complaints/.test(c.chapter.text) && c.sections.length) {
          const s = c.sections[0];
          return { text: splice(text, s.span.start, s.span.end, 'Topical analgesics'), at: s.span.start };
        }
      }
    }
    return undefined;
  });
  const m = check('unknown-guideline-section', real, (letter, text) => {
    for (const item of letter.items) {
      for (const c of item.maximus?.citations ?? []) {
        const s = c.kind === 'mtus' && /^Opioid/.test(c.chapter.text) ? c.sections.find((x) => /^\d/.test(x.text)) : undefined;
        if (s) return { text: splice(text, s.span.start, s.span.start + s.text.split(' ')[0].length, '7.7'), at: s.span.start };
      }
    }
    return undefined;
  });
  assert.ok(n >= minimumFor(40, real) && m >= minimumFor(4, real), `${n} ${m}`);
});

test('unknown-guideline-section: a misspelt title of a numbered Opioid Treatment 2016 section (fix)', () => {
  const n = check(
    'unknown-guideline-section',
    corpus,
    (_letter, text) => {
      const i = text.indexOf('Maintenance of Chronic Opioid');
      return i < 0 ? undefined : { text: text.slice(0, i) + 'Maintenence' + text.slice(i + 'Maintenance'.length), at: i };
    },
    { fix: 'required' },
  );
  assert.ok(n >= minimumFor(10, corpus), `${n}`);
});

test('unknown-guideline-section: spelling tolerance at its limits (1 edit up to 4 letters, 2 up to 12, then a fifth of the length, at most 4)', () => {
  for (const [len, tol] of [
    [1, 1],
    [4, 1],
    [5, 2],
    [12, 2],
    [13, 2],
    [15, 3],
    [20, 4],
    [40, 4],
  ] as const)
    assert.equal(spellingTolerance('x'.repeat(len)), tol, `${len} letters`);
  // "Initial Care" (12 letters): two edits away is still recognised, three is not.
  const fixOf = (topic: string) =>
    reported(
      'unknown-guideline-section',
      oneItemLetter('Norco 10/325mg #120', { maximus: `Decision based on MTUS Low Back Complaints 2004, Section(s): ${topic}.` }),
    )[0]?.fixes?.map((f) => f.edits[0].newText);
  assert.deepEqual(
    reported(
      'unknown-guideline-section',
      oneItemLetter('Norco 10/325mg #120', { maximus: 'Decision based on MTUS Low Back Complaints 2004, Section(s): Initial Care.' }),
    ),
    [],
  );
  assert.ok(fixOf('Inital Care')?.includes('Initial Care'), 'one edit');
  assert.ok(fixOf('Inital Cere')?.includes('Initial Care'), 'two edits');
  assert.ok(!fixOf('Inatal Cere')?.includes('Initial Care'), 'three edits');
});

/** What the rule reports on a one-item letter whose MAXIMUS citation is "Decision based on MTUS <cited>". */
function findings(cited: string) {
  const text = oneItemLetter('Norco 10/325mg #120', { maximus: `Decision based on MTUS ${cited}` });
  return reported('unknown-guideline-section', text).map((p) => ({
    at: text.slice(p.span.start, p.span.end),
    message: p.message,
    level: p.level,
    fixes: p.fixes?.map((f) => ({
      title: f.title,
      edits: f.edits.map((e) => `${text.slice(e.span.start, e.span.end)} -> ${e.newText}`),
      safe: f.safe,
    })),
  }));
}

test('unknown-guideline-section: a misspelt topic is a warning with the spelling as its fix (safe when it is the only suggestion)', () => {
  assert.deepEqual(findings('Low Back Complaints 2004, Section(s): Inital Care, Physical Methods.'), [
    {
      at: 'Inital Care',
      message: '"Inital Care" is not a section of Low Back Complaints 2004; did you mean "Initial Care"?',
      level: 'warning',
      fixes: [{ title: 'Change to "Initial Care"', edits: ['Inital Care -> Initial Care'], safe: true }],
    },
  ]);
  // A topic wrapped over two lines is quoted on one and replaced whole.
  assert.deepEqual(findings('Low Back Complaints 2004, Section(s): Spceial\nStudies.'), [
    {
      at: 'Spceial\nStudies',
      message: '"Spceial Studies" is not a section of Low Back Complaints 2004; did you mean "Special Studies"?',
      level: 'warning',
      fixes: [{ title: 'Change to "Special Studies"', edits: ['Spceial\nStudies -> Special Studies'], safe: true }],
    },
  ]);
  // Two suggestions: both offered, neither safe.
  assert.deepEqual(findings('Chronic Pain Medical Treatment 2016, Section(s): hysical medicine.'), [
    {
      at: 'hysical medicine',
      message:
        '"hysical medicine" is not a section of Chronic Pain Medical Treatment 2016; did you mean "Physical medicine" or "Physical Medicine"?',
      level: 'warning',
      fixes: [
        { title: 'Change to "Physical medicine"', edits: ['hysical medicine -> Physical medicine'], safe: false },
        { title: 'Change to "Physical Medicine"', edits: ['hysical medicine -> Physical Medicine'], safe: false },
      ],
    },
  ]);
  // A chapter cited without its year is named without one.
  assert.equal(
    findings('Chronic Pain Medical Treatment, Section(s): Topcal analgesics.')[0]?.message,
    '"Topcal analgesics" is not a section of Chronic Pain Medical Treatment; did you mean "Topical analgesics"?',
  );
});

test('unknown-guideline-section: a misspelt topic split at its commas is reported and fixed whole, and the pieces after it are read on', () => {
  assert.deepEqual(findings('Postsurgical Treatment 2009, Section(s): Forarm, Wrist, & Hand, Shoulder, Zebra.'), [
    {
      at: 'Forarm, Wrist, & Hand',
      message: '"Forarm, Wrist, & Hand" is not a section of Postsurgical Treatment 2009; did you mean "Forearm, Wrist, & Hand"?',
      level: 'warning',
      fixes: [{ title: 'Change to "Forearm, Wrist, & Hand"', edits: ['Forarm, Wrist, & Hand -> Forearm, Wrist, & Hand'], safe: true }],
    },
    {
      at: 'Zebra',
      message: '"Zebra" is not a known section of Postsurgical Treatment 2009: check the guideline\'s table of contents.',
      level: 'information',
      fixes: undefined,
    },
  ]);
});

test('unknown-guideline-section: a topic of another chapter is a warning naming it; an unknown one only information', () => {
  assert.deepEqual(findings('Low Back Complaints 2004, Section(s): Topical analgesics.'), [
    {
      at: 'Topical analgesics',
      message: '"Topical analgesics" is a section of Chronic Pain Medical Treatment 2016, not of Low Back Complaints 2004.',
      level: 'warning',
      fixes: undefined,
    },
  ]);
  assert.deepEqual(findings('Low Back Complaints 2004, Section(s): Zebra Crossing.'), [
    {
      at: 'Zebra Crossing',
      message: '"Zebra Crossing" is not a known section of Low Back Complaints 2004: check the guideline\'s table of contents.',
      level: 'information',
      fixes: undefined,
    },
  ]);
  // Page numbers in the list are not topics; a number with a letter is.
  assert.deepEqual(
    findings('Chronic Pain Medical Treatment 2016, Section(s): Topical analgesics, 326, 326 - 327, 12a.').map((f) => [f.at, f.level]),
    [['12a', 'information']],
  );
  // No vocabulary (an unknown chapter, or a chapter year without topics): nothing to check against.
  assert.deepEqual(findings('Foo Bar 2016, Section(s): Zebra.'), []);
  assert.deepEqual(findings('Low Back Complaints, Section(s): Zebra Crossing.'), []);
});

test('unknown-guideline-section: numbered Opioid Treatment 2016 sections (number, then the title as the guideline spells it)', () => {
  const title = '3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment';
  const misspelt = title.replace('Maintenance', 'Maintenence');
  assert.deepEqual(findings(`Opioid Treatment 2016, Section(s): ${misspelt}.`), [
    {
      at: misspelt,
      message: `"${misspelt}" is not spelt as the section of Opioid Treatment 2016; did you mean "${title}"?`,
      level: 'warning',
      fixes: [{ title: `Change to "${title}"`, edits: [`${misspelt} -> ${title}`], safe: undefined }],
    },
  ]);
  // The title cut short, or run on by a letter, is the same section; the number alone, or a sub-section of a known one, too.
  for (const fine of [title, '3.3.9 Opioids for Chronic Pain', `${title}s`, '3.3.9', '3.3.1.2 Foo bar'])
    assert.deepEqual(findings(`Opioid Treatment 2016, Section(s): ${fine}.`), [], fine);
  // A number with two titles in letters (with and without the chapter's name): the short one is suggested for its misspelling.
  assert.deepEqual(
    findings('Opioid Treatment 2016, Section(s): 3.3.9 Maintenence of Chronic Opioid Treatment.').map((f) => f.fixes?.[0].edits),
    [['3.3.9 Maintenence of Chronic Opioid Treatment -> 3.3.9 Maintenance of Chronic Opioid Treatment']],
  );
  // A title is checked against the titles of its own number only: 3.3.8 with 3.3.9's title (or one letter off it)
  // is not taken for a misspelt 3.3.9; it is far from 3.3.8's own title, so nothing is suggested.
  const wrongNumber = title.replace('3.3.9', '3.3.8');
  for (const t of [wrongNumber, wrongNumber.replace('Maintenance', 'Maintenence'), '4.2 Indications for Tapering Opioids'])
    assert.deepEqual(findings(`Opioid Treatment 2016, Section(s): ${t}.`), [], t);
  assert.deepEqual(findings('Opioid Treatment 2016, Section(s): 7.7 Foo.'), [
    { at: '7.7 Foo', message: '"7.7" is not a section number of Opioid Treatment 2016.', level: 'warning', fixes: undefined },
  ]);
  assert.deepEqual(findings('Opioid Treatment 2016, Section(s): Zebra crossing.'), [
    {
      at: 'Zebra crossing',
      message: '"Zebra crossing" is not a known section of Opioid Treatment 2016: check the guideline\'s table of contents.',
      level: 'information',
      fixes: undefined,
    },
  ]);
});

test('unknown-guideline-section: trailing periods are left out of the quoted topic and of the fix; spaces in a joined topic are collapsed', () => {
  assert.deepEqual(findings('Low Back Complaints 2004, Section(s): Spceial Studies..'), [
    {
      at: 'Spceial Studies.',
      message: '"Spceial Studies" is not a section of Low Back Complaints 2004; did you mean "Special Studies"?',
      level: 'warning',
      fixes: [{ title: 'Change to "Special Studies"', edits: ['Spceial Studies -> Special Studies'], safe: true }],
    },
  ]);
  // Periods and spaces mixed at the end are all left out of the quoted topic.
  assert.deepEqual(
    findings('Low Back Complaints 2004, Section(s): Zebra Crossing ..').map((f) => [f.at, f.message]),
    [
      [
        'Zebra Crossing .',
        '"Zebra Crossing" is not a known section of Low Back Complaints 2004: check the guideline\'s table of contents.',
      ],
    ],
  );
  assert.deepEqual(
    findings('Postsurgical Treatment 2009, Section(s): Forarm,  Wrist, & Hand.').map((f) => [f.at, f.message]),
    [
      [
        'Forarm,  Wrist, & Hand',
        '"Forarm, Wrist, & Hand" is not a section of Postsurgical Treatment 2009; did you mean "Forearm, Wrist, & Hand"?',
      ],
    ],
  );
  // A known topic is not joined with the misspelt one after it.
  assert.deepEqual(
    findings('Low Back Complaints 2004, Section(s): Special Studies, Summry.').map((f) => [f.at, f.fixes?.[0].edits]),
    [['Summry', ['Summry -> Summary']]],
  );
});

test('unknown-guideline-section: page ranges are not topics, numbered topics outside the Opioid chapter are plain topics, and a topic of several other chapters names them all', () => {
  assert.deepEqual(
    findings('Low Back Complaints 2004, Section(s): 7.7 Foo, Zebra 12, 326-327, 326 -327, 326- 327.').map((f) => [
      f.at,
      f.message,
      f.level,
    ]),
    [
      ['7.7 Foo', '"7.7 Foo" is not a known section of Low Back Complaints 2004: check the guideline\'s table of contents.', 'information'],
      [
        'Zebra 12',
        '"Zebra 12" is not a known section of Low Back Complaints 2004: check the guideline\'s table of contents.',
        'information',
      ],
    ],
  );
  assert.deepEqual(
    findings('Opioid Treatment 2016, Section(s): Special Studies.').map((f) => [f.at, f.message, f.level]),
    [
      [
        'Special Studies',
        '"Special Studies" is a section of Low Back Complaints 2004, Neck and Upper Back Complaints 2004, Shoulder Complaints 2004, Knee Complaints 2004, Forearm, Wrist, and Hand Complaints 2004, Ankle and Foot Complaints 2004, not of Opioid Treatment 2016.',
        'warning',
      ],
    ],
  );
});

test('unknown-guideline-section: a numbered section of Opioid Treatment without a year, or with its title cut short by a letter or two, is not questioned', () => {
  assert.deepEqual(findings('Opioid Treatment, Section(s): 3.3.9 Foo.'), []);
  const title = '3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment';
  assert.deepEqual(findings(`Opioid Treatment 2016, Section(s): ${title.slice(0, -2)}.`), []);
  // Spelling is compared on letters and digits only: a hyphen inside a word does not make a cut-short title misspelt.
  assert.deepEqual(findings(`Opioid Treatment 2016, Section(s): ${title.slice(0, -2).replace('Maintenance', 'Main-tenance')}.`), []);
  // The number may end with a period: the title is still checked under its number.
  const misspelt = title.replace('3.3.9 ', '3.3.9. ').replace('Maintenance', 'Maintenence');
  assert.deepEqual(
    findings(`Opioid Treatment 2016, Section(s): ${misspelt}.`).map((f) => f.fixes?.[0].edits),
    [[`${misspelt} -> ${title}`]],
  );
});
