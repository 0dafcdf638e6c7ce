// `npm test`: build, type-check, lint, then unit and protocol tests (node's test runner), grammar tests,
// the Neovim client test and the real-VS-Code suite (each says clearly when it is skipped).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const only = process.argv.slice(2);
const want = (step) => only.length === 0 || only.includes(step);
const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) {
    console.error(`\n${[cmd, ...args].join(' ')} failed (exit ${r.status})`);
    process.exit(r.status || 1);
  }
};

function testFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) {
      if (!['fixtures', 'e2e', 'grammar', 'nvim'].includes(e)) out.push(...testFiles(p));
    } else if (e.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

// A full run on a machine where we may install (root) first installs what the editor tests need
// (chromium, neovim, code-server; cached, so later runs skip it in a fraction of a second).
// IMR_E2E_NO_INSTALL=1 skips this; without root the editor tests say they are skipped.
if (only.length === 0 && process.getuid?.() === 0 && !process.env.IMR_E2E_NO_INSTALL && existsSync('scripts/e2e/install.mjs')) {
  run(process.execPath, ['scripts/e2e/install.mjs']);
}
if (want('build')) run('npm', ['run', '--silent', 'build']);
if (want('check')) {
  run('npx', ['--no-install', 'tsc', '--noEmit', '-p', '.']);
  run('npx', ['--no-install', 'eslint', '.']);
}
if (want('unit')) {
  rmSync('out/test', { recursive: true, force: true });
  const entries = testFiles('test');
  await esbuild.build({
    entryPoints: entries,
    outdir: 'out/test',
    outbase: 'test',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    packages: 'external',
    logLevel: 'warning',
  });
  const files = entries.map((e) => join('out', e.replace(/\.ts$/, '.js')));
  run(process.execPath, ['--test', '--test-reporter=spec', ...files]);
}
if (want('grammar') && existsSync('scripts/test-grammar.mjs')) run(process.execPath, ['scripts/test-grammar.mjs']);
if (want('nvim') && existsSync('test/nvim/run.mjs')) run(process.execPath, ['test/nvim/run.mjs']);
if (want('e2e') && existsSync('scripts/e2e/run.mjs')) run(process.execPath, ['scripts/e2e/run.mjs']);
