// Real letters for tests: the full corpus and seeds from ../shared (or IMR_CORPUS_DIR / IMR_SEEDS_DIR),
// falling back to the copies under test/fixtures so a clone without ../shared still tests on real letters.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root: the nearest folder above this file with the extension's package.json (tests run bundled from out/). */
export const ROOT = ((): string => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'server'))) {
    const up = resolve(dir, '..');
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
})();
export const FIXTURES = join(ROOT, 'test', 'fixtures');

export interface RealLetter {
  /** e.g. "letters/CM16-0230548.txt" */
  readonly id: string;
  readonly file: string;
  readonly text: string;
  readonly outcomes: readonly string[];
}

export function corpusDir(): string {
  if (process.env.IMR_CORPUS_DIR) return resolve(process.env.IMR_CORPUS_DIR);
  const shared = resolve(ROOT, '..', 'shared', 'corpus');
  return existsSync(join(shared, 'expected-outcomes.json')) ? shared : join(FIXTURES, 'corpus');
}

export function seedsDir(): string {
  if (process.env.IMR_SEEDS_DIR) return resolve(process.env.IMR_SEEDS_DIR);
  const shared = resolve(ROOT, '..', 'shared', 'seeds');
  return existsSync(shared) ? shared : join(FIXTURES, 'seeds');
}

function load(dir: string, sub: string, expected: Record<string, { outcomes: string[] }>): RealLetter[] {
  const folder = join(dir, sub);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.txt') && expected[f])
    .sort()
    .map((f) => ({ id: `${sub}/${f}`, file: join(folder, f), text: readFileSync(join(folder, f), 'utf8'), outcomes: expected[f].outcomes }));
}

/** Every corpus letter in both extractions. */
export function corpusLetters(): RealLetter[] {
  const dir = corpusDir();
  const expected = JSON.parse(readFileSync(join(dir, 'expected-outcomes.json'), 'utf8'));
  return [...load(dir, 'letters', expected), ...load(dir, 'letters-layout', expected)];
}

/** The five 2014 "Page(s):" letters; their expected outcomes are kept with the fixtures. */
export function seedLetters(): RealLetter[] {
  const expected = JSON.parse(readFileSync(join(FIXTURES, 'seeds', 'expected-outcomes.json'), 'utf8'));
  return load(seedsDir(), '.', expected).map((l) => ({ ...l, id: `seeds/${l.id.slice(2)}` }));
}

export function allRealLetters(): RealLetter[] {
  return [...corpusLetters(), ...seedLetters()];
}

export function fixture(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}
