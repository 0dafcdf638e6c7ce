// The body parts of a request and its rationale (server/src/letter/bodyParts.ts) at the edges of the rule that
// reads them: which named parts count as discussed, spine and joint requests together, neighbouring parts, and
// sides written with more than one space or in the plural.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { partsDiscussed, partsInstead, sidedParts } from '../../server/src/letter/bodyParts';

test('parts discussed instead of the requested ones', () => {
  const shoulder = 'The injured worker reports pain in the right shoulder.';
  assert.deepEqual(partsInstead([], shoulder), []);
  assert.deepEqual(partsInstead(['knee'], shoulder), ['shoulder']);
  // One requested part discussed among the worker's findings is enough.
  assert.deepEqual(partsInstead(['knee', 'ankle'], `The knee is swollen. ${shoulder}`), []);
  assert.deepEqual(partsInstead(['knee'], `The knee is swollen. ${shoulder}`), []);
  // A spine request with a joint request: nothing to compare.
  assert.deepEqual(partsInstead(['lumbar spine', 'knee'], shoulder), []);
  assert.deepEqual(partsInstead(['knee', 'lumbar spine'], shoulder), []);
  assert.deepEqual(partsInstead(['lumbar spine', 'knee'], 'The patient has neck pain.'), []);
  // A spine request: other spine regions only.
  assert.deepEqual(partsInstead(['lumbar spine'], 'The patient has neck pain. He has shoulder pain.'), ['cervical spine']);
  assert.deepEqual(partsInstead(['lumbar spine'], shoulder), []);
  // Neighbouring parts: a leg takes in its knee (and an ankle is discussed as the leg's); an elbow is no knee's.
  assert.deepEqual(partsInstead(['leg'], 'The patient has knee pain.'), []);
  assert.deepEqual(partsInstead(['knee'], 'The patient has ankle pain.'), []);
  assert.deepEqual(partsInstead(['knee'], 'The patient has elbow pain.'), ['elbow']);
  assert.deepEqual(partsInstead(['knee', 'hand'], 'The patient has wrist pain.'), []);
  assert.deepEqual(partsInstead(['hand', 'knee'], 'The patient has wrist pain.'), []);
  // The request restated, or a guideline's words, do not count as discussing the part.
  assert.deepEqual(partsInstead(['knee'], `The request for a knee MRI is not supported. ${shoulder}`), ['shoulder']);
});

test('parts discussed about the worker only, in the sentences that speak of the worker', () => {
  const text = 'Guidelines address knee surgery. The patient reports shoulder pain.';
  assert.deepEqual(partsDiscussed(text), ['shoulder', 'knee', 'leg']);
  assert.deepEqual(partsDiscussed(text, true), ['shoulder']);
});

test('sides and parts: any spacing, plurals, feet, words between', () => {
  const read = (t: string) => sidedParts(t).map((s) => [s.side, s.part, s.text]);
  assert.deepEqual(read('right  knee'), [['right', 'knee', 'right knee']]);
  assert.deepEqual(read('left\nfeet'), [['left', 'foot', 'left feet']]);
  assert.deepEqual(read('Bilateral shoulders'), [['bilateral', 'shoulder', 'Bilateral shoulders']]);
  assert.deepEqual(read('left index finger and right lower leg'), [
    ['left', 'hand', 'left index finger'],
    ['right', 'leg', 'right lower leg'],
  ]);
  assert.deepEqual(read('right side'), []);
});
