// Command-line arguments of imr-lint. Pure: argv in, options (or a usage error) out. One table, OPTIONS, says
// each option's names, value and help line and how it sets CliOptions; node's util.parseArgs reads argv with
// it, and the usage text is printed from it.
import { parseArgs as parseArgv } from 'node:util';
import { parseRuleFlag } from '../analysis/config';
import type { Level, LevelSetting } from '../rules';

export type OutputFormat = 'text' | 'json' | 'sarif';
export type ExportFormat = 'csv' | 'json';

export interface CliOptions {
  /** Files, folders, globs; "-" is standard input. */
  readonly inputs: readonly string[];
  readonly format: OutputFormat;
  /** Exit 1 when a problem is at or above this level. */
  readonly maxLevel: Level;
  /** Exit 1 when there are more warnings than this (-1: no limit). */
  readonly maxWarnings: number;
  readonly rules: Readonly<Record<string, LevelSetting>>;
  readonly listRules: boolean;
  readonly export?: ExportFormat;
  readonly fix: boolean;
  readonly fixDryRun: boolean;
  /** An explicit config file; undefined: look for .imr-lint.json from the working folder up. */
  readonly config?: string;
  readonly noConfig: boolean;
  /** Worker threads; undefined: decide from the batch size and the cores. */
  readonly jobs?: number;
  readonly color?: boolean;
  readonly progress: boolean;
  readonly output?: string;
  /** The name standard input is reported under. */
  readonly stdinFilename: string;
  readonly help: boolean;
  readonly version: boolean;
}

const LEVELS: readonly Level[] = ['error', 'warning', 'information', 'hint'];

export class UsageError extends Error {}

type MutableOptions = { -readonly [K in keyof CliOptions]: CliOptions[K] } & { rules: Record<string, LevelSetting> };

interface OptionSpec {
  readonly name: string;
  readonly short?: string;
  /** The value's placeholder in the usage ("<n>"); absent for a switch. */
  readonly value?: string;
  /** Help lines: the first beside the option, the rest below it. */
  readonly help: readonly string[];
  /** Shown on the line of the option before it ("--color, --no-color"). */
  readonly sharesLineWith?: string;
  /** Sets the options from the value (a switch gets none). `flag` is the option as written, for messages. */
  readonly apply: (o: MutableOptions, value: string, flag: string) => void;
}

function count(flag: string, v: string): number {
  if (!/^\d+$/.test(v)) throw new UsageError(`${flag} expects a whole number, got "${v}"`);
  return Number(v);
}

export const OPTIONS: readonly OptionSpec[] = [
  {
    name: 'format',
    short: 'f',
    value: '<text|json|sarif>',
    help: ['Report format (default: text)'],
    apply: (o, v) => {
      if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError(`--format must be text, json or sarif, got "${v}"`);
      o.format = v;
    },
  },
  {
    name: 'max-level',
    value: '<level>',
    help: ['Exit 1 when a problem is at or above this level:', 'error, warning, information or hint (default: error)'],
    apply: (o, v) => {
      if (!LEVELS.includes(v as Level)) throw new UsageError(`--max-level must be one of ${LEVELS.join(', ')}, got "${v}"`);
      o.maxLevel = v as Level;
    },
  },
  {
    name: 'max-warnings',
    value: '<n>',
    help: ['Also exit 1 when there are more than n warnings'],
    apply: (o, v, flag) => (o.maxWarnings = count(flag, v)),
  },
  {
    name: 'rule',
    value: '<name=level>',
    help: ["Set a rule's level (error, warning, information, hint, off); repeatable"],
    apply: (o, v) => {
      const r = parseRuleFlag(v);
      if (typeof r === 'string') throw new UsageError(r);
      o.rules[r.name] = r.level;
    },
  },
  { name: 'list-rules', help: ['List the rules and exit'], apply: (o) => (o.listRules = true) },
  {
    name: 'export',
    value: '<csv|json>',
    help: ['Print every disputed item of every letter (case number, item,', 'outcome, citations, conclusion) instead of a report'],
    apply: (o, v) => {
      if (v !== 'csv' && v !== 'json') throw new UsageError(`--export must be csv or json, got "${v}"`);
      o.export = v;
    },
  },
  { name: 'fix', help: ['Apply safe fixes to the files (atomically)'], apply: (o) => (o.fix = true) },
  { name: 'fix-dry-run', help: ['Show the safe fixes as a diff; change nothing'], apply: (o) => (o.fixDryRun = true) },
  {
    name: 'config',
    short: 'c',
    value: '<file>',
    help: ['Use this config file instead of the nearest .imr-lint.json'],
    apply: (o, v) => (o.config = v),
  },
  { name: 'no-config', help: ['Ignore .imr-lint.json'], apply: (o) => (o.noConfig = true) },
  {
    name: 'jobs',
    short: 'j',
    value: '<n>',
    help: ['Worker threads (default: all cores for large batches on 4+ cores; 1: no workers)'],
    apply: (o, v, flag) => {
      const n = count(flag, v);
      if (n < 1) throw new UsageError('--jobs must be at least 1');
      o.jobs = n;
    },
  },
  { name: 'output', short: 'o', value: '<file>', help: ['Write the report (or export) to a file'], apply: (o, v) => (o.output = v) },
  {
    name: 'stdin-filename',
    value: '<name>',
    help: ['Name to report standard input under (default: <stdin>)'],
    apply: (o, v) => (o.stdinFilename = v),
  },
  { name: 'color', help: ['Force or disable colours (default: on a terminal)'], apply: (o) => (o.color = true) },
  { name: 'no-color', sharesLineWith: 'color', help: [], apply: (o) => (o.color = false) },
  { name: 'no-progress', help: ['No progress line on a terminal'], apply: (o) => (o.progress = false) },
  { name: 'help', short: 'h', help: ['Show this help'], apply: (o) => (o.help = true) },
  { name: 'version', short: 'v', help: ['Show the version'], apply: (o) => (o.version = true) },
];

