#!/usr/bin/env node
// Measures completion on the real letters as they are typed (see test/helpers/completionReplay.ts):
// top-3 after "Decision based on MTUS ", "Section(s): " and "Non-MTUS Citation ", and the share of popups on
// a typed space or colon that offer nothing the letter goes on to say. `--misses` lists what was missed.
// Usage: node scripts/measure-completion.mjs [--misses] [--popups] [--limit N]
import { join } from 'node:path';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';

const args = process.argv.slice(2);
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;
// Bundled under out/ so that the repository's node_modules resolve.
const out = join(process.cwd(), 'out', 'measure-completion.cjs');
await esbuild.build({
  stdin: {
    contents: `export * from './test/helpers/completionReplay'; export { allRealLetters } from './test/helpers/letters';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: out,
  logLevel: 'warning',
  packages: 'external',
});
const r = createRequire(import.meta.url)(out);
const replay = r.newReplay();
const letters = r.allRealLetters().slice(0, limit);
for (const l of letters) {
  r.replayTriggers(l.id, l.text, replay);
  r.replayTyping(l.id, l.text, replay);
}
console.log(`${letters.length} letters`);
console.log(`after "Decision based on MTUS ": top-3 ${r.rate(replay.mtus.top3, replay.mtus.asked)}`);
console.log(`after "Section(s): ":            top-3 ${r.rate(replay.sections.top3, replay.sections.asked)}`);
console.log(`after "Non-MTUS Citation ":      right chapter in top 3 ${r.rate(replay.nonMtus.top3, replay.nonMtus.asked)}`);
console.log(`popups on a typed space or colon offering nothing said next: ${r.rate(replay.popups.useless, replay.popups.opened)}`);
for (const [k, v] of Object.entries(replay.popups.byKind)) console.log(`   ${k}: ${v.useless}/${v.opened} useless`);
if (args.includes('--misses'))
  for (const t of ['mtus', 'sections', 'nonMtus']) for (const m of replay[t].misses) console.log(`${t} MISS ${m}`);
if (args.includes('--popups')) for (const e of replay.popups.examples) console.log(`USELESS ${e}`);
