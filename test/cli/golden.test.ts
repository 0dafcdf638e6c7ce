// Golden tests of the built imr-lint: every output format and exit code on letters made from real ones
// (test/cli/letters: a clean corpus letter, one with LF and one with CRLF defects). The folder's
// .imr-lint.json picks the rules, so a new rule in the catalogue does not change these files.
// A missing golden fails. After an intended change, `npm run test:update-goldens` rewrites them (and removes
// those of cases that are gone); review their diff in the commit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/letters';
import { LETTERS, runCli } from './run';
import { parseLetter } from '../../server/src/letter';
import { lint, RULES } from '../../server/src/rules';

const GOLDEN = join(ROOT, 'test', 'cli', 'golden');
const UPDATE = process.env.IMR_UPDATE_GOLDENS === '1';
const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;

interface Case {
  readonly name: string;
  readonly args: readonly string[];
  readonly status: number;
  readonly stdin?: string;
}

const DEFECTS = readFileSync(join(LETTERS, 'defects.imr'), 'utf8');

const CASES: readonly Case[] = [
  { name: 'text-folder', args: ['.'], status: 1 },
  { name: 'text-clean', args: ['clean.imr'], status: 0 },
  { name: 'text-colour', args: ['--color', 'defects.imr'], status: 1 },
  { name: 'text-glob', args: ['*.imr'], status: 1 },
  { name: 'json-folder', args: ['--format', 'json', '.'], status: 1 },
  { name: 'json-clean', args: ['--format=json', 'clean.imr'], status: 0 },
  { name: 'sarif-folder', args: ['--format', 'sarif', '.'], status: 1 },
  { name: 'sarif-clean', args: ['-f', 'sarif', 'clean.imr'], status: 0 },
  { name: 'stdin', args: ['--stdin-filename', 'drafts/letter.imr', '-'], stdin: DEFECTS, status: 1 },
  // Levels: only warnings and information below the default --max-level (error) pass...
  { name: 'levels-below-max', args: ['--config', '../configs/levels.json', 'defects.imr'], status: 0 },
  // ...and fail when the threshold is lowered, or when there are too many warnings.
  { name: 'levels-max-level-warning', args: ['--config', '../configs/levels.json', '--max-level', 'warning', 'defects.imr'], status: 1 },
  { name: 'levels-max-level-hint-clean', args: ['--max-level', 'hint', 'clean.imr'], status: 0 },
  { name: 'levels-max-warnings', args: ['--config', '../configs/levels.json', '--max-warnings', '0', 'defects.imr'], status: 1 },
  { name: 'levels-max-warnings-met', args: ['--config', '../configs/levels.json', '--max-warnings', '1', 'defects.imr'], status: 0 },
  { name: 'rule-flags', args: ['--rule', 'invalid-outcome=off', '--rule', 'missing-maximus-guideline=error', 'defects.imr'], status: 1 },
  { name: 'rule-flags-off', args: ['--rule', '*=off', '.'], status: 0 },
  { name: 'export-csv', args: ['--export', 'csv', '.'], status: 0 },
  { name: 'export-json', args: ['--export', 'json', '.'], status: 0 },
  { name: 'fix-dry-run', args: ['--fix-dry-run', '.'], status: 1 },
  { name: 'usage-unknown-option', args: ['--frobnicate', '.'], status: 2 },
  { name: 'usage-bad-format', args: ['--format', 'xml', '.'], status: 2 },
  { name: 'usage-bad-rule', args: ['--rule', 'missing-outcome=fatal', '.'], status: 2 },
  { name: 'usage-no-files', args: [], status: 2 },
  { name: 'usage-fix-stdin', args: ['--fix', '-'], status: 2 },
  { name: 'io-missing-file', args: ['defects.imr', 'no-such-letter.imr'], status: 2 },
  { name: 'io-glob-matches-nothing', args: ['*.pdf'], status: 2 },
  { name: 'io-broken-config', args: ['--config', '../configs/broken.json', '.'], status: 2 },
];

function render(c: Case, r: { status: number; stdout: string; stderr: string }): string {
  const stable = (s: string) => s.split(version).join('<version>');
  return `$ imr-lint ${c.args.join(' ')}\nexit ${r.status}\n--- stdout\n${stable(r.stdout)}--- stderr\n${stable(r.stderr)}`;
}

for (const c of CASES) {
  test(`imr-lint ${c.args.join(' ')} (${c.name}) exits ${c.status} and prints the golden output`, () => {
    const r = runCli(c.args, { input: c.stdin });
    const got = render(c, r);
    const file = join(GOLDEN, `${c.name}.txt`);
    if (UPDATE) writeFileSync(file, got);
    assert.equal(r.status, c.status, `exit code\n${r.stdout}\n${r.stderr}`);
    assert.ok(existsSync(file), `${file} is missing: run npm run test:update-goldens and review the new file`);
    assert.equal(got, readFileSync(file, 'utf8'), `${file} differs (npm run test:update-goldens to accept, then review the diff)`);
    assert.ok(!got.includes(ROOT), 'no absolute paths in the output');
  });
}

