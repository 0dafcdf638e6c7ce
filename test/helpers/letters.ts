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
    .map((f) => ({
      id: `${sub}/${f}`,
      file: join(folder, f),
      text: readFileSync(join(folder, f), 'utf8'),
      outcomes: expected[f].outcomes,
    }));
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

/** How many letters the full corpus holds in each folder (the first part of a RealLetter id). */
const FULL_CORPUS: Readonly<Record<string, number>> = { letters: 146, 'letters-layout': 146, seeds: 5 };

/** Whether `letters` are the whole of their folders in the full corpus, rather than the sample kept in test/fixtures. */
export function isFullCorpus(letters: readonly RealLetter[]): boolean {
  return letters.length >= fullSizeOf(letters);
}

function fullSizeOf(letters: readonly RealLetter[]): number {
  const folders = new Set(letters.map((l) => l.id.split('/')[0]));
  let size = 0;
  for (const f of folders) size += FULL_CORPUS[f] ?? letters.filter((l) => l.id.split('/')[0] === f).length;
  return size;
}

/**
 * A minimum count sized for the full corpus, scaled to the letters loaded: exactly `fullCorpusMinimum` when
 * `letters` are the full corpus, otherwise the same share of them (rounded down, at least 1). A clone without
 * ../shared thus still demands that a mutation applied to as large a share of its letters as on the full corpus.
 */
export function minimumFor(fullCorpusMinimum: number, letters: readonly RealLetter[]): number {
  if (isFullCorpus(letters)) return fullCorpusMinimum;
  return Math.max(1, Math.floor((fullCorpusMinimum * letters.length) / fullSizeOf(letters)));
}

export function fixture(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}
