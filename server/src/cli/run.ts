// One run of imr-lint: options, config, letters, checks, report, exit code.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { mergeRules, parseConfig, EMPTY_CONFIG, INVALID_JSON, NOT_AN_OBJECT, type LintFileConfig } from '../analysis/config';
import { version } from '../../../package.json';
import { encodeLetter, type DecodedLetter } from '../analysis';
import { analyseLetter, type AnalyseOptions } from './analyse';
import { parseArgs, UsageError, USAGE, type CliOptions } from './args';
import { unifiedDiff } from './diff';
import { expandInputs } from './files';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { COLOURS, PLAIN, formatText } from './format/text';
import { exportCsv, exportJson } from './format/export';
import { errorText, findConfig, readLetter, readStdin, writeAtomically } from './io';
import { listRules } from './listRules';
import { checkFiles, threadsFor, type Outcome } from './pool';
import { Progress } from './progress';
import { atOrAbove, countLevels, type FileResult } from './results';

function fail(message: string): number {
  process.stderr.write(`imr-lint: ${message}\n`);
  return 2;
}

function loadConfig(o: CliOptions, cwd: string): { config: LintFileConfig; base: string } | string {
  if (o.noConfig) return { config: EMPTY_CONFIG, base: cwd };
  const path = o.config ? resolve(cwd, o.config) : findConfig(cwd);
  if (!path) return { config: EMPTY_CONFIG, base: cwd };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return `cannot read config ${o.config ?? path}: ${errorText(e)}`;
  }
  const { config, errors } = parseConfig(text);
  const shown = (relative(cwd, path) || path).split(sep).join('/');
  const fatal = errors.find((e) => e.startsWith(INVALID_JSON) || e === NOT_AN_OBJECT);
  if (fatal) return `config ${shown}: ${fatal}`;
  for (const e of errors) process.stderr.write(`imr-lint: warning: ${shown}: ${e}\n`);
  return { config, base: dirname(path) };
}

function shownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return (rel && !rel.startsWith('..') ? rel : path).split(sep).join('/');
}

function useColour(o: CliOptions): boolean {
  if (o.color !== undefined) return o.color;
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return !o.output && !!process.stdout.isTTY;
}

export async function run(argv: readonly string[], cwd: string = process.cwd()): Promise<number> {
  let o: CliOptions;
  try {
    o = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return fail(`${e.message}\nRun "imr-lint --help" for usage.`);
    throw e;
  }
  if (o.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (o.version) {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  if (o.listRules) {
    process.stdout.write(listRules(o.format));
    return 0;
  }

  const loaded = loadConfig(o, cwd);
  if (typeof loaded === 'string') return fail(loaded);
  const rules = mergeRules([loaded.config.rules, o.rules]);
  const { files, errors } = expandInputs(o.inputs, cwd, loaded.config.ignore, loaded.base);
  for (const e of errors) process.stderr.write(`imr-lint: ${e}\n`);
  let ioError = errors.length > 0;

  const options: AnalyseOptions = { rules, fix: o.fix || o.fixDryRun, rows: !!o.export };
  const results: FileResult[] = [];
  let stdin: DecodedLetter | undefined;
  if (files[0] === '-') {
    try {
      stdin = await readStdin();
    } catch (e) {
      return fail(`cannot read standard input: ${errorText(e)}`);
    }
    results.push({ file: o.stdinFilename, report: analyseLetter(stdin.text, options) });
  }
  const paths = files.filter((f) => f !== '-');
  const progress = new Progress(o.progress && !!process.stderr.isTTY && paths.length >= 20, paths.length);
  let outcomes: Outcome[];
  try {
    outcomes = await checkFiles(paths, options, threadsFor(paths.length, o.jobs), (n) => progress.update(n));
  } finally {
    progress.done();
  }
  paths.forEach((path, i) => {
    const out = outcomes[i];
    const file = shownPath(path, cwd);
    if ('error' in out) {
      process.stderr.write(`imr-lint: cannot read ${file}: ${out.error}\n`);
      ioError = true;
      results.push({ file, path, error: out.error });
    } else results.push({ file, path, report: out.report, source: { encoding: out.encoding, bom: out.bom } });
  });

  if (o.fixDryRun) {
    let diffs = '';
    let letters = 0;
    for (const r of results) {
      if (r.report?.fixedText === undefined) continue;
      const before = r.path === undefined ? (stdin?.text ?? '') : readLetter(r.path).text;
      diffs += unifiedDiff(r.file, before, r.report.fixedText);
      letters++;
    }
    const fixes = results.reduce((n, r) => n + (r.report?.fixesApplied ?? 0), 0);
    process.stdout.write(diffs);
    process.stderr.write(
      `imr-lint: --fix would fix ${fixes} problem${fixes === 1 ? '' : 's'} in ${letters} letter${letters === 1 ? '' : 's'}; nothing was changed.\n`,
    );
    return ioError ? 2 : exitCode(results, o);
  }

  if (o.fix) {
    for (const r of results) {
      if (r.report?.fixedText === undefined || r.path === undefined) continue;
      // Written back in the encoding it was read with, byte order mark and all: a letter's other bytes never change.
      const source = r.source ?? { encoding: 'utf-8', bom: false };
      const bytes = encodeLetter(r.report.fixedText, source.encoding, source.bom);
      if (!bytes) {
        process.stderr.write(
          `imr-lint: not fixed: ${r.file} is ${source.encoding} text and a fix needs a character it cannot hold; the file is unchanged.\n`,
        );
        ioError = true;
        continue;
      }
      if (source.encoding !== 'utf-8')
        process.stderr.write(
          `imr-lint: ${r.file} is not UTF-8: read as ${source.encoding} and fixed in it; its other bytes are unchanged.\n`,
        );
      try {
        writeAtomically(r.path, bytes);
      } catch (e) {
        process.stderr.write(`imr-lint: cannot write ${r.file}: ${errorText(e)}\n`);
        ioError = true;
      }
    }
  }

  // Nothing was checked because every input failed (no such file, nothing but ignored letters): the
  // errors above say why, and a report of "no problems in 0 letters" would only contradict them.
  if (ioError && results.length === 0) return 2;

  let output: string;
  if (o.export) output = o.export === 'csv' ? exportCsv(results) : exportJson(results);
  else if (o.format === 'json') output = formatJson(results);
  else if (o.format === 'sarif') output = formatSarif(results, version);
  else output = formatText(results, useColour(o) ? COLOURS : PLAIN);
  if (o.output) {
    try {
      writeFileSync(resolve(cwd, o.output), output, 'utf8');
    } catch (e) {
      return fail(`cannot write ${o.output}: ${errorText(e)}`);
    }
  } else process.stdout.write(output);

  if (ioError) return 2;
  return o.export ? 0 : exitCode(results, o);
}

function exitCode(results: readonly FileResult[], o: CliOptions): number {
  const failing = results.some((r) => r.report?.problems.some((p) => atOrAbove(p.level, o.maxLevel)));
  const tooManyWarnings = o.maxWarnings >= 0 && countLevels(results).warning > o.maxWarnings;
  return failing || tooManyWarnings ? 1 : 0;
}
