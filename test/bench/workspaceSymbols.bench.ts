// Workspace symbols on 10,000 letters generated from real ones: how long the built server takes to index
// them from disk in the background, how long a "Norco" query takes, and the server's memory. Run with
//   npx esbuild test/bench/workspaceSymbols.bench.ts --bundle --platform=node --packages=external --outfile=out/bench/workspaceSymbols.js && node out/bench/workspaceSymbols.js [count]
// Prints numbers only; correctness is asserted by test/protocol/features.workspace.test.ts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { WorkspaceSymbol } from 'vscode-languageserver-types';
import { corpusLetters } from '../helpers/letters';
import { startServer } from '../helpers/lsp';
import { generateLetters, writeLetters } from '../helpers/generateLetters';

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 10_000);
  const root = mkdtempSync(join(tmpdir(), 'imr-bench-'));
  try {
    const letters = generateLetters(count, corpusLetters());
    writeLetters(root, letters);
    const megabytes = letters.reduce((n, l) => n + l.text.length, 0) / 1048576;
    const t0 = performance.now();
    const server = await startServer({ pull: true, workspaceFolders: [pathToFileURL(root).href] });
    // A query sent straight away answers once the background index is complete.
    const first = await server.connection.sendRequest<WorkspaceSymbol[]>('workspace/symbol', { query: 'Norco' });
    const indexed = performance.now() - t0;
    const status = await server.connection.sendRequest<{ documents: number; items: number }>('imrLetters/indexStatus', {});
    const times: number[] = [];
    for (const q of ['Norco', 'norco #10', 'Physical therapy', 'CM18-0000042', 'zzz-no-match', 'MRI']) {
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        await server.connection.sendRequest('workspace/symbol', { query: q });
        times.push(performance.now() - t);
      }
    }
    times.sort((a, b) => a - b);
    const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.process.pid}/status`, 'utf8'))?.[1];
    console.log(`${count} letters (${megabytes.toFixed(1)} MB), ${status.documents} indexed, ${status.items} items`);
    console.log(
      `index from disk (start to first answer): ${(indexed / 1000).toFixed(2)} s; "Norco" found ${first.length} (expected ${letters.filter((l) => l.norco).length})`,
    );
    console.log(
      `query round trip over stdio: median ${times[times.length >> 1].toFixed(2)} ms, max ${times[times.length - 1].toFixed(2)} ms`,
    );
    if (rss) console.log(`server memory (RSS): ${(Number(rss) / 1024).toFixed(0)} MB`);
    await server.stop();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

void main();
