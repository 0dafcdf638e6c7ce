#!/usr/bin/env node
// A stand-in for the `code` executable that @vscode/test-electron's runTests()
// spawns. It accepts the same arguments:
//
//   --extensionDevelopmentPath=DIR --extensionTestsPath=FILE
//   --user-data-dir=DIR --extensions-dir=DIR [FOLDER]
//
// and runs the extension's test suite in a real VS Code workbench: code-server
// (installed by scripts/e2e/install.mjs) shown in headless chromium, driven by
// playwright-core. The workbench's smoke-test driver reads the test payload from
// the URL, loads the extension under development into the Node extension host
// and runs the suite; the extension host's console comes back through
// window.codeAutomationLog and the suite's exit code through
// window.codeAutomationExit, which this launcher turns into its own exit code.
//
// When run as root with `unshare` available it re-runs itself in fresh network,
// pid and mount namespaces: loopback is the only network, and every process
// code-server and chromium start dies with it.
//
// Environment: IMR_E2E_TIMEOUT (seconds, default 300), IMR_E2E_VERBOSE=1 (show
// code-server's and the workbench's own logs), IMR_E2E_NO_UNSHARE=1.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import { fileURLToPath } from 'node:url';
import { codeServerInstalled } from './paths.mjs';
import { launchChromium, reexecIsolated, startCodeServer, workbenchUrl } from './workbench.mjs';

const self = fileURLToPath(import.meta.url);
const verbose = !!process.env.IMR_E2E_VERBOSE;
const timeoutMs = Number(process.env.IMR_E2E_TIMEOUT || 300) * 1000;

// The smoke-test log channel carries the workbench's own info messages next to
// the extension host's console; these are the workbench's, shown only when verbose.
const workbenchChatter = new RegExp(
  '^(Resolving connection token|Resolved connection token|Creating a socket|' +
    '\\[reconnection-grace-time\\]|Ignoring fetching additional builtin extensions|\\[Service Worker\\]|' +
    '\\[AgentHost:remote\\]|\\[AccountPolicyGate\\]|Started local extension host|Creation of workbench contribution|' +
    'Updating additional builtin extensions cache|' +
    'Extension host \\(Remote\\) is unresponsive|Extension host \\(Remote\\) is responsive)',
);

function log(msg) {
  process.stderr.write(`[code-server-launcher] ${msg}\n`);
}

if (!reexecIsolated(self, process.argv.slice(2))) {
  main().then(
    (code) => process.exit(code),
    (err) => {
      log(`error: ${err?.stack || err}`);
      process.exit(1);
    },
  );
}

// ---- arguments ----------------------------------------------------------------
function parseArgs(argv) {
  const opts = { extensionDevelopmentPath: [], folder: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--([^=]+)(?:=(.*))?$/s.exec(a);
    if (!m) {
      opts.folder = path.resolve(a);
      continue;
    }
    const [, name, inline] = m;
    const takesValue = ['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir'];
    if (!takesValue.includes(name)) continue; // desktop-only switches: --no-sandbox, --disable-updates, ...
    const value = inline ?? argv[++i];
    if (name === 'extensionDevelopmentPath') opts.extensionDevelopmentPath.push(path.resolve(value));
    else if (name === 'extensionTestsPath') opts.extensionTestsPath = path.resolve(value);
    else if (name === 'user-data-dir') opts.userDataDir = path.resolve(value);
    else if (name === 'extensions-dir') opts.extensionsDir = path.resolve(value);
  }
  return opts;
}

// ---- the test run ---------------------------------------------------------------
async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!opts.extensionTestsPath || opts.extensionDevelopmentPath.length === 0) {
    log(
      'usage: code-server-launcher --extensionDevelopmentPath=DIR --extensionTestsPath=FILE ' +
        '[--user-data-dir=DIR] [--extensions-dir=DIR] [FOLDER]',
    );
    return 2;
  }
  if (!codeServerInstalled()) {
    log('code-server is not installed; run: node scripts/e2e/install.mjs');
    return 1;
  }
  const scratch = opts.userDataDir && opts.extensionsDir ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'imr-e2e-launcher-'));
  const userDataDir = opts.userDataDir ?? path.join(scratch, 'user-data');
  const extensionsDir = opts.extensionsDir ?? path.join(scratch, 'extensions');

  const server = await startCodeServer({
    userDataDir,
    extensionsDir,
    extraArgs: ['--vscode-option', 'enable-smoke-test-driver', ...(process.env.IMR_E2E_LOG ? ['--log', process.env.IMR_E2E_LOG] : [])],
  });
  let browser;
  try {
    const authority = `127.0.0.1:${server.port}`;
    const remote = (p) => `vscode-remote://${authority}${p}`;
    const payload = [
      ...opts.extensionDevelopmentPath.map((p) => ['extensionDevelopmentPath', remote(p)]),
      ['extensionTestsPath', remote(opts.extensionTestsPath)],
    ];
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    if (verbose) page.on('console', (m) => process.stderr.write(`[workbench:${m.type()}] ${m.text()}\n`));
    page.on('pageerror', (e) => process.stderr.write(`[workbench:pageerror] ${e.message}\n`));

    let resolveExit;
    const exitCode = new Promise((r) => {
      resolveExit = r;
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      // console.log(format, ...values) from the extension host arrives as its argument list.
      const text = Array.isArray(args) ? format(...args) : String(args);
      if (!verbose && type !== 'error' && type !== 'warn' && workbenchChatter.test(text)) return;
      (type === 'error' ? process.stderr : process.stdout).write(`${text}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code) || 0));

    const url = workbenchUrl(server, { folder: opts.folder, payload });
    if (verbose) log(`opening ${url}`);
    await page.goto(url);
    let timer;
    const timeout = new Promise((r) => {
      timer = setTimeout(() => r('timeout'), timeoutMs);
    });
    const result = await Promise.race([exitCode, timeout]);
    clearTimeout(timer);
    if (result === 'timeout') {
      log(`the test run did not finish within ${timeoutMs / 1000} s`);
      if (!verbose) process.stderr.write(server.output());
      return 1;
    }
    return result;
  } finally {
    await browser?.close().catch(() => {});
    await server.stop();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  }
}
