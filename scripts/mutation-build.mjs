// Stryker's build step (stryker.config.json buildCommand), run inside its sandbox over the instrumented sources:
// bundles the test files named in IMR_MUTATION_TESTS (set by scripts/mutation.mjs) into out/mutation.
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';

const entries = (process.env.IMR_MUTATION_TESTS ?? '').split(',').filter(Boolean);
if (!entries.length) {
  console.error('IMR_MUTATION_TESTS names no test files (run through npm run mutation)');
  process.exit(2);
}
rmSync('out/mutation', { recursive: true, force: true });
await esbuild.build({
  entryPoints: entries,
  outdir: join('out', 'mutation'),
  outbase: 'test',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  logLevel: 'warning',
  // Stryker's mocha runner runs the tests: node:test's API is mapped onto mocha's (scripts/mutation-node-test.mjs).
  plugins: [
    {
      name: 'node-test-on-mocha',
      setup(build) {
        build.onResolve({ filter: /^node:test$/ }, () => ({ path: resolve('scripts/mutation-node-test.mjs') }));
      },
    },
  ],
});
