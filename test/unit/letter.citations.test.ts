// MTUS citations read part by part (server/src/letter/citations.ts): chapters joined by ", and", labels wrapped
// onto the next line, in any case or unknown, the "Section(s):" and "Page(s):" spellings, page ranges and
// lists, and the topic left between a chapter and its pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCitations } from '../../server/src/letter/citations';

/** Each MTUS chapter of the sentence as [chapter, year, sections, topic, pages], texts only. */
function read(sentence: string): unknown[] {
  return parseCitations(sentence, 0, sentence.length).map((c) =>
    c.kind === 'mtus'
      ? [c.chapter.text, c.year?.text, c.sections.map((s) => s.text), c.topic?.text, c.pages.map((p) => [p.from, p.to])]
      : [c.kind],
  );
}

const MTUS = 'Decision based on MTUS ';

test('chapters joined by ", and", with labels that hold ", and" or wrap onto the next line', () => {
  assert.deepEqual(read(`${MTUS}Low Back Complaints 2004, and Forearm, Wrist, and Hand Complaints 2004, Section(s): Special Studies.`), [
    ['Low Back Complaints', '2004', [], undefined, []],
    ['Forearm, Wrist, and Hand Complaints', '2004', ['Special Studies'], undefined, []],
  ]);
  assert.deepEqual(read(`${MTUS}Low Back Complaints 2004, and Knee\nComplaints 2004.`), [
    ['Low Back Complaints', '2004', [], undefined, []],
    ['Knee Complaints', '2004', [], undefined, []],
  ]);
  assert.deepEqual(read(`${MTUS}Forearm, Wrist, and Hand\nComplaints 2004, Section(s): Special Studies.`), [
    ['Forearm, Wrist, and Hand Complaints', '2004', ['Special Studies'], undefined, []],
  ]);
});

test('chapter labels in any case, a label starting with A, and labels not known', () => {
  assert.deepEqual(read(`${MTUS}Acupuncture Medical Treatment Guidelines 2007.`), [
    ['Acupuncture Medical Treatment Guidelines', '2007', [], undefined, []],
  ]);
  assert.deepEqual(read(`${MTUS}acupuncture medical treatment guidelines 2007.`), [
    ['acupuncture medical treatment guidelines', '2007', [], undefined, []],
  ]);
  assert.deepEqual(read(`${MTUS}low back complaints 2004, Section(s): Special Studies.`), [
    ['low back complaints', '2004', ['Special Studies'], undefined, []],
  ]);
  // A known label, then what follows it is the topic; an unknown one runs to its year, or to the end.
  assert.deepEqual(read(`${MTUS}ACOEM, Chapter 12, Section(s): Special Studies.`), [
    ['ACOEM', undefined, ['Special Studies'], ', Chapter 12', []],
  ]);
  assert.deepEqual(read(`${MTUS}\u201cChronic Pain Medical Treatment Guidelines\u201d 2009, Section(s): Opioids.`), [
    ['\u201cChronic Pain Medical Treatment Guidelines\u201d', '2009', ['Opioids'], undefined, []],
  ]);
  assert.deepEqual(read(`${MTUS}9792.24.2, Section(s): Opioids.`), [['9792.24.2', undefined, ['Opioids'], undefined, []]]);
});

test('"Section(s):" in its spellings, with or without spaces and a comma before it', () => {
  const want = [['Chronic Pain Medical Treatment Guidelines', '2009', ['Opioids'], undefined, []]];
  for (const label of [', Section(s): ', ', Sections: ', ' Section: ', ',Section(s):', ', section(s) : '])
    assert.deepEqual(read(`${MTUS}Chronic Pain Medical Treatment Guidelines 2009${label}Opioids.`), want, label);
  assert.deepEqual(
    read(`${MTUS}Chronic Pain Medical Treatment Guidelines 2009, Section(s): Opioids, criteria for use, Opioids, long-term assessment.`),
    [['Chronic Pain Medical Treatment Guidelines', '2009', ['Opioids, criteria for use', 'Opioids, long-term assessment'], undefined, []]],
  );
});

