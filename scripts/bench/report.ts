// The results as Markdown tables: printed by `npm run bench` and written to BENCHMARKS.md.
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { execSync } from 'node:child_process';
import { mb, ms } from './stats';

export interface Row {
  readonly what: string;
  readonly document: string;
  readonly ours: { median: number; p99: number };
  readonly peer?: { name: string; median: number; p99: number };
  /** How the values read: milliseconds (default), MB/s or MB. */
  readonly unit?: 'ms' | 'MB/s' | 'MB';
}

export interface Budget {
  readonly what: string;
  readonly limit: string;
  readonly measured: string;
  readonly met: boolean;
  readonly why?: string;
}

const fmt = (v: number, unit: Row['unit'] = 'ms'): string =>
  Number.isNaN(v) ? 'n/a' : unit === 'ms' ? `${ms(v)} ms` : unit === 'MB/s' ? `${v.toFixed(1)} MB/s` : mb(v);

/** Peer ÷ ours for times and sizes (how many times less we take), ours ÷ peer for throughput. */
function ratio(r: Row): string {
  if (!r.peer || !(r.ours.median > 0) || !(r.peer.median > 0)) return '';
  const x = r.unit === 'MB/s' ? r.ours.median / r.peer.median : r.peer.median / r.ours.median;
  return `${x >= 10 ? x.toFixed(0) : x.toFixed(1)}x`;
}

export function machine(): string {
  const cpu = cpus();
  let commit = '';
  try {
    commit = execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    // not a git checkout
  }
  return [
    `- Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}${commit ? `, commit ${commit}` : ''}`,
    `- Machine: ${cpu[0]?.model ?? 'unknown CPU'} x ${cpu.length}, ${(totalmem() / 1073741824).toFixed(0)} GB, ${platform()} ${release()}, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} at the end of the run`,
    `- Node ${process.version}`,
  ].join('\n');
}

export function rowsTable(rows: readonly Row[]): string {
  const out = [
    '| Measurement | Document | Ours median | Ours p99 | Peer | Peer median | Peer p99 | Peer ÷ ours |',
    '|---|---|--:|--:|---|--:|--:|--:|',
  ];
  for (const r of rows) {
    out.push(
      `| ${r.what} | ${r.document} | ${fmt(r.ours.median, r.unit)} | ${fmt(r.ours.p99, r.unit)} | ${r.peer?.name ?? ''} | ${r.peer ? fmt(r.peer.median, r.unit) : ''} | ${r.peer ? fmt(r.peer.p99, r.unit) : ''} | ${ratio(r)} |`,
    );
  }
  return out.join('\n');
}

export function budgetsTable(budgets: readonly Budget[]): string {
  const out = ['| Budget | Limit | Measured | Met |', '|---|---|---|---|'];
  for (const b of budgets)
    out.push(`| ${b.what} | ${b.limit} | ${b.measured} | ${b.met ? 'yes' : `**no**${b.why ? ` (${b.why})` : ''}`} |`);
  return out.join('\n');
}
