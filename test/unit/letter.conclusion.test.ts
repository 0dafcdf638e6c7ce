// The conclusion of a rationale, phrase by phrase: each way a decision is written, its negations, the clause
// its negation is read from, conditional sentences that decide nothing, and which of several sentences decides.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../server/src/letter';
import { findConclusion } from '../../server/src/letter/conclusion';

const conclusionOf = (rationale: string) => {
  const text = `IMR ISSUES, DECISIONS AND RATIONALES\nNorco 10/325mg #120: Upheld\nClaims Administrator guideline: Decision based on MTUS Opioid Treatment 2016.\nMAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016.\nDecision rationale: ${rationale}\n`;
  return parseLetter(text).items[0].rationale?.conclusion;
};
const kind = (rationale: string) => conclusionOf(rationale)?.kind;

test('every deciding phrase, positive and negative', () => {
  const positive = [
    'The request is medically necessary.',
    'The request is medically-necessary.',
    'The request is medically  indicated.',
    'The request is medically reasonable.',
    'The request is medically appropriate.',
    'The request is a medical necessity.',
    'The request is a  medical  necessity.',
    'Medical necessity for the request has been established.',
    'Medical necessity has been demonstrated.',
    'Medical necessity is supported.',
    'Medical necessity was substantiated.',
    'The request is necessary.',
    'These sessions are necessary.',
  ];
  for (const r of positive) assert.equal(kind(r), 'necessary', r);
  const negative = [
    'The request is not medically necessary.',
    'The request is unnecessary.',
    'The request is non-necessary.',
    'The request is nonnecessary.',
    'The request is no longer medically necessary.',
    'The request is never medically indicated.',
    'The request cannot be considered medically necessary.',
    'The request can not be considered medically necessary.',
    'The request can  not be considered medically necessary.',
    'The reviewer is unable to find the request medically necessary.',
    'There is a lack of medical documentation, so the request is deemed not-medically necessary.',
    "The request isn't medically necessary.",
    'Medical necessity has not been established.',
    'Medical necessity is not supported.',
    'Medical necessity has not been demonstrated.',
    'The request is not necessary.',
    'These sessions are not necessary.',
  ];
  for (const r of negative) assert.equal(kind(r), 'notNecessary', r);
  assert.equal(kind('There is lack of medical evidence that the request is medically necessary.'), 'notNecessary');
  assert.equal(kind('The request is covered.'), undefined);
});

test("negation is read from the phrase's own clause when that clause is long enough, else from before it", () => {
  assert.equal(kind('Opioids would not be supported long term, as such the requested medication is medically necessary.'), 'necessary');
  assert.equal(kind('Opioids would not be supported; as such the requested medication is medically necessary.'), 'necessary');
  // A clause of under 15 characters cannot carry the negation: it is read from before the comma.
  assert.equal(kind('The request is not, in short, medically necessary.'), 'notNecessary');
  assert.equal(kind('The request is not, honestly, medically necessary.'), 'notNecessary');
});

test('conditional sentences decide nothing; a sentence about the request wins over a later general one', () => {
  assert.equal(kind('If the worker improves, the request is medically necessary.'), undefined);
  assert.equal(kind('Unless pain improves, treatment is medically necessary.'), undefined);
  assert.equal(kind('  Whether it is medically necessary is unclear.'), undefined);
  assert.equal(kind('Therefore the request is not medically necessary. Tapering is medically necessary.'), 'notNecessary');
  assert.equal(
    kind('Tapering is medically necessary. Weaning is not medically necessary.'),
    'notNecessary',
    'the last deciding sentence when none speaks of the request',
  );
  const c = conclusionOf('The worker has pain. As such the request is not medically necessary. Weaning is advised.')!;
  assert.equal(c.sentence.text, 'As such the request is not medically necessary.');
  assert.equal(c.phrase.text, 'medically necessary');
});

test('the phrase is found however far into a long rationale, and after numbers and abbreviations', () => {
  const long = `${'The worker reports pain of 7/10 and takes Norco 10/325 mg. '.repeat(40)}The request is not medically necessary.`;
  assert.equal(kind(long), 'notNecessary');
  const c = conclusionOf('The dose was 2.5 mg. The request is medically necessary.')!;
  assert.equal(c.sentence.text, 'The request is medically necessary.');
  assert.equal(kind('Pain 5.5 out of 10, the request for 1.5 mg is not medically necessary.'), 'notNecessary');
});