test('pages: ranges with hyphens, dashes and spaces, lists, four digits; the topic before them', () => {
  const cp = `${MTUS}Chronic Pain Medical Treatment Guidelines`;
  assert.deepEqual(read(`${cp} 2009 Page(s): 78-80.`), [['Chronic Pain Medical Treatment Guidelines', '2009', [], undefined, [[78, 80]]]]);
  assert.deepEqual(read(`${cp} Page(s): 24, 66 - 68, 113\u2013114.`), [
    [
      'Chronic Pain Medical Treatment Guidelines',
      undefined,
      [],
      undefined,
      [
        [24, 24],
        [66, 68],
        [113, 114],
      ],
    ],
  ]);
  assert.deepEqual(read(`${cp} Page(s):24,66.`), [
    [
      'Chronic Pain Medical Treatment Guidelines',
      undefined,
      [],
      undefined,
      [
        [24, 24],
        [66, 66],
      ],
    ],
  ]);
  assert.deepEqual(read(`${cp} Pages: 24.`), [['Chronic Pain Medical Treatment Guidelines', undefined, [], undefined, [[24, 24]]]]);
  assert.deepEqual(read(`${cp}, Page(s): 24 - 25, 1234.`), [
    [
      'Chronic Pain Medical Treatment Guidelines',
      undefined,
      [],
      undefined,
      [
        [24, 25],
        [1234, 1234],
      ],
    ],
  ]);
  assert.deepEqual(read(`${cp}, Benzodiazepines, Page(s): 24.`), [
    ['Chronic Pain Medical Treatment Guidelines', undefined, [], ', Benzodiazepines,', [[24, 24]]],
  ]);
  // "Page" without its "(s)" is no page reference: it stays in the topic.
  assert.deepEqual(read(`${cp} Page 24.`), [['Chronic Pain Medical Treatment Guidelines', undefined, [], 'Page 24', []]]);
  // Whichever of pages and sections comes first is read.
  assert.deepEqual(read(`${cp} 2009, Page(s): 78, Section(s): Opioids.`), [
    ['Chronic Pain Medical Treatment Guidelines', '2009', [], undefined, [[78, 78]]],
  ]);
});

test('pages after the sections end them, in any spelling of their label; a page word inside a section does not', () => {
  const cp = `${MTUS}Chronic Pain Medical Treatment Guidelines 2009, Section(s): Opioids, criteria for use`;
  const want = (pages: [number, number][]) => [
    ['Chronic Pain Medical Treatment Guidelines', '2009', ['Opioids, criteria for use'], undefined, pages],
  ];
  for (const label of [', Page(s): ', ' Page(s): ', ', Pages: ', '; Page: ', ',Page (s):', ', Page(s) : ', ', page(s):', '\nPage(s):\n'])
    assert.deepEqual(read(`${cp}${label}78-80.`), want([[78, 80]]), JSON.stringify(label));
  assert.deepEqual(
    read(`${cp}, Page(s): 76, 78.`),
    want([
      [76, 76],
      [78, 78],
    ]),
  );
  // Without a colon, or inside a word, "page" is part of a section's name.
  assert.deepEqual(read(`${MTUS}Chronic Pain Medical Treatment Guidelines 2009, Section(s): Homepage notes.`), [
    ['Chronic Pain Medical Treatment Guidelines', '2009', ['Homepage notes'], undefined, []],
  ]);
  assert.deepEqual(read(`${MTUS}Chronic Pain Medical Treatment Guidelines 2009, Section(s): Opioids Page 78.`), [
    ['Chronic Pain Medical Treatment Guidelines', '2009', ['Opioids Page 78'], undefined, []],
  ]);
});

