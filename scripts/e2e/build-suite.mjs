// Bundles the e2e suite (test/e2e) into out/e2e: index.js (the entry VS Code's
// extension host calls, with mocha bundled in) and one file per *.test.ts.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const suiteOutDir = path.join(repoRoot, 'out', 'e2e');

export async function buildSuite() {
  const srcDir = path.join(repoRoot, 'test', 'e2e');
  const tests = fs
    .readdirSync(path.join(srcDir, 'suite'))
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => path.join(srcDir, 'suite', f));
  fs.rmSync(suiteOutDir, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: repoRoot,
    entryPoints: [path.join(srcDir, 'index.ts'), ...tests],
    outbase: srcDir,
    outdir: suiteOutDir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode'],
    logLevel: 'warning',
    // mocha's parallel mode (unused here) resolves a worker file at run time
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  return path.join(suiteOutDir, 'index.js');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(await buildSuite());
}
