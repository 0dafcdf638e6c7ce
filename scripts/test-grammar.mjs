#!/usr/bin/env node
// Grammar tests for syntaxes/imr-letter.tmLanguage.json, run by `npm test`:
//   1. unit assertions (vscode-tmgrammar-test) in test/grammar/unit/*.test.imr
//   2. snapshots (vscode-tmgrammar-snap) in test/grammar/snap/*.imr; a missing .snap is a failure here,
//      not a silent "generated" (refresh with `node scripts/test-grammar.mjs --update`)
//   3. the real letters in ../shared/corpus (or $IMR_CORPUS_DIR, else test/fixtures/corpus) and ../shared/seeds (or $IMR_SEEDS_DIR, else test/fixtures/seeds), tokenized
//      whole and never copied into the repo: every expected outcome scoped in order, one rationale label per
//      item, the format 1 headings scoped, and no letter slow to tokenize (a backtracking regex shows here).
// Exits non-zero on any failure and ends with "grammar: N passed, M failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const grammarPath = path.join(root, 'syntaxes', 'imr-letter.tmLanguage.json');
const unitDir = path.join(root, 'test', 'grammar', 'unit');
const snapDir = path.join(root, 'test', 'grammar', 'snap');
// The same folders the other tests use: IMR_CORPUS_DIR / IMR_SEEDS_DIR, else ../shared, else the real
// letters copied into test/fixtures.
const firstExisting = (...dirs) => dirs.find((d) => d && existsSync(d));
const corpusDir = firstExisting(
  process.env.IMR_CORPUS_DIR,
  path.resolve(root, '..', 'shared', 'corpus'),
  path.join(root, 'test', 'fixtures', 'corpus'),
);
const seedsDir = firstExisting(
  process.env.IMR_SEEDS_DIR,
  path.resolve(root, '..', 'shared', 'seeds'),
  path.join(root, 'test', 'fixtures', 'seeds'),
);
const update = process.argv.includes('--update');
// Letters tokenize in ~10-60 ms. Speed is reported, not asserted (tests carry no timing assertions);
// regex safety is checked by test/unit/regex-safety.test.ts.

let passed = 0;
let failed = 0;
const failures = [];
const pass = () => {
  passed++;
};
const fail = (what, why) => {
  failed++;
  failures.push(`${what}: ${why}`);
};

const toolDir = path.dirname(require.resolve('vscode-tmgrammar-test/package.json'));
const rel = (dir) => path.relative(root, dir).split(path.sep).join('/');

