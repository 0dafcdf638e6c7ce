// The whole letter model of every real letter against its golden file (test/golden/model/<folder>/<letter>.txt):
// header, sections, items, fields, citations, conclusions with their offsets, and what the model's readers make
// of them (test/helpers/modelDump.ts). Any change to what the model finds in a real letter fails here first.
// The same for the hand-written letters of the formats and defects the corpus lacks (written/, cli/), and for
// those letters while they are being written (drafts/: the model after each line, and halfway through it).
// After an intended change, `npm run test:update-goldens` rewrites the files; review their diff in the commit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../server/src/letter';
import { allRealLetters, isFullCorpus } from '../helpers/letters';
import { dumpDraft, dumpModel } from '../helpers/modelDump';
import { drafts, firstDifference, Goldens, WRITTEN } from '../helpers/golden';
import { lineChunks } from '../drafting/typist';

const goldens = new Goldens('model');
const letters = allRealLetters();
const draftId = (id: string): string => `drafts/${id.replace('/', '-')}`;

test('the model of every real letter equals its golden file', () => {
  assert.ok(letters.length > 0, 'no real letters');
  for (const l of letters) goldens.check(l.id, dumpModel(parseLetter(l.text)));
});

test('the model of every hand-written letter equals its golden file', () => {
  for (const w of WRITTEN) goldens.check(w.id, dumpModel(parseLetter(w.text)));
});

test('the model of every hand-written letter while it is being written equals its golden file', () => {
  for (const w of WRITTEN) {
    const states = drafts(w.text);
    assert.ok(states.length > lineChunks(w.text).length + 20, `${w.id}: ${states.length} states, with lines half typed`);
    assert.equal(states.at(-1), w.text);
    goldens.check(draftId(w.id), states.map((t) => `${dumpDraft(parseLetter(t))}\n`).join(''));
  }
});

test('every model golden file belongs to a letter, and updating them is never part of CI', () => {
  // A clone without ../shared runs on the sample in test/fixtures: the goldens of the other letters stay.
  if (!isFullCorpus(letters)) return;
  goldens.checkOrphans(new Set([...letters.map((l) => l.id), ...WRITTEN.flatMap((w) => [w.id, draftId(w.id)])]));
});

test('the dump shows a change in any part of the model', () => {
  const l = letters[0];
  const model = parseLetter(l.text);
  const base = dumpModel(model);
  const item = model.items[0];
  assert.ok(item?.rationale?.conclusion, `${l.id} has a first item with a conclusion`);
  const moved = { ...model, items: [{ ...item, outcomeSlot: item.outcomeSlot + 1 }, ...model.items.slice(1)] };
  assert.notEqual(dumpModel(moved), base, 'an outcome slot one further on');
  const renamed = {
    ...model,
    items: [{ ...item, request: { ...item.request, text: `${item.request.text} 10mg #30` } }, ...model.items.slice(1)],
  };
  assert.match(firstDifference(dumpModel(renamed), base), /request/);
  const noHeader = { ...model, header: undefined };
  assert.match(firstDifference(dumpModel(noHeader), base), /^(?:.*\n)?- header \d+-\d+\n\+ header -$/);
});
