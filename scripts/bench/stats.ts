// Summaries of repeated timings: the median and the 99th percentile (nearest rank), judged over noisy machines.
export interface Summary {
  readonly runs: number;
  readonly median: number;
  readonly p99: number;
  readonly min: number;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) return { runs: 0, median: NaN, p99: NaN, min: NaN };
  const s = [...samples].sort((a, b) => a - b);
  const rank = (q: number): number => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { runs: s.length, median, p99: rank(0.99), min: s[0] };
}

/** Runs `fn` `runs` times (after `warmup` unmeasured runs) and returns the milliseconds of each run. */
export async function timeRuns(runs: number, warmup: number, fn: (run: number) => Promise<unknown> | unknown): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    out.push(performance.now() - t0);
  }
  return out;
}

export const ms = (v: number): string => (Number.isNaN(v) ? 'n/a' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
export const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(2)} MB`;
