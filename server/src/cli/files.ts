// Turns the command line's files, folders and globs into a sorted list of letters to check.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { minimatch } from 'minimatch';
import { ignoredPath } from '../analysis/ignore';

/** What a folder is searched for. Named files are checked whatever their extension. */
const LETTER_FILE = /\.(txt|imr)$/i;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);
const GLOB_CHARS = /[*?[\]{}]/;

export interface Expansion {
  /** Absolute paths, sorted, without duplicates; "-" for standard input (kept in its place first). */
  readonly files: string[];
  /** One sentence per input that matched nothing or could not be read. */
  readonly errors: string[];
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

/** What a walk passed over because an ignore glob matched it (letters, and folders as a whole). */
interface Skipped {
  count: number;
}

function walk(
  dir: string,
  out: string[],
  ignored: (abs: string) => boolean,
  errors: string[],
  accept: (name: string) => boolean = (n) => LETTER_FILE.test(n),
  skipped: Skipped = { count: 0 },
): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    errors.push(`cannot read folder ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return;
  }
  for (const e of entries) {
    const abs = join(dir, e.name);
    if (ignored(abs)) {
      if (e.isDirectory() || (e.isFile() && accept(e.name))) skipped.count++;
      continue;
    }
    if (e.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(e.name) && !e.name.startsWith('.')) walk(abs, out, ignored, errors, accept, skipped);
    } else if (e.isFile() && accept(e.name)) out.push(abs);
  }
}

/** The folder a glob starts from: its leading segments without glob characters. */
function globBase(pattern: string): string {
  const parts = toPosix(pattern).split('/');
  const base: string[] = [];
  for (const p of parts) {
    if (GLOB_CHARS.test(p)) break;
    base.push(p);
  }
  return base.join('/') || '.';
}

/**
 * @param ignore globs relative to `ignoreBase` (the config file's folder) that folders and globs skip.
 */
export function expandInputs(inputs: readonly string[], cwd: string, ignore: readonly string[] = [], ignoreBase: string = cwd): Expansion {
  const errors: string[] = [];
  const found: string[] = [];
  // The pipeline's one meaning of an ignore glob (analysis/ignore.ts), on the path below the config's folder.
  const ignored = (abs: string) => ignore.length > 0 && ignoredPath(toPosix(relative(ignoreBase, abs)), ignore);
  let stdin = false;
  for (const input of inputs) {
    if (input === '-') {
      stdin = true;
      continue;
    }
    const abs = resolve(cwd, input);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      found.push(abs);
    } else if (stat?.isDirectory()) {
      const before = found.length;
      const skipped: Skipped = { count: 0 };
      walk(abs, found, ignored, errors, undefined, skipped);
      if (found.length === before) {
        errors.push(
          skipped.count
            ? `every letter in folder ${input} is ignored by the configuration's ignore globs (${ignore.join(', ')}); nothing to check`
            : `no .txt or .imr letters in folder ${input}`,
        );
      }
    } else if (GLOB_CHARS.test(input)) {
      const base = resolve(cwd, globBase(input));
      const pattern = toPosix(resolve(cwd, input));
      const candidates: string[] = [];
      try {
        if (statSync(base).isDirectory()) walk(base, candidates, ignored, errors, () => true);
      } catch {
        // no such base folder: nothing matches
      }
      const matches = candidates.filter((f) => minimatch(toPosix(f), pattern, { dot: false }));
      if (!matches.length) errors.push(`no letters match ${input}`);
      found.push(...matches);
    } else {
      errors.push(`no such file or folder: ${input}`);
    }
  }
  const files = [...new Set(found)].sort();
  return { files: stdin ? ['-', ...files] : files, errors };
}