// The reader on a rationale's own text (line breaks and all), as the letter model calls it.
const read = (s: string) => findConclusion(s, 0, s.length);

test('"medical necessity ... established" reads across double spaces and line breaks, with or without its negation', () => {
  const cases: [string, string][] = [
    ['Medical  necessity has not been established.', 'notNecessary'],
    ['Medical\nnecessity has not been established.', 'notNecessary'],
    ['Medical necessity has  been established.', 'necessary'],
    ['Medical necessity and efficacy have  been demonstrated.', 'necessary'],
    ['Medical necessity and efficacy have\nbeen demonstrated.', 'necessary'],
    ['Medical necessity is  established.', 'necessary'],
    ['Medical necessity was\n substantiated.', 'necessary'],
    ['Medical necessity is  not established.', 'notNecessary'],
    ['Medical necessity was\nnot supported.', 'notNecessary'],
    ['Medical necessity has  not  been established.', 'notNecessary'],
    ['Medical necessity has not\nbeen demonstrated.', 'notNecessary'],
    // "has not" written without "been": its own verb before the negation.
    ['Medical necessity is something the provider has not  established.', 'notNecessary'],
  ];
  for (const [s, k] of cases) {
    const c = read(s);
    assert.equal(c?.kind, k, s);
    assert.equal(c?.phrase.text, s.replace(/\s+/g, ' ').replace(/\.$/, ''), s);
  }
});

test('a repeated word at a line break ("not not", "been been") or "been not" still reads as the sentence meant', () => {
  // A drafting slip: the word ending one line is typed again at the start of the next; or "not" put after "been".
  const cases: [string, string][] = [
    ['Medical necessity is  not\nnot established.', 'notNecessary'],
    ['Medical necessity was  not\nnot established.', 'notNecessary'],
    ['Medical necessity has  not been\nbeen established.', 'notNecessary'],
    ['Medical necessity has not  been\nbeen established.', 'notNecessary'],
    ['Medical necessity has  been\nbeen established.', 'necessary'],
    ['Medical necessity has been not  established.', 'notNecessary'],
    ['Medical necessity has  been not established.', 'notNecessary'],
    ['Medical necessity has been been\n established.', 'necessary'],
  ];
  for (const [s, k] of cases) assert.equal(read(s)?.kind, k, s);
});

test('words joined by a hyphen are not the verbs of "medical necessity ... established"', () => {
  // Only whitespace separates the words of the phrase: "has-been" (a noun) or "is-not" decides nothing.
  for (const s of [
    'Medical necessity has-been established.',
    'Medical necessity have-been demonstrated.',
    'Medical necessity is-not established.',
    'Medical necessity was-not supported.',
    'Medical necessity has-not been established.',
    'Medical necessity has not-been established.',
    'Medical necessity is not-been established.',
    'Medical necessity was not been-established.',
  ]) {
    assert.equal(read(s), undefined, s);
  }
});

test('"is/are (not) necessary" reads across double spaces and line breaks', () => {
  assert.equal(read('The request is  necessary.')?.phrase.text, 'is necessary');
  assert.equal(read('These sessions are\nnecessary.')?.kind, 'necessary');
  assert.equal(read('The request is not  necessary.')?.kind, 'notNecessary');
  assert.equal(read('These sessions are not\n  necessary.')?.phrase.text, 'are not necessary');
});

test('negations spread over double spaces and line breaks are still negations', () => {
  for (const s of [
    'The request is no  longer medically necessary.',
    'The request is no\nlonger medically necessary.',
    'There is lack  of medical evidence that the request is medically necessary.',
    'There is lack of  medical evidence that the request is medically necessary.',
    'There is lack of\nmedical evidence that the request is medically necessary.',
  ]) {
    assert.equal(read(s)?.kind, 'notNecessary', s);
  }
});

test('the clause after the last comma carries the negation from 15 characters on, not at 14', () => {
  // " as such it is " is 15 characters: the clause is read alone, and the earlier "not" is not its own.
  assert.equal(read('Opioids are not advised long term, as such it is medically necessary.')?.kind, 'necessary');
  assert.equal(read('Opioids are not advised long term; as such it is medically necessary.')?.kind, 'necessary');
  // " so it is now " is 14 characters: too short, so the negation is read from before the comma.
  assert.equal(read('Opioids are not advised, so it is now medically necessary.')?.kind, 'notNecessary');
  assert.equal(read('Opioids are not advised; so it is now medically necessary.')?.kind, 'notNecessary');
});

