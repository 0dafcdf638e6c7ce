// Many letters made from real ones, for workspace-scale tests and the workspace symbol benchmark. Each is a
// real letter with a new case number; every `norcoEvery`-th one (among letters that never mention Norco) has
// its first item header renamed to a Norco request, so a search for "Norco" has a known answer.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RealLetter } from './letters';

export interface GeneratedLetter {
  /** Path relative to the output folder, e.g. "batch-03/CM18-0000042.txt". */
  readonly path: string;
  readonly caseNumber: string;
  readonly text: string;
  /** The renamed item header request, when this letter got one. */
  readonly norco?: string;
}

/** A single-line item header after a blank line: "<request>: Upheld". */
const HEADER_RE = /(?<=\n[ \t\f]*\n)([A-Z][^\n:]{2,80}): (Upheld|Overturned)(?=[ \t]*\r?\n)/;

export function generateLetters(count: number, real: readonly RealLetter[], norcoEvery = 7): GeneratedLetter[] {
  const sources = real.filter((l) => !/norco/i.test(l.text) && HEADER_RE.test(l.text) && /Case Number:/.test(l.text));
  if (!sources.length) throw new Error('no real letter to generate from');
  const out: GeneratedLetter[] = [];
  for (let i = 0; i < count; i++) {
    const src = sources[i % sources.length];
    const caseNumber = `CM18-${String(i).padStart(7, '0')}`;
    let text = src.text.replace(/CM1\d-\d{7}/g, caseNumber);
    let norco: string | undefined;
    if (i % norcoEvery === 0) {
      norco = `Norco 10/325mg #${(i % 90) + 10}`;
      text = text.replace(HEADER_RE, `${norco}: $2`);
    }
    const ext = i % 3 === 0 ? 'imr' : 'txt';
    out.push({ path: join(`batch-${String(Math.floor(i / 500)).padStart(2, '0')}`, `${caseNumber}.${ext}`), caseNumber, text, norco });
  }
  return out;
}

export function writeLetters(root: string, letters: readonly GeneratedLetter[]): void {
  for (const l of letters) {
    const file = join(root, l.path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, l.text);
  }
}
