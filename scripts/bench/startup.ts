// Start -> initialize response of our server, both ways it starts: the loader (server/src/loader.ts) compiles the
// server bundle from source on the first start after an install or an update and writes a V8 code cache a little
// later; every later start reads it. Each first start gets a cache folder of its own that does not exist yet; the
// later starts share one folder that a server started before them has written its cache into.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLsp, type LspOptions } from './lspClient';
import { summarize, type Summary } from './stats';

const CACHE_ENV = 'IMR_LETTERS_CACHE_DIR';
const CACHE_FILE = 'server-main.v8cache';

export interface StartTimes {
  /** Without a cache: the first start. */
  readonly first: Summary;
  /** With the cache the first start wrote. */
  readonly cached: Summary;
  /** False when the server wrote no cache (then `cached` measured starts without one). */
  readonly cacheWritten: boolean;
}

async function readyMs(opts: LspOptions, cacheDir: string): Promise<number> {
  process.env[CACHE_ENV] = cacheDir; // the server inherits this process's environment
  const s = await startLsp(opts);
  await s.stop();
  return s.readyMs;
}

export async function startTimes(opts: LspOptions, runs: number): Promise<StartTimes> {
  const root = mkdtempSync(join(tmpdir(), 'imr-bench-cache-'));
  const before = process.env[CACHE_ENV];
  try {
    const first: number[] = [];
    for (let i = 0; i < runs; i++) first.push(await readyMs(opts, join(root, `first-${i}`)));
    const dir = join(root, 'cached');
    process.env[CACHE_ENV] = dir;
    const s = await startLsp(opts);
    const deadline = performance.now() + 15000;
    while (!existsSync(join(dir, CACHE_FILE)) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    await s.stop();
    const cached: number[] = [];
    for (let i = 0; i < runs; i++) cached.push(await readyMs(opts, dir));
    return { first: summarize(first), cached: summarize(cached), cacheWritten: existsSync(join(dir, CACHE_FILE)) };
  } finally {
    if (before === undefined) delete process.env[CACHE_ENV];
    else process.env[CACHE_ENV] = before;
    rmSync(root, { recursive: true, force: true });
  }
}