test('the first chapter: its known label ends where it ends, wherever it starts after "MTUS"', () => {
  const fwh = ['Forearm, Wrist, and Hand Complaints', '2004', [], undefined, []];
  // The ", and" inside the label is no cut: with the label run into "MTUS" (a space lost in extraction), after two
  // spaces, and after a line break and an indent longer than the part of the label after that ", and".
  assert.deepEqual(read('Decision based on MTUSForearm, Wrist, and Hand Complaints 2004.'), [fwh]);
  assert.deepEqual(read(`${MTUS} Forearm, Wrist, and Hand Complaints 2004.`), [fwh]);
  assert.deepEqual(read(`${MTUS}\n            Forearm, Wrist, and Hand Complaints 2004.`), [fwh]);
  // A ", and" right at the end of the known label is a cut: the label without a year is a chapter of its own.
  assert.deepEqual(read(`${MTUS}Low Back Complaints, and Knee Complaints 2004.`), [
    ['Low Back Complaints', undefined, [], undefined, []],
    ['Knee Complaints', '2004', [], undefined, []],
  ]);
  // A label starting with a letter no known label starts with (W) is cut at its ", and" all the same.
  assert.deepEqual(read(`${MTUS}Work Loss Data Institute 2009, and Knee Complaints 2004.`), [
    ['Work Loss Data Institute', '2009', [], undefined, []],
    ['Knee Complaints', '2004', [], undefined, []],
  ]);
});

test('a later chapter: its label, up to its year, is never cut, known or not', () => {
  // "Complaint" (singular) makes the label unknown: its ", and Hand" stays in it.
  assert.deepEqual(read(`${MTUS}Low Back Complaints 2004, and Forearm, Wrist, and Hand Complaint 2004.`), [
    ['Low Back Complaints', '2004', [], undefined, []],
    ['Forearm, Wrist, and Hand Complaint', '2004', [], undefined, []],
  ]);
});

test('a lower-case known label is known: what follows it without a year is the topic', () => {
  assert.deepEqual(read(`${MTUS}acoem, chapter 12, Section(s): Special Studies.`), [
    ['acoem', undefined, ['Special Studies'], ', chapter 12', []],
  ]);
  assert.deepEqual(read(`${MTUS}low back complaints, chapter 12.`), [['low back complaints', undefined, [], ', chapter 12', []]]);
});

test('commas alone between the chapter and its pages are no topic, with a year or without', () => {
  const cp = `${MTUS}Chronic Pain Medical Treatment Guidelines`;
  assert.deepEqual(read(`${cp} 2009,, Page(s): 78-80.`), [
    ['Chronic Pain Medical Treatment Guidelines', '2009', [], undefined, [[78, 80]]],
  ]);
  assert.deepEqual(read(`${cp} 2009, , Page(s): 78-80.`), [
    ['Chronic Pain Medical Treatment Guidelines', '2009', [], undefined, [[78, 80]]],
  ]);
  assert.deepEqual(read(`${cp},, Page(s): 24.`), [['Chronic Pain Medical Treatment Guidelines', undefined, [], undefined, [[24, 24]]]]);
  // One more character than commas and spaces is a topic.
  assert.deepEqual(read(`${cp},, x, Page(s): 24.`), [['Chronic Pain Medical Treatment Guidelines', undefined, [], ',, x,', [[24, 24]]]]);
});

test('pages after the sections start after their label: a number ending the sections is no page', () => {
  assert.deepEqual(read(`${MTUS}Chronic Pain Medical Treatment Guidelines 2009, Section(s): Opioids, Part 2, Page(s): 78-80.`), [
    ['Chronic Pain Medical Treatment Guidelines', '2009', ['Opioids', 'Part 2'], undefined, [[78, 80]]],
  ]);
});

test('an unknown section keeps the pieces after it that start in lower case, even with capitals further in', () => {
  assert.deepEqual(read(`${MTUS}Chronic Pain Medical Treatment Guidelines 2009, Section(s): Opioid dosing, with NSAIDs, Opioids.`), [
    ['Chronic Pain Medical Treatment Guidelines', '2009', ['Opioid dosing, with NSAIDs', 'Opioids'], undefined, []],
  ]);
});
