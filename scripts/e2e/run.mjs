#!/usr/bin/env node
// Runs the end-to-end suite (test/e2e) inside a real VS Code:
//   - code-server in headless chromium through scripts/e2e/code-server-launcher.mjs,
//     when scripts/e2e/install.mjs has installed code-server (the normal case on Linux);
//   - otherwise, on macOS/Windows or with IMR_E2E_VSCODE=desktop, a desktop VS Code
//     that @vscode/test-electron downloads.
// Both go through @vscode/test-electron's runTests(), so the suite is the same.
//
//   node scripts/e2e/run.mjs [--no-build] [--grep PATTERN]
//
// Prints "e2e: N passed, M failed" and exits 0/1. Without code-server it prints
// "e2e skipped: ..." and exits 0, unless IMR_E2E_REQUIRED is set (then it fails).
// IMR_E2E_KEEP=1 keeps the scratch folder (workspace, user data, logs).
// IMR_E2E_EXTENSION_DIR=DIR tests the extension in DIR (e.g. an unpacked .vsix)
// instead of this checkout's build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeServerInstalled, findChromium } from './paths.mjs';
import { buildSuite, repoRoot } from './build-suite.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const launcher = path.join(here, 'code-server-launcher.mjs');
const args = process.argv.slice(2);
const noBuild = args.includes('--no-build');
const grepAt = args.indexOf('--grep');
const grep = grepAt >= 0 ? args[grepAt + 1] : process.env.IMR_E2E_GREP;
const required = !!process.env.IMR_E2E_REQUIRED;
const extensionDir = process.env.IMR_E2E_EXTENSION_DIR ? path.resolve(process.env.IMR_E2E_EXTENSION_DIR) : repoRoot;
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

function skipOrFail(reason) {
  if (required) {
    console.error(`e2e failed: ${reason} (IMR_E2E_REQUIRED is set)`);
    process.exit(1);
  }
  console.log(`e2e skipped: ${reason}`);
  process.exit(0);
}

// Which VS Code?
let mode;
if (process.env.IMR_E2E_VSCODE === 'desktop') mode = 'desktop';
else if (codeServerInstalled()) mode = 'code-server';
else if (process.platform === 'darwin' || process.platform === 'win32') mode = 'desktop';
else skipOrFail('code-server is not installed (run: node scripts/e2e/install.mjs)');
if (mode === 'code-server' && !findChromium()) skipOrFail('chromium is not installed (run: node scripts/e2e/install.mjs)');

// Build the extension and the suite.
if (!noBuild && extensionDir === repoRoot) {
  const b = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs')], { cwd: repoRoot, stdio: 'inherit' });
  if (b.status !== 0) {
    console.error('e2e failed: the extension does not build (node scripts/build.mjs)');
    process.exit(1);
  }
}
for (const f of ['dist/extension.js', 'dist/server.js', 'dist/server-main.js']) {
  if (!fs.existsSync(path.join(extensionDir, f))) {
    console.error(`e2e failed: ${f} is missing (npm run build)`);
    process.exit(1);
  }
}
const suiteIndex = await buildSuite();

// A scratch workspace holding copies of the fixtures, so tests may edit and save.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-e2e-'));
const workspace = path.join(scratch, 'workspace');
fs.cpSync(path.join(repoRoot, 'test', 'e2e', 'fixtures'), workspace, { recursive: true });
const resultsFile = path.join(scratch, 'results.json');

const { runTests } = await import('@vscode/test-electron');
console.log(`e2e: running in ${mode === 'code-server' ? 'code-server (headless chromium)' : 'desktop VS Code'}`);
let runError;
try {
  await runTests({
    ...(mode === 'code-server' ? { vscodeExecutablePath: launcher } : {}),
    extensionDevelopmentPath: extensionDir,
    extensionTestsPath: suiteIndex,
    launchArgs: [
      workspace,
      `--user-data-dir=${path.join(scratch, 'user-data')}`,
      `--extensions-dir=${path.join(scratch, 'extensions')}`,
      '--disable-extensions',
    ],
    extensionTestsEnv: {
      IMR_E2E_RESULTS: resultsFile,
      IMR_E2E_WORKSPACE: workspace,
      ...(grep ? { IMR_E2E_GREP: grep } : {}),
    },
  });
} catch (err) {
  runError = err;
}

let results;
try {
  results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
} catch {
  results = undefined;
}
if (!process.env.IMR_E2E_KEEP) fs.rmSync(scratch, { recursive: true, force: true });
else console.log(`e2e: scratch folder kept at ${scratch}`);

if (!results) {
  console.error(`e2e failed: the suite reported no results (${runError?.message ?? 'no result file'}) after ${seconds()}`);
  process.exit(1);
}
const ok = !runError && results.failed === 0 && results.passed > 0;
console.log(
  `e2e: ${results.passed} passed, ${results.failed} failed${results.pending ? `, ${results.pending} pending` : ''} (${seconds()})`,
);
process.exit(ok ? 0 : 1);
