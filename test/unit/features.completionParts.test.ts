// The parts completion is built from, in process: what an item is about (its cited chapters and sections
// before the cursor, the chapters its request points to), the 2014 yearless labels a letter uses, the page
// topics offered after a yearless Chronic Pain label, the ranked "Section(s):" choices, and the fixed sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionItemKind } from 'vscode-languageserver-types';
import { parseLetter } from '../../server/src/letter';
import { itemTopic, labelsWithoutYears, type ItemTopic } from '../../server/src/features/itemTopic';
import { afterYearlessLabel, pageTopicChoices } from '../../server/src/features/completionPages';
import { chapterSections, rankedSections, requestPointsTo } from '../../server/src/features/completionSections';
import { FIELD_LABELS, fixedSentences } from '../../server/src/features/completionData';

// Norco cites one chapter on both lines, with other sections on each.
const LETTER = `IMR ISSUES, DECISIONS AND RATIONALES
Norco 10/325mg #60: Upheld
Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2009, Section(s): Opioids, criteria for use.
MAXIMUS guideline: Decision based on Non-MTUS Citation ODG Pain Chapter, Opioids. Decision based on Non-MTUS Citation ODG Pain Chapter. Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2009, Section(s): Weaning.
Decision rationale: The request is not medically necessary.
Physical therapy 12 sessions: Overturned
Claims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.
MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Physical Methods.
Decision rationale: The request is medically necessary.
`;

const plain = (t: ItemTopic) => ({ ...t, citedHere: [...t.citedHere], sectionsCited: [...t.sectionsCited] });

test('item topic: chapters and sections cited before the cursor, the field being written, ODG chapters, and what the request points to', () => {
  const letter = parseLetter(LETTER);
  const [norco, pt] = letter.items;
  const maximus = norco.maximus as NonNullable<typeof norco.maximus>;
  assert.deepEqual(plain(itemTopic(letter, norco, maximus, norco.span.end)), {
    cited: ['Chronic Pain Medical Treatment Guidelines 2009'],
    citedHere: ['Chronic Pain Medical Treatment Guidelines 2009'],
    sectionsCited: [['chronic pain medical treatment guidelines 2009', ['Opioids, criteria for use', 'Weaning']]],
    odgCited: ['Pain Chapter'],
    chapters: ['Opioid Treatment 2016', 'Chronic Pain Medical Treatment 2016'],
    odg: ['Pain Chapter'],
    request: 'Norco 10/325mg #60: Upheld',
  });
  // A citation counts once more than blanks follow it before the cursor (its full stop); the one that reaches
  // the cursor, or only blanks part them, is still being written.
  const third = maximus.citations[2];
  assert.equal(LETTER[third.span.end], '.');
  for (const [offset, citedHere] of [
    [third.span.end + 1, ['Chronic Pain Medical Treatment Guidelines 2009']],
    [third.span.end, []],
    [third.span.end - 1, []],
  ] as const) {
    const t = itemTopic(letter, norco, maximus, offset);
    assert.deepEqual([...t.citedHere], citedHere, `at ${offset}`);
    assert.deepEqual(t.cited, ['Chronic Pain Medical Treatment Guidelines 2009']);
  }
  assert.deepEqual(
    [...itemTopic(letter, norco, maximus, third.span.end - 1).sectionsCited],
    [['chronic pain medical treatment guidelines 2009', ['Opioids, criteria for use']]],
  );
  // Before anything is cited: only what the request points to.
  assert.deepEqual(plain(itemTopic(letter, norco, norco.claimsAdministrator, norco.span.start)), {
    cited: [],
    citedHere: [],
    sectionsCited: [],
    odgCited: [],
    chapters: ['Opioid Treatment 2016', 'Chronic Pain Medical Treatment 2016'],
    odg: ['Pain Chapter'],
    request: 'Norco 10/325mg #60: Upheld',
  });
  // The ODG chapter of a cited MTUS chapter joins the request's.
  assert.deepEqual(plain(itemTopic(letter, pt, pt.maximus, pt.span.end)), {
    cited: ['Low Back Complaints 2004'],
    citedHere: ['Low Back Complaints 2004'],
    sectionsCited: [['low back complaints 2004', ['Physical Methods']]],
    odgCited: [],
    chapters: ['Chronic Pain Medical Treatment 2016'],
    odg: ['Low Back Chapter', 'Pain Chapter'],
    request: 'Physical therapy 12 sessions: Overturned',
  });
  // Writing the Claims Administrator's line: the MAXIMUS line's citations are not "here".
  assert.deepEqual([...itemTopic(letter, pt, pt.claimsAdministrator, pt.span.end).citedHere], []);
  // No item: nothing cited, the chapters of an empty request.
  assert.deepEqual(plain(itemTopic(letter, undefined, undefined, 0)), {
    cited: [],
    citedHere: [],
    sectionsCited: [],
    odgCited: [],
    chapters: ['Chronic Pain Medical Treatment 2016'],
    odg: ['Pain Chapter'],
    request: '',
  });
});