test('every golden file belongs to a case, and updating goldens is never part of CI', () => {
  const names = new Set(CASES.map((c) => `${c.name}.txt`));
  const orphans = readdirSync(GOLDEN).filter((f) => !names.has(f));
  if (UPDATE) for (const f of orphans) rmSync(join(GOLDEN, f));
  else assert.deepEqual(orphans, [], 'golden files of no case (npm run test:update-goldens removes them)');
  assert.ok(!(UPDATE && process.env.CI), 'IMR_UPDATE_GOLDENS in CI would accept any output');
});

test('the golden outputs are what each format promises', () => {
  const g = (name: string) =>
    readFileSync(join(GOLDEN, `${name}.txt`), 'utf8')
      .split('--- stdout\n')[1]
      .split('--- stderr\n')[0];
  // Text: file:line:col level rule message, one per line; the problem matcher's regexp reads them.
  const matcher = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).contributes.problemMatchers[0].pattern;
  const re = new RegExp(matcher.regexp);
  const lines = g('text-folder')
    .split('\n')
    .filter((l) => re.test(l));
  assert.deepEqual(
    lines.map((l) => re.exec(l)!.slice(1, 6).join(' ')),
    [
      'crlf.imr 55 2 error missing-section',
      'crlf.imr 59 20 error invalid-outcome',
      'defects.imr 50 19 error invalid-outcome',
      'defects.imr 71 1 error missing-outcome',
      'defects.imr 71 1 warning missing-maximus-guideline',
    ],
  );
  assert.match(g('text-colour'), /\u001b\[31merror\u001b\[39m/);
  // JSON: the same problems with LSP ranges.
  const json = JSON.parse(g('json-folder'));
  assert.deepEqual(json.summary, { letters: 3, lettersWithProblems: 2, errors: 4, warnings: 1, information: 0, hints: 0, fixable: 3 });
  // SARIF 2.1.0 with the metadata of the rules that fired.
  const sarif = JSON.parse(g('sarif-folder'));
  assert.equal(sarif.version, '2.1.0');
  const run = sarif.runs[0];
  assert.deepEqual(run.tool.driver.rules.map((r: { name: string }) => r.name).sort(), [
    'invalid-outcome',
    'missing-maximus-guideline',
    'missing-outcome',
    'missing-section',
  ]);
  for (const r of run.results) assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
  assert.equal(run.results.length, 5);
  // Export: one row per disputed item, with its outcome and citations.
  const rows = g('export-csv').trim().split('\r\n');
  assert.equal(rows.length, 1 + 1 + 2 + 1, 'a header, then clean 1 item, defects 2 items, crlf 1 item');
  assert.match(rows[0], /^file,case_number,item,request,outcome/);
});

test('SARIF fixes are the quick fixes: each one, applied to its file, removes the problem it is offered for', () => {
  const sarif = JSON.parse(readFileSync(join(GOLDEN, 'sarif-folder.txt'), 'utf8').split('--- stdout\n')[1].split('--- stderr\n')[0]);
  type Region = { startLine: number; startColumn: number; endLine: number; endColumn: number };
  const results = sarif.runs[0].results as {
    ruleId: string;
    properties: { rule: string };
    fixes?: {
      artifactChanges: {
        artifactLocation: { uri: string };
        replacements: { deletedRegion: Region; insertedContent: { text: string } }[];
      }[];
    }[];
  }[];
  const fixed = results.filter((r) => r.fixes?.length);
  assert.ok(fixed.length >= 3, `${fixed.length} results with fixes`);
  for (const r of fixed) {
    const change = r.fixes![0].artifactChanges[0];
    const text = readFileSync(join(LETTERS, change.artifactLocation.uri), 'utf8');
    // 1-based lines and UTF-16 columns (columnKind utf16CodeUnits) to offsets.
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
    const offset = (line: number, column: number) => starts[line - 1] + column - 1;
    let out = text;
    for (const rep of [...change.replacements].sort(
      (a, b) =>
        offset(b.deletedRegion.startLine, b.deletedRegion.startColumn) - offset(a.deletedRegion.startLine, a.deletedRegion.startColumn),
    )) {
      const d = rep.deletedRegion;
      out = out.slice(0, offset(d.startLine, d.startColumn)) + rep.insertedContent.text + out.slice(offset(d.endLine, d.endColumn));
    }
    const count = (t: string) => lint(parseLetter(t), RULES).filter((p) => p.rule === r.properties.rule).length;
    assert.ok(count(out) < count(text), `${change.artifactLocation.uri}: the fix for ${r.properties.rule} removes it`);
  }
});
