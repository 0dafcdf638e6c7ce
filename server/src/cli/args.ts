// Command-line arguments of imr-lint. Pure: argv in, options (or a usage error) out.
import { parseRuleFlag } from '../config';
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

export const USAGE = `Usage: imr-lint [options] <file|folder|glob|->...

Checks IMR final determination letters with the same rules as the editor.
Folders are searched for *.txt and *.imr files; "-" reads one letter from standard input.

Options:
  -f, --format <text|json|sarif>  Report format (default: text)
      --max-level <level>         Exit 1 when a problem is at or above this level:
                                  error, warning, information or hint (default: error)
      --max-warnings <n>          Also exit 1 when there are more than n warnings
      --rule <name=level>         Set a rule's level (error, warning, information, hint, off); repeatable
      --list-rules                List the rules and exit
      --export <csv|json>         Print every disputed item of every letter (case number, item,
                                  outcome, citations, conclusion) instead of a report
      --fix                       Apply safe fixes to the files (atomically)
      --fix-dry-run               Show the safe fixes as a diff; change nothing
  -c, --config <file>             Use this config file instead of the nearest .imr-lint.json
      --no-config                 Ignore .imr-lint.json
  -j, --jobs <n>                  Worker threads (default: all cores for large batches on 4+ cores; 1: no workers)
  -o, --output <file>             Write the report (or export) to a file
      --stdin-filename <name>     Name to report standard input under (default: <stdin>)
      --color, --no-color         Force or disable colours (default: on a terminal)
      --no-progress               No progress line on a terminal
  -h, --help                      Show this help
  -v, --version                   Show the version

Exit codes: 0 clean, 1 problems at or above --max-level (or too many warnings), 2 usage or I/O error.
`;

const LEVELS: readonly Level[] = ['error', 'warning', 'information', 'hint'];

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): CliOptions {
  const inputs: string[] = [];
  const rules: Record<string, LevelSetting> = {};
  const o: { -readonly [K in keyof CliOptions]: CliOptions[K] } = {
    inputs,
    format: 'text',
    maxLevel: 'error',
    maxWarnings: -1,
    rules,
    listRules: false,
    fix: false,
    fixDryRun: false,
    noConfig: false,
    progress: true,
    stdinFilename: '<stdin>',
    help: false,
    version: false,
  };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    let inline: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      inline = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const value = (): string => {
      if (inline !== undefined) return inline;
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    const count = (v: string): number => {
      if (!/^\d+$/.test(v)) throw new UsageError(`${arg} expects a whole number, got "${v}"`);
      return Number(v);
    };
    switch (arg) {
      case '-f':
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError(`--format must be text, json or sarif, got "${v}"`);
        o.format = v;
        break;
      }
      case '--max-level': {
        const v = value();
        if (!LEVELS.includes(v as Level)) throw new UsageError(`--max-level must be one of ${LEVELS.join(', ')}, got "${v}"`);
        o.maxLevel = v as Level;
        break;
      }
      case '--max-warnings':
        o.maxWarnings = count(value());
        break;
      case '--rule': {
        const r = parseRuleFlag(value());
        if (typeof r === 'string') throw new UsageError(r);
        rules[r.name] = r.level;
        break;
      }
      case '--list-rules':
        o.listRules = true;
        break;
      case '--export': {
        const v = value();
        if (v !== 'csv' && v !== 'json') throw new UsageError(`--export must be csv or json, got "${v}"`);
        o.export = v;
        break;
      }
      case '--fix':
        o.fix = true;
        break;
      case '--fix-dry-run':
        o.fixDryRun = true;
        break;
      case '-c':
      case '--config':
        o.config = value();
        break;
      case '--no-config':
        o.noConfig = true;
        break;
      case '-j':
      case '--jobs': {
        const n = count(value());
        if (n < 1) throw new UsageError('--jobs must be at least 1');
        o.jobs = n;
        break;
      }
      case '-o':
      case '--output':
        o.output = value();
        break;
      case '--stdin-filename':
        o.stdinFilename = value();
        break;
      case '--color':
        o.color = true;
        break;
      case '--no-color':
        o.color = false;
        break;
      case '--no-progress':
        o.progress = false;
        break;
      case '-h':
      case '--help':
        o.help = true;
        break;
      case '-v':
      case '--version':
        o.version = true;
        break;
      default:
        throw new UsageError(`unknown option ${arg}`);
    }
    if (inline !== undefined && ['--list-rules', '--fix', '--fix-dry-run', '--no-config', '--color', '--no-color', '--no-progress', '--help', '--version'].includes(arg)) {
      throw new UsageError(`${arg} takes no value`);
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