const YEARLESS = `IMR ISSUES, DECISIONS AND RATIONALES
Xanax 1mg: Upheld
Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Benzodiazepines Page(s): 24.
MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Benzodiazepines Page(s): 24. Decision based on MTUS Low Back Complaints 2004, Section(s): Summary.
Decision rationale: Not medically necessary.
Cyclobenzaprine: Upheld
Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines Page(s): 63.
`;

test('labels without years: the 2014 labels before the cursor, commonest first, when they outnumber citations with a year', () => {
  const letter = parseLetter(YEARLESS);
  assert.deepEqual(labelsWithoutYears(letter, letter.text.length), [
    'Chronic Pain Treatment Guidelines',
    'Chronic Pain Medical Treatment Guidelines',
  ]);
  // Up to the second item's start: the second item's citation does not count yet.
  assert.deepEqual(labelsWithoutYears(letter, letter.items[1].span.start), ['Chronic Pain Treatment Guidelines']);
  assert.deepEqual(labelsWithoutYears(letter, 0), []);
  // The citation that reaches the cursor says nothing yet: one yearless against one with a year is not more.
  const first = letter.items[0].maximus?.citations[0] as { span: { end: number } };
  const second = letter.items[0].maximus?.citations[1] as { span: { end: number } };
  assert.deepEqual(labelsWithoutYears(letter, first.span.end), ['Chronic Pain Treatment Guidelines']);
  assert.deepEqual(labelsWithoutYears(letter, first.span.end + 1), ['Chronic Pain Treatment Guidelines']);
  assert.deepEqual(labelsWithoutYears(letter, second.span.end + 1), ['Chronic Pain Treatment Guidelines']);
  // As many with a year as without: none offered.
  const even = parseLetter(
    YEARLESS.replace(
      'Benzodiazepines Page(s): 24. Decision',
      'Benzodiazepines Page(s): 24. Decision based on MTUS Knee Complaints 2004, Section(s): Summary. Decision',
    ),
  );
  assert.deepEqual(labelsWithoutYears(even, even.items[1].span.start), []);
  assert.deepEqual(labelsWithoutYears(parseLetter(LETTER), LETTER.length), []);
});

test('after a yearless Chronic Pain label: what is typed after it; nothing once pages are written or without the label', () => {
  assert.deepEqual(
    [
      'Chronic Pain Treatment Guidelines Benzo',
      'chronic  pain medical treatment guidelines x y',
      '\n  Chronic Pain Medical Treatment Guidelines ',
      'Chronic Pain Treatment Guidelines Benzo Page(s): 2',
      'Chronic Pain Treatment Guidelines Benzo Page (s): 2',
      'Chronic Pain Treatment Guidelines',
      'Chronic Pain Treatment GuidelinesX',
      'MTUS Chronic Pain Treatment Guidelines Benzo',
      'Foo',
    ].map(afterYearlessLabel),
    ['Benzo', 'x y', '', undefined, undefined, undefined, undefined, undefined, undefined],
  );
});

const topic = (request: string, cited: [string, string[]][] = []): ItemTopic => ({
  cited: [],
  citedHere: new Set<string>(),
  sectionsCited: new Map(cited),
  odgCited: [],
  chapters: [],
  odg: [],
  request,
});

