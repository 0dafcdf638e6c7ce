// Completion on real letters typed top to bottom (test/helpers/completionReplay.ts): what the letter goes on
// to write is among the first three choices after each citation trigger, and a popup that opens on a typed
// space or colon offers something the letter goes on to say. Targets from issue 13.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allRealLetters, corpusLetters, seedLetters } from '../helpers/letters';
import { newReplay, rate, replayTriggers, replayTyping } from '../helpers/completionReplay';

const replay = newReplay();
for (const l of allRealLetters()) replayTriggers(l.id, l.text, replay);
// Every typed space and colon of one extraction of each letter and of the seeds (the other extraction
// repeats the same words in another layout).
for (const l of [...corpusLetters().filter((x) => x.id.startsWith('letters/')), ...seedLetters()]) replayTyping(l.id, l.text, replay);

const share = (n: number, d: number): number => (d ? n / d : 0);

test('completion: after "Decision based on MTUS " the chapter the letter cites is in the top 3 at least 85% of the time', () => {
  console.log(`  MTUS chapter top-3: ${rate(replay.mtus.top3, replay.mtus.asked)}`);
  assert.ok(replay.mtus.asked >= 100, `only ${replay.mtus.asked} "Decision based on MTUS" points replayed`);
  assert.ok(share(replay.mtus.top3, replay.mtus.asked) >= 0.85, replay.mtus.misses.slice(0, 10).join('\n'));
});

test('completion: after "Section(s): " the section the letter cites is in the top 3 at least 85% of the time', () => {
  console.log(`  section top-3: ${rate(replay.sections.top3, replay.sections.asked)}`);
  assert.ok(replay.sections.asked >= 100);
  assert.ok(share(replay.sections.top3, replay.sections.asked) >= 0.85, replay.sections.misses.slice(0, 10).join('\n'));
});

test('completion: after "Non-MTUS Citation " the ODG chapter the letter names is in the top 3 at least 80% of the time', () => {
  console.log(`  ODG chapter top-3: ${rate(replay.nonMtus.top3, replay.nonMtus.asked)}`);
  assert.ok(replay.nonMtus.asked >= 50);
  assert.ok(share(replay.nonMtus.top3, replay.nonMtus.asked) >= 0.8, replay.nonMtus.misses.slice(0, 10).join('\n'));
});

test('completion: at most 20% of the popups on a typed space or colon offer nothing the letter goes on to say', () => {
  const p = replay.popups;
  console.log(`  useless popups: ${rate(p.useless, p.opened)}`);
  for (const [kind, v] of Object.entries(p.byKind)
    .sort((a, b) => b[1].useless - a[1].useless)
    .slice(0, 6))
    console.log(`    ${kind}: ${v.useless}/${v.opened}`);
  assert.ok(p.opened >= 1000, `only ${p.opened} popups opened`);
  assert.ok(share(p.useless, p.opened) <= 0.2, p.examples.slice(0, 10).join('\n'));
});