test('a sentence that opens with a condition decides nothing, one with a condition later still decides', () => {
  // After the first sentence a sentence starts with the space after the full stop.
  assert.equal(read('The worker has pain. If the worker improves, the request is medically necessary.'), undefined);
  assert.equal(read('The worker has pain.\nUnless pain improves, the request is not medically necessary.'), undefined);
  assert.equal(read('The request is medically necessary, even if pain persists.')?.kind, 'necessary');
  assert.equal(read('The request is not medically necessary unless the worker returns to work.')?.kind, 'notNecessary');
  // A first word that merely ends in "if" is no condition.
  assert.equal(read('Sharif requested more therapy, which is medically necessary.')?.kind, 'necessary');
});

test('a connective after an embedded question carries the decision across double spaces, not when hyphenated', () => {
  assert.equal(read('It is unclear why further therapy is needed as  such the request is not medically necessary.')?.kind, 'notNecessary');
  assert.equal(read('It is unclear why further therapy is needed as\nsuch the request is not medically necessary.')?.kind, 'notNecessary');
  // "as-such" is not the connective: the phrase stays inside the question.
  assert.equal(read('It is unclear why further therapy is needed as-such the request is not medically necessary.'), undefined);
});

test('an embedded question decides nothing wherever it stands, and only what follows it can carry a decision', () => {
  // The question word opens the rationale (index 0 of the words before the phrase).
  assert.equal(read('Why the MRI is medically necessary is not explained.'), undefined);
  assert.equal(read('How often therapy is medically necessary is not documented.'), undefined);
  // A connective or a comma before the question does not answer it.
  assert.equal(read('Thus there is no explanation of why further therapy is necessary.'), undefined);
  assert.equal(read('In summary, there is no explanation of why further therapy is necessary.'), undefined);
});

test('a noun "deemed/considered (to be)" before the phrase is a general statement, across spacing; other words are not', () => {
  for (const s of [
    'Physical therapy is covered for services deemed medically necessary.',
    'Home health covers services  deemed to be medically necessary.',
    'Home health covers services deemed  to be medically necessary.',
    'Home health covers services deemed to  be medically necessary.',
    'Home health covers services deemed to be  medically necessary.',
    // Nouns that begin or end like the verbs and adverbs of a finding ("or", "am").
    'The MTUS supports orthotics deemed to be medically necessary for plantar fasciitis.',
    'The MTUS covers a functional restoration program deemed to be medically necessary for chronic pain.',
  ]) {
    assert.equal(read(s), undefined, s);
  }
  // "considered" not right before the phrase is no reduced relative clause.
  assert.equal(read('The therapy considered at the last visit is not medically necessary.')?.kind, 'notNecessary');
});

test('"to be (considered/deemed)" right before the phrase is a requirement, across spacing; elsewhere it is not', () => {
  for (const s of [
    'To be medically necessary, a repeat MRI requires a significant change in symptoms.',
    'In  order to be medically necessary, a repeat MRI requires a significant change in symptoms.',
    'In order to  be medically necessary, a repeat MRI requires a significant change in symptoms.',
    'In order to be  considered medically necessary, a repeat MRI requires a significant change.',
    'In order to be considered  medically necessary, a repeat MRI requires a significant change.',
    'In order to be deemed medically necessary, the program must show functional improvement.',
    'In order to be deemed  medically necessary, the program must show functional improvement.',
    'Guidelines state that,to be considered medically necessary, therapy must show functional improvement.',
    'Guidelines state that,  to be considered medically necessary, therapy must show functional improvement.',
  ]) {
    assert.equal(read(s), undefined, s);
  }
  assert.equal(read('To be thorough, the reviewer notes the request is medically necessary.')?.kind, 'necessary');
});

test('a phrase inside an opening quotation decides nothing; after a closed quotation it decides', () => {
  // The quotation opens the rationale, or follows a space.
  assert.equal(read('"The service is medically necessary when the patient is homebound."'), undefined);
  assert.equal(read('ODG states "the request is medically necessary when pain persists."'), undefined);
  // Two quotation marks: the quotation is closed, even when its closing mark follows a comma.
  assert.equal(read('The worker describes the pain as "sharp, burning," and the request is medically necessary.')?.kind, 'necessary');
  assert.equal(read('The "functional restoration" program requested is medically necessary.')?.kind, 'necessary');
});

