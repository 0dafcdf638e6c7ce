// What a run produced, per letter, in input order: the shape every output format reads.
import type { Level } from '../rules';
import type { LetterEncoding } from '../analysis';
import type { LetterReport } from './analyse';

export interface FileResult {
  /** As shown: relative to the working folder with "/" separators, or the name given to standard input. */
  readonly file: string;
  /** The absolute path read (absent for standard input). */
  readonly path?: string;
  readonly report?: LetterReport;
  /** How the letter's bytes were read, so a fix is written back in them. */
  readonly source?: { readonly encoding: LetterEncoding; readonly bom: boolean };
  /** Why the letter could not be read or written. */
  readonly error?: string;
}

export type LevelCounts = Record<Level, number>;

export function countLevels(results: readonly FileResult[]): LevelCounts & { fixable: number; files: number } {
  const c = { error: 0, warning: 0, information: 0, hint: 0, fixable: 0, files: 0 };
  for (const r of results) {
    if (r.report?.problems.length) c.files++;
    for (const p of r.report?.problems ?? []) {
      c[p.level]++;
      if (p.fixable) c.fixable++;
    }
  }
  return c;
}

const RANK: Record<Level, number> = { hint: 0, information: 1, warning: 2, error: 3 };

export function atOrAbove(level: Level, threshold: Level): boolean {
  return RANK[level] >= RANK[threshold];
}