const BY_NAME = new Map(OPTIONS.map((s) => [s.name, s]));

/** The width of the option column of the usage. */
const OPTION_COLUMN = 32;

function usage(): string {
  const lines: string[] = [];
  for (const spec of OPTIONS) {
    if (spec.sharesLineWith) continue;
    const names = [spec.name, ...OPTIONS.filter((s) => s.sharesLineWith === spec.name).map((s) => s.name)].map((n) => `--${n}`).join(', ');
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}${names}${spec.value ? ` ${spec.value}` : ''}`;
    const [first, ...rest] = spec.help;
    lines.push(`  ${flag.padEnd(OPTION_COLUMN)}${first}`);
    for (const more of rest) lines.push(`  ${''.padEnd(OPTION_COLUMN)}${more}`);
  }
  return `Usage: imr-lint [options] <file|folder|glob|->...

Checks IMR final determination letters with the same rules as the editor.
Folders are searched for *.txt and *.imr files; "-" reads one letter from standard input.

Options:
${lines.join('\n')}

Exit codes: 0 clean, 1 problems at or above --max-level (or too many warnings), 2 usage or I/O error.
`;
}

export const USAGE = usage();

export function parseArgs(argv: readonly string[]): CliOptions {
  const o: MutableOptions = {
    inputs: [],
    format: 'text',
    maxLevel: 'error',
    maxWarnings: -1,
    rules: {},
    listRules: false,
    fix: false,
    fixDryRun: false,
    noConfig: false,
    progress: true,
    stdinFilename: '<stdin>',
    help: false,
    version: false,
  };
  const inputs = o.inputs as string[];
  // Not strict: an unknown option or a missing value comes back as a token, and the message is ours.
  const { tokens } = parseArgv({
    args: [...argv],
    options: Object.fromEntries(
      OPTIONS.map((s) => [
        s.name,
        { type: s.value ? ('string' as const) : ('boolean' as const), ...(s.short ? { short: s.short } : {}), multiple: true },
      ]),
    ),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const t of tokens) {
    if (t.kind === 'positional') inputs.push(t.value);
    if (t.kind !== 'option') continue;
    const spec = BY_NAME.get(t.name);
    if (!spec) throw new UsageError(`unknown option ${t.rawName}`);
    if (spec.value) {
      if (t.value === undefined) throw new UsageError(`${t.rawName} needs a value`);
      spec.apply(o, t.value, t.rawName);
    } else {
      if (t.inlineValue) throw new UsageError(`${t.rawName} takes no value`);
      spec.apply(o, '', t.rawName);
    }
  }
  if (o.fix && o.fixDryRun) throw new UsageError('use either --fix or --fix-dry-run, not both');
  if (o.config && o.noConfig) throw new UsageError('use either --config or --no-config, not both');
  if (o.export && (o.fix || o.fixDryRun)) throw new UsageError('--export cannot be combined with --fix or --fix-dry-run');
  if (o.fix && inputs.includes('-')) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run to see the changes');
  if (inputs.filter((x) => x === '-').length > 1) throw new UsageError('"-" (standard input) can be given only once');
  if (!o.help && !o.version && !o.listRules && inputs.length === 0) throw new UsageError('no files given');
  return o;
}