test('page topics: every row of the 2009 page table, those the request names first, with confidence and the range to replace', () => {
  const range = { start: { line: 3, character: 2 }, end: { line: 3, character: 9 } };
  const choices = pageTopicChoices(range, topic('Xanax 1mg benzodiazepine'));
  assert.equal(choices.length, 63);
  assert.deepEqual(choices[0], {
    label: 'Benzodiazepines Page(s): 24.',
    kind: CompletionItemKind.Reference,
    detail: 'MTUS Chronic Pain Medical Treatment Guidelines 2009, page table',
    documentation: 'Pages confirmed by a real letter.',
    sortText: '000',
    filterText: 'Benzodiazepines Page(s): 24.',
    textEdit: { range, newText: 'Benzodiazepines Page(s): 24.' },
  });
  assert.deepEqual(
    [choices[1].label, choices[1].sortText, choices[1].documentation],
    [
      'Introduction (incl. functional improvement definitions) Page(s): 1-10.',
      '001',
      'Pages commonly cited, not confirmed by a real letter: check them.',
    ],
  );
  assert.equal(choices[62].sortText, '062');
  // Without a request: table order.
  const none = pageTopicChoices(range, topic(''));
  assert.equal(none[0].label, 'Introduction (incl. functional improvement definitions) Page(s): 1-10.');
  assert.equal(none.findIndex((c) => c.label === 'Benzodiazepines Page(s): 24.') > 0, true);
  // Norco: the opioid rows first, in table order.
  assert.deepEqual(
    pageTopicChoices(range, topic('Norco 10/325mg #60'))
      .slice(0, 3)
      .map((c) => c.label),
    [
      'Opioids (all subsections) Page(s): 74-96.',
      'Opioids, criteria for use Page(s): 76-80.',
      'Opioids, initiating therapy (incl. prophylactic constipation treatment) Page(s): 76-77.',
    ],
  );
});

test('chapter sections: every single section real letters cite in the chapter, commonest first, whatever the case of the key', () => {
  const low = [
    'Special Studies',
    'Physical Methods',
    'Summary',
    'Diagnostic Criteria',
    'Surgical Considerations',
    'Initial Care',
    'General Approach',
  ];
  assert.deepEqual(chapterSections('Low Back Complaints 2004'), low);
  assert.deepEqual(chapterSections('LOW BACK COMPLAINTS 2004'), low);
  assert.deepEqual(chapterSections('Nope 1999'), []);
  assert.deepEqual(chapterSections('Chronic Pain Medical Treatment 2016').slice(0, 6), [
    'Physical medicine treatment',
    'Topical analgesics',
    'Electrodiagnostic testing (EMG/NCS)',
    'Manual therapy & manipulation',
    'Muscle relaxants (for pain)',
    'NSAIDs, GI symptoms & cardiovascular risk',
  ]);
  // Lists are split into the known sections they are made of: no entry holds two of them.
  const cp = chapterSections('Chronic Pain Medical Treatment 2016');
  assert.ok(cp.includes('NSAIDs (non-steroidal anti-inflammatory drugs)'));
  assert.equal(new Set(cp).size, cp.length);
});

test("ranked sections: the item's own citations first, then sections named by a word of the request, then hinted ones, then the rest; listed ones left out", () => {
  const key = 'Chronic Pain Medical Treatment 2016';
  assert.deepEqual(rankedSections(key, topic('Flexeril 10mg #30'), []).slice(0, 4), [
    'Cyclobenzaprine (Flexeril)',
    'Muscle relaxants (for pain)',
    'Physical medicine treatment',
    'Topical analgesics',
  ]);
  assert.deepEqual(rankedSections(key, topic('Neurontin 600mg'), []).slice(0, 3), [
    'Gabapentin (Neurontin)',
    'Physical medicine treatment',
    'Topical analgesics',
  ]);
  assert.deepEqual(
    rankedSections(
      key,
      topic('Neurontin 600mg', [['chronic pain medical treatment 2016', ['Topical analgesics', 'Muscle relaxants (for pain)']]]),
      [' physical  medicine treatment '],
    ).slice(0, 4),
    ['Topical analgesics', 'Muscle relaxants (for pain)', 'Gabapentin (Neurontin)', 'Electrodiagnostic testing (EMG/NCS)'],
  );
  assert.deepEqual(rankedSections('Low Back Complaints 2004', topic('MRI lumbar spine'), []), [
    'Special Studies',
    'Diagnostic Criteria',
    'Physical Methods',
    'Summary',
    'Surgical Considerations',
    'Initial Care',
    'General Approach',
  ]);
  // Two hints: the earlier hint ranks first (imaging before surgery).
  assert.deepEqual(rankedSections('Low Back Complaints 2004', topic('Lumbar fusion and MRI'), ['Summary']), [
    'Special Studies',
    'Diagnostic Criteria',
    'Surgical Considerations',
    'Physical Methods',
    'Initial Care',
    'General Approach',
  ]);
  // A listed section is left out whatever its case and spacing, but not when its words are run together.
  assert.deepEqual(
    rankedSections('Low Back Complaints 2004', topic(''), ['  SPECIAL \n studies ', 'PhysicalMethods']).includes('Special Studies'),
    false,
  );
  assert.deepEqual(rankedSections('Low Back Complaints 2004', topic(''), ['PhysicalMethods']).includes('Physical Methods'), true);
  assert.deepEqual(rankedSections('Low Back Complaints 2004', topic(''), ['special studies']), [
    'Physical Methods',
    'Summary',
    'Diagnostic Criteria',
    'Surgical Considerations',
    'Initial Care',
    'General Approach',
  ]);
});