test('a sentence starts after a full stop, question mark or exclamation mark followed by a space', () => {
  assert.equal(read('Is the request supported? The request is medically necessary.')?.sentence.text, 'The request is medically necessary.');
  assert.equal(read('Pain is worse! The request is medically necessary.')?.sentence.text, 'The request is medically necessary.');
  // Full stops inside a sentence: a list number, an abbreviation, a web address.
  const list =
    'Per ODG, an MRI is indicated when 1. symptoms persist and 2. red flags are present; the MRI requested is medically necessary.';
  assert.equal(read(list)?.sentence.text, list);
  const abbreviation = 'The second request, i.e., the MRI, is medically necessary.';
  assert.equal(read(abbreviation)?.sentence.text, abbreviation);
  const address = 'Per www.dir.ca.gov the request is medically necessary.';
  assert.equal(read(address)?.sentence.text, address);
});

test('a sentence ends at a full stop, question mark or exclamation mark followed by a space or the end', () => {
  assert.equal(
    read('The request is not medically necessary! It exceeds the guidelines.')?.sentence.text,
    'The request is not medically necessary!',
  );
  assert.equal(read('Is the request medically necessary? No records say so.')?.sentence.text, 'Is the request medically necessary?');
  const decimal = 'The request is medically necessary at 2.5 mg daily.';
  assert.equal(read(decimal)?.sentence.text, decimal);
  const abbreviation = 'The request is medically necessary, i.e., it is supported.';
  assert.equal(read(abbreviation)?.sentence.text, abbreviation);
});

test('up to two closing marks after a full stop end the sentence with it, three do not', () => {
  const two = `Baclofen is advised (ODG: "for spasm.") The request is medically necessary.`;
  assert.equal(read(two)?.sentence.text, 'The request is medically necessary.');
  const three = `Baclofen is advised (ODG: "for 'spasm.'") The request is medically necessary.`;
  assert.equal(read(three)?.sentence.text, three);
});

test('a range that starts at a full stop keeps it: the first character of the range is never a sentence end', () => {
  const text = 'Norco was prescribed. The request is medically necessary.';
  const start = text.indexOf('.');
  const c = findConclusion(text, start, text.length)!;
  assert.equal(c.sentence.text, '. The request is medically necessary.');
  assert.equal(c.sentence.span.start, start);
});

test('a sentence reaches at most 601 characters before and after its phrase', () => {
  // Drug names without a full stop: past 600 characters the sentence is cut.
  const filler = 'Norco, Soma, Xanax, Ambien, '.repeat(30);
  const before = `${filler}the request is medically necessary.`;
  const c = read(before)!;
  const phraseStart = before.indexOf('medically necessary');
  assert.equal(c.sentence.span.start, phraseStart - 601);
  const after = `The request is not medically necessary given ${filler}and more.`;
  const d = read(after)!;
  const phraseEnd = after.indexOf('medically necessary') + 'medically necessary'.length;
  assert.equal(d.sentence.span.end, phraseEnd + 601);
  // Far into a long rationale the sentence still runs from its phrase to its full stop.
  const long = `${'The worker reports pain of 7/10 and takes Norco 10/325 mg. '.repeat(40)}The request is not medically necessary at this time.`;
  assert.equal(read(long)?.sentence.text, 'The request is not medically necessary at this time.');
});

test('a sentence that closes the rationale at the 600-character limit keeps its closing marks', () => {
  const quotation = 'for chronic pain of the lumbar spine with radiculopathy, '.repeat(20);
  const head = 'The request is not medically necessary (ODG: "';
  const phraseEnd = head.indexOf('medically necessary') + 'medically necessary'.length;
  // The full stop stands exactly 600 characters after the phrase, and the rationale ends with its closing marks.
  const text =
    `${head}${quotation}`
      .slice(0, phraseEnd + 600)
      .trimEnd()
      .padEnd(phraseEnd + 600, 's') + '.")';
  assert.equal(text.indexOf('.")'), phraseEnd + 600);
  assert.equal(read(text)?.sentence.span.end, text.length);
});

test('negations are read as written: "can not" in any spacing, but a misspelt one is not guessed at', () => {
  assert.equal(read('The request can\nnot be considered medically necessary.')?.kind, 'notNecessary');
  // "not" must be a word of its own or follow "can" directly; "cannnot" is neither.
  assert.equal(read('The request cannnot be considered medically necessary.')?.kind, 'necessary');
});
