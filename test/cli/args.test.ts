// imr-lint's options come from one table (cli/args.ts OPTIONS): node's util.parseArgs reads argv with it and
// the usage is printed from it, so an option cannot be parsed without being documented, or the reverse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OPTIONS, parseArgs, UsageError, USAGE } from '../../server/src/cli/args';

const error = (argv: string[]): string => {
  try {
    parseArgs(argv);
  } catch (e) {
    assert.ok(e instanceof UsageError, String(e));
    return e.message;
  }
  assert.fail(`no usage error for ${argv.join(' ')}`);
};

test('every option of the table is in the usage, with its short name and value', () => {
  for (const o of OPTIONS) {
    assert.match(USAGE, new RegExp(`--${o.name}\\b`), o.name);
    if (o.short) assert.match(USAGE, new RegExp(`-${o.short}, --${o.name}\\b`), o.name);
    if (o.value) assert.ok(USAGE.includes(`--${o.name} ${o.value}`), o.name);
  }
  // Every option line of the usage is an option of the table.
  const named = [...USAGE.matchAll(/^ +(?:-\w, )?--([a-z-]+)/gm)].map((m) => m[1]);
  for (const n of named)
    assert.ok(
      OPTIONS.some((o) => o.name === n),
      `--${n} in the usage is not in the table`,
    );
});

test('options, inline values, repeated rules, "-" and "--"', () => {
  const o = parseArgs([
    '--format=json',
    '-j',
    '2',
    '--rule',
    'missing-outcome=off',
    '--rule',
    'IMR003=hint',
    '--no-color',
    'a.imr',
    '--',
    '--fix',
  ]);
  assert.equal(o.format, 'json');
  assert.equal(o.jobs, 2);
  assert.deepEqual(o.rules, { 'missing-outcome': 'off', IMR003: 'hint' });
  assert.equal(o.color, false);
  assert.equal(o.fix, false, 'after "--" everything is a file');
  assert.deepEqual(o.inputs, ['a.imr', '--fix']);
  assert.deepEqual(parseArgs(['-']).inputs, ['-']);
  assert.equal(parseArgs(['--max-warnings', '0', 'a']).maxWarnings, 0);
  assert.equal(parseArgs(['a']).maxWarnings, -1);
  assert.equal(parseArgs(['--help']).help, true);
});

test('usage errors say what is wrong in the words of the option as written', () => {
  assert.equal(error(['--frobnicate', '.']), 'unknown option --frobnicate');
  assert.equal(error(['-x', '.']), 'unknown option -x');
  assert.equal(error(['--format']), '--format needs a value');
  assert.equal(error(['-f']), '-f needs a value');
  assert.equal(error(['--fix=yes', 'a']), '--fix takes no value');
  assert.equal(error(['-j', 'two', 'a']), '-j expects a whole number, got "two"');
  assert.equal(error(['--jobs=0', 'a']), '--jobs must be at least 1');
  assert.equal(error(['--max-warnings', '-1', 'a']), '--max-warnings expects a whole number, got "-1"');
  assert.equal(error(['--max-level', 'fatal', 'a']), '--max-level must be one of error, warning, information, hint, got "fatal"');
  assert.equal(error(['--fix', '--fix-dry-run', 'a']), 'use either --fix or --fix-dry-run, not both');
  assert.equal(error(['-', '-']), '"-" (standard input) can be given only once');
  assert.equal(error([]), 'no files given');
});
