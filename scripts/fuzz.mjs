// `npm run fuzz -- --count N [--seed S]`: the fuzz and property tests (test/fuzz) with N cases per property
// instead of the bounded number `npm test` runs. Builds the server first (the server fuzz drives dist/server.js).
// Without --seed each property runs the fixed seed and one random seed, printed here and in any failure;
// `--seed S` replays that seed alone (with the --count the failure names, the same cases in the same order).
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const count = option('count') ?? '2000';
const seed = option('seed');
if (!/^\d+$/.test(count) || (seed !== undefined && !/^-?\d+$/.test(seed))) {
  console.error('usage: npm run fuzz -- --count N [--seed S]');
  process.exit(2);
}

const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status || 1);

rmSync('out/fuzz', { recursive: true, force: true });
const entries = readdirSync('test/fuzz')
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => join('test/fuzz', f));
await esbuild.build({
  entryPoints: entries,
  outdir: 'out/fuzz',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  packages: 'external',
  logLevel: 'warning',
});
const files = entries.map((e) => join('out/fuzz', e.replace(/^test\/fuzz\//, '').replace(/\.ts$/, '.js')));
const randomSeed = String(Math.floor(Math.random() * 0x7fffffff) + 1);
console.log(`fuzzing with ${count} cases per property, ${seed ? `seed ${seed}` : `the fixed seed and random seed ${randomSeed}`}`);
const env = { ...process.env, IMR_FUZZ_COUNT: count, ...(seed ? { IMR_FUZZ_SEED: seed } : { IMR_FUZZ_RANDOM_SEED: randomSeed }) };
const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=1', ...files], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
