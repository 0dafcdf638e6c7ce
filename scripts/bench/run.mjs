// `npm run bench`: builds the extension when dist/ is missing, bundles the benchmark and runs it.
// Options: --quick (fewer runs, BENCHMARKS.md left alone). The server measured is built here as it ships in
// the package (minified, no source map), from the same entries as dist/server.js and dist/server-main.js: the
// loader to out/bench-server.js and the server it loads (through the V8 code cache) to out/server-main.js.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
process.chdir(root);
if (!existsSync('dist/server.js')) {
  const b = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const shipped = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
};
await esbuild.build({ ...shipped, entryPoints: ['server/src/node/loader.ts'], outfile: 'out/bench-server.js' });
await esbuild.build({ ...shipped, entryPoints: ['server/src/node/main.ts'], outfile: 'out/server-main.js' });
await esbuild.build({
  entryPoints: ['scripts/bench/main.ts'],
  outfile: 'out/bench/main.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  logLevel: 'warning',
});
const r = spawnSync(process.execPath, ['out/bench/main.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, IMR_BENCH_ROOT: root },
});
process.exit(r.status ?? 1);