function runTool(script, args) {
  const r = spawnSync(process.execPath, [path.join(toolDir, 'dist', script), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return { status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

// Per-file results from the tools' "✓ <file>" (or "Updating snapshot for <file>") lines; a file without one failed.
function tally(kind, files, { status, out }) {
  for (const file of files) {
    const ok = out.split(/\r?\n/).some((l) => /^(✓|Updating snapshot)/.test(l) && l.includes(file));
    if (ok) pass();
    else fail(`${kind} ${file}`, 'see output above');
  }
  if (status !== 0 && !failures.some((f) => f.startsWith(kind))) fail(kind, `tool exited with ${status}`);
}

const listFiles = (dir, suffix) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(suffix))
        .sort()
    : [];

// 1. unit assertions
const unitFiles = listFiles(unitDir, '.test.imr').map((f) => `${rel(unitDir)}/${f}`);
let assertions = 0;
for (const f of unitFiles) {
  for (const line of readFileSync(path.join(root, f), 'utf8').split(/\r?\n/)) {
    if (/^##\s*<~*-/.test(line)) assertions++;
    else if (/^##\s*\^/.test(line)) assertions += line.match(/\^+/g).length;
  }
}
if (unitFiles.length === 0) fail('unit', `no test files in ${rel(unitDir)}`);
else {
  const r = runTool('unit.js', ['-g', rel(grammarPath), `${rel(unitDir)}/*.test.imr`]);
  process.stdout.write(r.out);
  tally('unit', unitFiles, r);
}

// 2. snapshots
const snapFiles = listFiles(snapDir, '.imr').map((f) => `${rel(snapDir)}/${f}`);
// The tool writes a missing snapshot and reports success, so check first and only run when all exist.
const unsnapped = update ? [] : snapFiles.filter((f) => !existsSync(path.join(root, `${f}.snap`)));
for (const f of unsnapped) fail(`snapshot ${f}`, 'no .snap file; run with --update');
if (snapFiles.length > 0 && unsnapped.length === 0) {
  const args = ['-s', 'text.imr-letter', '-g', rel(grammarPath), `${rel(snapDir)}/*.imr`];
  const r = runTool('snapshot.js', update ? ['--updateSnapshot', ...args] : args);
  process.stdout.write(r.out);
  tally('snapshot', snapFiles, r);
}

// 3. whole real letters, read in place
const tm = require('vscode-textmate');
const onig = require('vscode-oniguruma');
await onig.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
const registry = new tm.Registry({
  onigLib: Promise.resolve({
    createOnigScanner: (patterns) => new onig.OnigScanner(patterns),
    createOnigString: (s) => new onig.OnigString(s),
  }),
  loadGrammar: async (scope) => (scope === 'text.imr-letter' ? tm.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null),
});
const grammar = await registry.loadGrammar('text.imr-letter');

function scan(text) {
  const started = performance.now();
  const found = { outcomes: [], rationales: 0, headings: new Set(), headerLabels: 0, redLabels: new Set() };
  let stack = tm.INITIAL;
  for (const line of text.split(/\r?\n/)) {
    const { tokens, ruleStack } = grammar.tokenizeLine(line, stack);
    stack = ruleStack;
    for (const t of tokens) {
      const scopes = t.scopes.join(' ');
      const tokenText = line.slice(t.startIndex, t.endIndex);
      if (scopes.includes('outcome.upheld.imr-letter')) found.outcomes.push('Upheld');
      else if (scopes.includes('outcome.overturned.imr-letter')) found.outcomes.push('Overturned');
      else if (scopes.includes('field.decision-rationale.imr-letter')) found.rationales++;
      else if (scopes.includes('markup.heading.section.imr-letter')) found.headings.add(tokenText.trim());
      else if (scopes.includes('label.header.imr-letter')) found.headerLabels++;
      if (/\b(?:label|field)\.[\w.-]*imr-letter/.test(scopes)) {
        const red = REDDISH_IN_LIGHT.find((s) => t.scopes.some((x) => x === s || x.startsWith(`${s}.`)));
        if (red) found.redLabels.add(`"${tokenText.trim()}" (${red})`);
      }
    }
  }
  found.ms = performance.now() - started;
  return found;
}

// Scopes VS Code's Light (Visual Studio) / Light+ theme paints red or maroon (light_vs.json: invalid #cd3131,
// support.type.property-name and entity.other.attribute-name #ff0000, markup.deleted and string #a31515,
// entity.name.tag #800000). A label (header, credential or item field) in one of them reads as an error on a
// page where red means error; labels use keyword.other (Light+ #0000ff, Dark+ and High Contrast #569cd6).
const REDDISH_IN_LIGHT = [
  'invalid',
  'support.type.property-name',
  'support.type.vendored.property-name',
  'entity.other.attribute-name',
  'markup.deleted',
  'string',
  'entity.name.tag',
  'entity.name.selector',
];

const FORMAT1_HEADINGS = ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY', 'IMR ISSUES, DECISIONS AND RATIONALES'];

function checkLetter(name, text, expected) {
  const f = scan(text);
  const problems = [];
  const want = expected?.outcomes;
  if (want && f.outcomes.join(',') !== want.join(',')) {
    problems.push(`outcomes [${f.outcomes}] != expected [${want}]`);
  }
  const items = expected?.items ?? (text.match(/Decision rationale:/g) ?? []).length;
  if (f.rationales !== items) problems.push(`${f.rationales} "Decision rationale:" labels scoped, ${items} expected`);
  if (!expected && f.outcomes.length !== items) problems.push(`${f.outcomes.length} outcomes scoped for ${items} items`);
  const missing = FORMAT1_HEADINGS.filter((h) => !f.headings.has(h));
  if (missing.length) problems.push(`headings not scoped: ${missing.join('; ')}`);
  if (f.redLabels.size) problems.push(`labels in a scope themes paint red: ${[...f.redLabels].slice(0, 3).join(', ')}`);
  if (expected && f.headerLabels < 8) problems.push(`only ${f.headerLabels} header labels scoped`);
  if (problems.length) fail(`letter ${name}`, problems.join('; '));
  else pass();
}

let letters = 0;
const expectedPath = path.join(corpusDir, 'expected-outcomes.json');
if (existsSync(expectedPath)) {
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
  for (const layout of ['letters', 'letters-layout']) {
    for (const file of listFiles(path.join(corpusDir, layout), '.txt')) {
      checkLetter(`${layout}/${file}`, readFileSync(path.join(corpusDir, layout, file), 'utf8'), expected[file]);
      letters++;
    }
  }
} else {
  console.log(`grammar: corpus not found at ${corpusDir} (set IMR_CORPUS_DIR); real-letter checks skipped`);
}
for (const file of listFiles(seedsDir, '.txt')) {
  checkLetter(`seeds/${file}`, readFileSync(path.join(seedsDir, file), 'utf8'), undefined);
  letters++;
}

for (const f of failures) console.log(`FAIL ${f}`);
console.log(
  `grammar: ${passed} passed, ${failed} failed ` +
    `(${unitFiles.length} unit files with ${assertions} assertions, ${snapFiles.length} snapshots, ${letters} real letters)`,
);
process.exit(failed === 0 ? 0 : 1);