test('a request points to a section by a shared significant word (six-letter stems, generic words ignored) or by a hint', () => {
  assert.equal(requestPointsTo('Muscle relaxants (for pain)', 'Flexeril 10mg'), true);
  assert.equal(requestPointsTo('Gabapentin (Neurontin)', 'Neurontin 600mg'), true);
  assert.equal(requestPointsTo('Gabapentin (Neurontin)', 'Neurontins'), true);
  assert.equal(requestPointsTo('Physical medicine treatment', 'Physical therapy'), true);
  assert.equal(requestPointsTo('Physical medicine treatment', 'physical exam'), false);
  assert.equal(requestPointsTo('Chronic pain programs', 'chronic treatment'), false);
  assert.equal(requestPointsTo('Special Studies', 'MRI of the knee'), true);
  assert.equal(requestPointsTo('Special Studies', 'Knee brace'), false);
  assert.equal(requestPointsTo('Topical analgesics', ''), false);
  // Neither has a significant word: nothing is shared.
  assert.equal(requestPointsTo('TENS', 'MRI'), false);
  assert.equal(requestPointsTo('', ''), false);
});

test('fixed sentences by party, and the field labels in order', () => {
  assert.deepEqual(fixedSentences('Claims Administrator'), [
    {
      text: 'The Claims Administrator did not cite any medical evidence for its decision.',
      about: 'The Claims Administrator named no guideline. A legitimate sentence, not a missing citation.',
    },
    {
      text: 'The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines.',
      about: 'Always followed by a "Decision based on Non-MTUS Citation ..." sentence naming the source.',
    },
  ]);
  assert.deepEqual(fixedSentences('Expert Reviewer'), [
    {
      text: 'The Expert Reviewer did not cite any medical evidence for its decision.',
      about: 'The Expert Reviewer named no guideline. A legitimate sentence, not a missing citation.',
    },
  ]);
  assert.deepEqual(
    FIELD_LABELS.map((f) => [f.kind, f.label]),
    [
      ['claimsAdministrator', 'Claims Administrator guideline:'],
      ['maximus', 'MAXIMUS guideline:'],
      ['rationale', 'Decision rationale:'],
    ],
  );
});

test('labels without years: the commonest first whatever came first; a citation ending at the cursor does not count yet', () => {
  const text = `IMR ISSUES, DECISIONS AND RATIONALES
Xanax 1mg: Upheld
Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines Page(s): 63.
MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Benzodiazepines Page(s): 24. Decision based on MTUS Chronic Pain Treatment Guidelines Weaning Page(s): 124.
`;
  const letter = parseLetter(text);
  assert.deepEqual(labelsWithoutYears(letter, text.length), [
    'Chronic Pain Treatment Guidelines',
    'Chronic Pain Medical Treatment Guidelines',
  ]);
  const mixed = parseLetter(`IMR ISSUES, DECISIONS AND RATIONALES
Xanax 1mg: Upheld
Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Benzodiazepines Page(s): 24.
MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Summary.
`);
  const withYear = mixed.items[0].maximus?.citations[0] as { span: { end: number } };
  assert.deepEqual(labelsWithoutYears(mixed, withYear.span.end), ['Chronic Pain Treatment Guidelines']);
  assert.deepEqual(labelsWithoutYears(mixed, withYear.span.end + 1), []);
});

test('item topic: a cited chapter without an ODG counterpart adds no ODG chapter', () => {
  const letter = parseLetter(`IMR ISSUES, DECISIONS AND RATIONALES
Knee brace: Upheld
Claims Administrator guideline: Decision based on MTUS Foo Bar Complaints 2004, Section(s): Summary.
`);
  const item = letter.items[0];
  const t = itemTopic(letter, item, item.claimsAdministrator, item.span.end);
  assert.deepEqual(t.cited, ['Foo Bar Complaints 2004']);
  assert.deepEqual(t.odg, ['Knee & Leg Chapter', 'Pain Chapter']);
});
