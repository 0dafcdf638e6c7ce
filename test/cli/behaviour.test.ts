// imr-lint beyond the report formats: --list-rules against the registry, --fix writing letters in place
// (atomically, keeping CRLF and a byte order mark), --output, --help/--version, and bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RULES } from '../../server/src/rules';
import { ROOT } from '../helpers/letters';
import { LETTERS, runCli } from './run';

function copyLetters(): string {
  const dir = mkdtempSync(join(tmpdir(), 'imr-cli-'));
  for (const f of ['clean.imr', 'defects.imr', 'crlf.imr', '.imr-lint.json']) copyFileSync(join(LETTERS, f), join(dir, f));
  return dir;
}

test('--list-rules lists every rule of the registry', () => {
  const json = runCli(['--list-rules', '--format', 'json']);
  assert.equal(json.status, 0);
  assert.deepEqual(
    JSON.parse(json.stdout),
    RULES.map((r) => ({ id: r.id, name: r.name, category: r.category, defaultLevel: r.defaultLevel, description: r.description })),
  );
  const text = runCli(['--list-rules']);
  assert.equal(text.status, 0);
  for (const r of RULES) assert.match(text.stdout, new RegExp(`^${r.id} +${r.name} +${r.category} +${r.defaultLevel} +`, 'm'));
});

test('--fix applies the safe fixes in place, keeps CRLF line ends, leaves no temporary file, and what is left is reported', () => {
  const dir = copyLetters();
  try {
    const before = readFileSync(join(dir, 'defects.imr'), 'utf8');
    const dry = runCli(['--fix-dry-run', '.'], { cwd: dir });
    assert.equal(readFileSync(join(dir, 'defects.imr'), 'utf8'), before, '--fix-dry-run changes nothing');
    assert.match(dry.stdout, /^-Diazepam 5mg #10: uphold$/m);
    assert.match(dry.stdout, /^\+Diazepam 5mg #10: Upheld$/m);

    const r = runCli(['--fix', '.'], { cwd: dir });
    assert.equal(r.status, 1, 'the missing MAXIMUS guideline (a warning) and the missing section (an error) have no safe fix');
    assert.match(r.stdout, /Fixed 3 problems in 2 letters\./);
    const fixed = readFileSync(join(dir, 'defects.imr'), 'utf8');
    assert.equal(
      fixed,
      before
        .replace('Diazepam 5mg #10: uphold', 'Diazepam 5mg #10: Upheld')
        .replace('Ondansetron 4mg #20:\n', 'Ondansetron 4mg #20: Upheld\n'),
    );
    const crlf = readFileSync(join(dir, 'crlf.imr'), 'utf8');
    assert.match(crlf, /Baclofen 100mg #3: Upheld\r\n/);
    assert.equal(crlf.replace(/\r\n/g, '').includes('\n'), false, 'every line break is still CRLF');
    assert.deepEqual(readdirSync(dir).sort(), ['.imr-lint.json', 'clean.imr', 'crlf.imr', 'defects.imr']);
    assert.equal(readFileSync(join(dir, 'clean.imr'), 'utf8'), readFileSync(join(LETTERS, 'clean.imr'), 'utf8'));

    const again = runCli(['--format', 'json', '.'], { cwd: dir });
    const summary = JSON.parse(again.stdout).summary;
    assert.equal(summary.fixable, 0);
    assert.deepEqual([summary.errors, summary.warnings], [1, 1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--fix keeps a byte order mark, and positions ignore it as the editor does', () => {
  const dir = copyLetters();
  try {
    const file = join(dir, 'defects.imr');
    writeFileSync(file, '\uFEFF' + readFileSync(file, 'utf8'));
    const report = runCli(['defects.imr'], { cwd: dir });
    assert.match(report.stdout, /^defects\.imr:50:19 error invalid-outcome/m);
    runCli(['--fix', 'defects.imr'], { cwd: dir });
    const fixed = readFileSync(file, 'utf8');
    assert.ok(fixed.startsWith('\uFEFFCase Number:'));
    assert.match(fixed, /Diazepam 5mg #10: Upheld/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--output writes the report to a file; --help and --version', () => {
  const dir = copyLetters();
  try {
    const r = runCli(['--format', 'sarif', '-o', 'report.sarif', '.'], { cwd: dir });
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.equal(JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8')).runs[0].results.length, 5);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const help = runCli(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: imr-lint/);
  assert.equal(runCli(['--version']).stdout.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
});

test('bad input never crashes: empty, binary, half-written, huge', () => {
  const dir = mkdtempSync(join(tmpdir(), 'imr-cli-bad-'));
  try {
    const letter = readFileSync(join(LETTERS, 'defects.imr'), 'utf8');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
    writeFileSync(join(dir, 'half.txt'), letter.slice(0, Math.floor(letter.length * 0.6)));
    writeFileSync(join(dir, 'huge.txt'), 'Case Number: CM16-0000000\n'.repeat(Math.ceil((21 * 1048576) / 26)));
    const r = runCli(['--format', 'json', '--no-config', '.'], { cwd: dir });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    assert.equal(r.stderr, '');
    const files = JSON.parse(r.stdout).files as { file: string; problems: { rule: string }[] }[];
    assert.deepEqual(
      files.map((f) => f.file),
      ['binary.txt', 'empty.txt', 'half.txt', 'huge.txt'],
    );
    assert.deepEqual(
      files[3].problems.map((p) => p.rule),
      ['too-large'],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a folder whose letters are all ignored: one message, exit code 2 and no report, in every format', () => {
  const dir = mkdtempSync(join(tmpdir(), 'imr-cli-'));
  try {
    writeFileSync(join(dir, '.imr-lint.json'), JSON.stringify({ ignore: ['drafts/**'] }));
    const drafts = join(dir, 'drafts');
    mkdirSync(drafts);
    copyFileSync(join(LETTERS, 'defects.imr'), join(drafts, 'a.txt'));
    for (const format of ['text', 'json', 'sarif']) {
      const r = runCli(['--format', format, '.'], { cwd: dir });
      assert.equal(r.status, 2, format);
      assert.equal(r.stdout, '', `${format}: no report when nothing was checked`);
      assert.equal(
        r.stderr,
        "imr-lint: every letter in folder . is ignored by the configuration's ignore globs (drafts/**); nothing to check\n",
      );
    }
    // The letter itself, named on the command line, is checked: ignore globs apply to folders and globs.
    const named = runCli(['drafts/a.txt'], { cwd: dir });
    assert.equal(named.status, 1);
    assert.match(named.stdout, /drafts\/a\.txt/);
    // One letter that is not ignored beside the ignored ones: checked as usual, and nothing is said of the rest.
    copyFileSync(join(LETTERS, 'clean.imr'), join(dir, 'kept.imr'));
    const some = runCli(['.'], { cwd: dir });
    assert.equal(some.status, 0, some.stderr);
    assert.equal(some.stderr, '');
    assert.match(some.stdout, /No problems in 1 letter\./);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a folder without letters, and a missing input: exit code 2 with the reason, and no report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'imr-cli-'));
  try {
    writeFileSync(join(dir, 'notes.md'), '# not a letter\n');
    const empty = runCli(['.'], { cwd: dir });
    assert.deepEqual([empty.status, empty.stdout, empty.stderr], [2, '', 'imr-lint: no .txt or .imr letters in folder .\n']);
    const missing = runCli(['nothere.txt'], { cwd: dir });
    assert.deepEqual([missing.status, missing.stdout, missing.stderr], [2, '', 'imr-lint: no such file or folder: nothere.txt\n']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
