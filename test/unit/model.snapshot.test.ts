// The whole letter model of every real letter against its golden file (test/golden/model/<folder>/<letter>.txt):
// header, sections, items, fields, citations, conclusions with their offsets, and what the model's readers make
// of them (test/helpers/modelDump.ts). Any change to what the model finds in a real letter fails here first.
// The same for the hand-written letters of the formats and defects the corpus lacks (written/, cli/), and for
// those letters while they are being written (drafts/: the model after each line, and halfway through it).
// After an intended change, `npm run test:update-goldens` rewrites the files; review their diff in the commit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseLetter } from '../../server/src/letter';
import { allRealLetters, FIXTURES, isFullCorpus, ROOT } from '../helpers/letters';
import { dumpDraft, dumpModel } from '../helpers/modelDump';
import { lineChunks } from '../drafting/typist';

const GOLDEN = join(ROOT, 'test', 'golden', 'model');
const UPDATE = process.env.IMR_UPDATE_GOLDENS === '1';
const letters = allRealLetters();
const goldenOf = (id: string): string => join(GOLDEN, id);

/** The hand-written letters, by their golden's id. */
const WRITTEN: readonly { id: string; file: string }[] = [
  ...['format2.imr', 'format3.imr'].map((f) => ({ id: `written/${f}`, file: join(FIXTURES, 'written', f) })),
  ...['clean.imr', 'crlf.imr', 'defects.imr'].map((f) => ({ id: `cli/${f}`, file: join(ROOT, 'test', 'cli', 'letters', f) })),
];
const written = WRITTEN.map((w) => ({ ...w, text: readFileSync(w.file, 'utf8') }));

/** Every state of `text` being written line by line: each line half typed, then whole with its line break. */
function drafts(text: string): string[] {
  const out: string[] = [];
  let done = '';
  for (const chunk of lineChunks(text)) {
    const line = chunk.replace(/[\r\n]+$/, '');
    if (line.length > 1) out.push(done + line.slice(0, line.length >> 1));
    done += chunk;
    out.push(done);
  }
  return out;
}

/** Compares `got` with the golden file `id` (writing it first when updating). */
function golden(id: string, got: string): void {
  const file = goldenOf(id);
  if (UPDATE) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, got);
  }
  assert.ok(existsSync(file), `${file} is missing: run npm run test:update-goldens and review the new file`);
  const want = readFileSync(file, 'utf8');
  if (got !== want)
    assert.fail(
      `${id}: the model differs from ${file} (npm run test:update-goldens to accept, then review the diff)\n${firstDifference(got, want)}`,
    );
}

/** The first lines where two dumps part, with a line of context before. */
function firstDifference(got: string, want: string): string {
  const a = got.split('\n');
  const b = want.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [i > 0 ? `  ${a[i - 1]}` : '', `- ${b[i] ?? '(end)'}`, `+ ${a[i] ?? '(end)'}`].filter(Boolean).join('\n');
}

test('the model of every real letter equals its golden file', () => {
  assert.ok(letters.length > 0, 'no real letters');
  for (const l of letters) golden(l.id, dumpModel(parseLetter(l.text)));
});

test('the model of every hand-written letter equals its golden file', () => {
  for (const w of written) golden(w.id, dumpModel(parseLetter(w.text)));
});

test('the model of every hand-written letter while it is being written equals its golden file', () => {
  for (const w of written) {
    const states = drafts(w.text);
    assert.ok(states.length > lineChunks(w.text).length + 20, `${w.id}: ${states.length} states, with lines half typed`);
    assert.equal(states.at(-1), w.text);
    golden(`drafts/${w.id.replace('/', '-')}`, states.map((t) => `${dumpDraft(parseLetter(t))}\n`).join(''));
  }
});

test('every model golden file belongs to a real letter, and updating them is never part of CI', () => {
  assert.ok(!(UPDATE && process.env.CI), 'IMR_UPDATE_GOLDENS in CI would accept any model');
  // A clone without ../shared runs on the sample in test/fixtures: the goldens of the other letters stay.
  if (!isFullCorpus(letters)) return;
  const ids = new Set([...letters.map((l) => l.id), ...written.flatMap((w) => [w.id, `drafts/${w.id.replace('/', '-')}`])]);
  const orphans = readdirSync(GOLDEN, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(GOLDEN.length + 1))
    .filter((id) => !ids.has(id));
  if (UPDATE) for (const id of orphans) rmSync(goldenOf(id));
  else assert.deepEqual(orphans, [], 'golden files of no letter (npm run test:update-goldens removes them)');
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
