// Golden files of tests (test/golden/<kind>/...): compared with what a test produces, rewritten only by
// `npm run test:update-goldens` (IMR_UPDATE_GOLDENS=1, never in CI). And the hand-written letters they are made
// of, with the states of each while it is being written.
import assert from 'node:assert/strict';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FIXTURES, ROOT } from './letters';
import { lineChunks } from '../drafting/typist';

export const UPDATE_GOLDENS = process.env.IMR_UPDATE_GOLDENS === '1';

/** The hand-written letters of the formats and defects the corpus lacks, by their goldens' id. */
export const WRITTEN: readonly { readonly id: string; readonly text: string }[] = [
  ...['format2.imr', 'format3.imr'].map((f) => ({ id: `written/${f}`, file: join(FIXTURES, 'written', f) })),
  ...['clean.imr', 'crlf.imr', 'defects.imr'].map((f) => ({ id: `cli/${f}`, file: join(ROOT, 'test', 'cli', 'letters', f) })),
].map((w) => ({ id: w.id, text: readFileSync(w.file, 'utf8') }));

/** Every state of `text` being written line by line: each line half typed, then whole with its line break. */
export function drafts(text: string): string[] {
  const out: string[] = [];
  let done = '';
  for (const chunk of lineChunks(text)) {
    const line = chunk.replace(/[\r\n]+$/, '');
    if (line.length > 1) out.push(done + line.slice(0, line.length >> 1));
    done += chunk;
    out.push(done);
  }
  return out;
}

/** 32-bit FNV-1a as 8 hex digits: what goldens show of a long text or a list instead of all of it. */
export function digest(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** The first lines where two texts part, with a line of context before. */
export function firstDifference(got: string, want: string): string {
  const a = got.split('\n');
  const b = want.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [i > 0 ? `  ${a[i - 1]}` : '', `- ${b[i] ?? '(end)'}`, `+ ${a[i] ?? '(end)'}`].filter(Boolean).join('\n');
}

/** The golden files of one kind (test/golden/<kind>/<id>). */
export class Goldens {
  readonly dir: string;

  constructor(kind: string) {
    this.dir = join(ROOT, 'test', 'golden', kind);
  }

  /** Compares `got` with the golden file `id` (writing it first when updating). */
  check(id: string, got: string): void {
    const file = join(this.dir, id);
    // A full run notes every golden file read (scripts/test.mjs fails on those no test reads).
    if (process.env.IMR_GOLDENS_READ) appendFileSync(process.env.IMR_GOLDENS_READ, `${file}\n`);
    if (UPDATE_GOLDENS) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, got);
    }
    assert.ok(existsSync(file), `${file} is missing: run npm run test:update-goldens and review the new file`);
    const want = readFileSync(file, 'utf8');
    if (got !== want)
      assert.fail(
        `${id} differs from ${file} (npm run test:update-goldens to accept, then review the diff)\n${firstDifference(got, want)}`,
      );
  }

  /** Fails on golden files of no id in `ids` (removes them when updating), and when updating runs in CI. */
  checkOrphans(ids: ReadonlySet<string>): void {
    assert.ok(!(UPDATE_GOLDENS && process.env.CI), 'IMR_UPDATE_GOLDENS in CI would accept any output');
    const orphans = readdirSync(this.dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(this.dir.length + 1))
      .filter((id) => !ids.has(id));
    if (UPDATE_GOLDENS) for (const id of orphans) rmSync(join(this.dir, id));
    else assert.deepEqual(orphans, [], 'golden files of nothing tested (npm run test:update-goldens removes them)');
  }
}
