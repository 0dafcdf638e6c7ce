// Workspace symbols over 10,000 letter files: our server indexes a temporary folder (initialized -> index
// complete), then answers workspace/symbol queries; VS Code's Markdown service does the same over the
// Markdown twins in memory (its first query builds its index).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startLsp, type LspOptions } from './lspClient';
import { markdownService } from './markdown';
import { summarize, type Summary } from './stats';

export const QUERIES = ['norco', 'physical therapy', 'mri', 'cm99-0004', 'upheld', 'x'];

/** Writes `count` letters (real texts with unique case numbers) in folders of 500; returns the folder. */
export function writeLetters(texts: readonly string[], count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'imr-bench-'));
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `batch-${Math.floor(i / 500)}`);
    if (i % 500 === 0) mkdirSync(sub);
    const text = texts[i % texts.length].replace(/CM\d\d-\d{7}/g, `CM99-${String(i).padStart(7, '0')}`);
    writeFileSync(join(sub, `letter-${i}.imr`), text);
  }
  return dir;
}

export interface WorkspaceResult {
  readonly documents: number;
  readonly items: number;
  readonly indexMs: number;
  readonly query: Summary;
  readonly rss: number;
}

export async function oursWorkspace(opts: LspOptions, dir: string, queryRuns: number): Promise<WorkspaceResult | undefined> {
  const uri = pathToFileURL(dir).href;
  const t0 = performance.now();
  const s = await startLsp({ ...opts, workspaceFolders: [{ uri, name: 'letters' }] });
  try {
    if (!s.initializeResult.capabilities.workspaceSymbolProvider) return undefined;
    const status = await s.request<{ documents: number; items: number }>('imrLetters/indexStatus', {});
    const indexMs = performance.now() - t0;
    const times: number[] = [];
    for (let r = 0; r < queryRuns; r++) {
      const q = QUERIES[r % QUERIES.length];
      const t1 = performance.now();
      await s.request('workspace/symbol', { query: q });
      times.push(performance.now() - t1);
    }
    return { documents: status.documents, items: status.items, indexMs, query: summarize(times), rss: s.rss() };
  } finally {
    await s.stop();
  }
}

export async function markdownWorkspace(
  twins: readonly string[],
  count: number,
  queryRuns: number,
): Promise<{ indexMs: number; query: Summary; heapBytes: number }> {
  const md = markdownService();
  const heap0 = process.memoryUsage().heapUsed;
  const docs: TextDocument[] = [];
  for (let i = 0; i < count; i++)
    docs.push(
      TextDocument.create(
        `file:///bench/md/letter-${i}.md`,
        'markdown',
        1,
        twins[i % twins.length].replace(/CM\d\d-\d{7}/g, `CM99-${String(i).padStart(7, '0')}`),
      ),
    );
  md.setWorkspace(docs);
  const t0 = performance.now();
  await md.workspaceSymbols(QUERIES[0]);
  const indexMs = performance.now() - t0;
  const times: number[] = [];
  for (let r = 0; r < queryRuns; r++) {
    const t1 = performance.now();
    await md.workspaceSymbols(QUERIES[r % QUERIES.length]);
    times.push(performance.now() - t1);
  }
  const heapBytes = process.memoryUsage().heapUsed - heap0;
  md.dispose();
  return { indexMs, query: summarize(times), heapBytes };
}

export function removeLetters(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
