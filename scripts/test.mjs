// `npm test`: build, type-check, lint, then unit and protocol tests (node's test runner), grammar tests,
// the Neovim client test and the real-VS-Code suite (each says clearly when it is skipped).
// `node scripts/test.mjs unit [test/x.test.ts ...]` runs only the named test files; `--update-goldens` makes them
// rewrite their golden files (the command line's, test/golden/*) instead of comparing against them
// (npm run test:update-goldens: every unit test).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';

const argv = process.argv.slice(2);
const files = argv.filter((a) => a.endsWith('.test.ts'));
const updateGoldens = argv.includes('--update-goldens');
const only = argv.filter((a) => !a.startsWith('--') && !files.includes(a));
const want = (step) => only.length === 0 || only.includes(step);
const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) {
    console.error(`\n${[cmd, ...args].join(' ')} failed (exit ${r.status})`);
    process.exit(r.status || 1);
  }
};

// Says which letters the tests run on: 'full' or 'sample', false to stop. The full corpus is ../shared (or
// IMR_CORPUS_DIR / IMR_SEEDS_DIR); a plain clone runs on the sample in test/fixtures, but CI (env CI set) must not
// quietly shrink to it.
function corpusInUse() {
  const shared = (name, env) => (process.env[env] ? resolve(process.env[env]) : resolve('..', 'shared', name));
  const corpus = shared('corpus', 'IMR_CORPUS_DIR');
  const seeds = shared('seeds', 'IMR_SEEDS_DIR');
  const full = existsSync(join(corpus, 'expected-outcomes.json')) && existsSync(seeds);
  const count = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).length : 0);
  if (full) {
    console.log(
      `corpus: ${corpus} (${count(join(corpus, 'letters'))} + ${count(join(corpus, 'letters-layout'))} letters), seeds: ${seeds} (${count(seeds)})`,
    );
    return 'full';
  }
  const ci = process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
  if (ci) {
    console.error(
      `CI is set but the full corpus is missing (looked for ${corpus}/expected-outcomes.json and ${seeds}): refusing to run on the sample in test/fixtures`,
    );
    return false;
  }
  const sample = join('test', 'fixtures');
  console.log(
    `corpus: the sample in ${sample} (${count(join(sample, 'corpus', 'letters'))} + ${count(join(sample, 'corpus', 'letters-layout'))} letters, ${count(join(sample, 'seeds'))} seeds); the full corpus ${corpus} is missing`,
  );
  return 'sample';
}

function testFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) {
      if (!['fixtures', 'e2e', 'grammar', 'nvim'].includes(e)) out.push(...testFiles(p));
    } else if (e.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

// A full run on a machine where we may install (root) first installs what the editor tests need
// (chromium, neovim, code-server; cached, so later runs skip it in a fraction of a second).
// IMR_E2E_NO_INSTALL=1 skips this; without root the editor tests say they are skipped.
if (only.length === 0 && process.getuid?.() === 0 && !process.env.IMR_E2E_NO_INSTALL && existsSync('scripts/e2e/install.mjs')) {
  run(process.execPath, ['scripts/e2e/install.mjs']);
}
// The unit step drives the built server and command line (dist/), so it always builds first: a stale dist/
// would test yesterday's code.
if (want('build') || want('unit')) run('npm', ['run', '--silent', 'build']);
if (want('check')) {
  run('npx', ['--no-install', 'tsc', '--noEmit', '-p', '.']);
  run('npx', ['--no-install', 'eslint', '.']);
  run('npx', ['--no-install', 'prettier', '--check', '--log-level', 'warn', '.']);
  // The committed mutation report (docs/mutation.md) says what the current sources score: a source file changed
  // since its mutation run fails here until `npm run mutation -- --mutate <file>` is run again.
  run(process.execPath, ['scripts/mutation-report.mjs', '--check']);
}
if (want('unit')) {
  const corpus = corpusInUse();
  if (!corpus) process.exit(1);
  rmSync('out/test', { recursive: true, force: true });
  const entries = files.length ? files : testFiles('test');
  await esbuild.build({
    entryPoints: entries,
    outdir: 'out/test',
    outbase: 'test',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    packages: 'external',
    logLevel: 'warning',
  });
  // The fuzz tests run a fixed seed and this run's random one (test/fuzz/mutate.ts); a failure names its replay.
  const fuzzSeed = process.env.IMR_FUZZ_RANDOM_SEED || String(Math.floor(Math.random() * 0x7fffffff) + 1);
  console.log(`fuzz: the fixed seed and random seed ${fuzzSeed} (a failure under it replays with npm run fuzz -- --seed ${fuzzSeed})`);
  // A run of every test on the full corpus notes each golden file read, so that one no test reads any more fails.
  const goldensRead = files.length === 0 && corpus === 'full' ? join('out', 'goldens-read.txt') : undefined;
  if (goldensRead) rmSync(goldensRead, { force: true });
  const env = {
    ...process.env,
    IMR_FUZZ_RANDOM_SEED: fuzzSeed,
    ...(updateGoldens ? { IMR_UPDATE_GOLDENS: '1' } : {}),
    ...(goldensRead ? { IMR_GOLDENS_READ: resolve(goldensRead) } : {}),
  };
  run(process.execPath, ['--test', '--test-reporter=spec', ...entries.map((e) => join('out', e.replace(/\.ts$/, '.js')))], { env });
  if (goldensRead) unreadGoldens(readFileSync(goldensRead, 'utf8').split('\n').filter(Boolean));
}

/** Fails on golden files under test/golden that no test read (removes them when updating goldens). */
function unreadGoldens(read) {
  const seen = new Set(read.map((f) => resolve(f)));
  const all = readdirSync(join('test', 'golden'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => resolve(e.parentPath, e.name));
  const unread = all.filter((f) => !seen.has(f));
  if (!unread.length) return;
  if (updateGoldens) {
    for (const f of unread) rmSync(f);
    console.log(`removed ${unread.length} golden files no test reads`);
    return;
  }
  console.error(`golden files no test reads (npm run test:update-goldens removes them):\n${unread.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
if (want('grammar') && existsSync('scripts/test-grammar.mjs')) run(process.execPath, ['scripts/test-grammar.mjs']);
if (want('nvim') && existsSync('test/nvim/run.mjs')) run(process.execPath, ['test/nvim/run.mjs']);
if (want('e2e') && existsSync('scripts/e2e/run.mjs')) run(process.execPath, ['scripts/e2e/run.mjs']);
