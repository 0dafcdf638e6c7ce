// Start -> initialize response of our server, both ways it starts: the loader (server/src/node/loader.ts) compiles the
// server bundle from source on the first start after an install or an update and writes a V8 code cache a little
// later; every later start reads it. Each first start gets a cache folder of its own that does not exist yet; the
// later starts share one folder that a server started before them has written its cache into.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LspOptions } from './lspClient';
import { summarize, type Summary } from './stats';

export interface StartTimes {
  /** Without a cache: the first start. */
  readonly first: Summary;
  /** With the cache the first start wrote. */
  readonly cached: Summary;
  /** False when the server wrote no cache (then `cached` measured starts without one). */
  readonly cacheWritten: boolean;
  /** A bare `node -e 0`, spawn -> exit, run after each cached start: the floor at the same moments. */
  readonly bare: Summary;
}

function driver<T>(args: string[]): T {
  const script = join(process.env.IMR_BENCH_ROOT ?? process.cwd(), 'scripts', 'bench', 'startDriver.mjs');
  const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`startDriver.mjs failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/** Start -> initialize response of another server (command: node, its script, its arguments), from the same small process. */
export function peerStartTimes(opts: LspOptions, runs: number): Summary {
  return summarize(driver<{ times: number[] }>(['plain', String(runs), ...opts.command.slice(1)]).times);
}

/** Runs startDriver.mjs (a small process of its own) against the server of `opts` and reads its times. */
export async function startTimes(opts: LspOptions, runs: number): Promise<StartTimes> {
  const root = mkdtempSync(join(tmpdir(), 'imr-bench-cache-'));
  try {
    const server = opts.command[opts.command.length - 2]; // [node, server.js, --stdio]
    const t = driver<{ first: number[]; cached: number[]; bare: number[]; cacheWritten: boolean }>(['ours', server, root, String(runs)]);
    return { first: summarize(t.first), cached: summarize(t.cached), bare: summarize(t.bare), cacheWritten: t.cacheWritten };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
