#!/usr/bin/env node
// Smoke test of the README's first command, `npm start`, as a newcomer runs it: start it under npm, wait
// for the URL it prints, fetch the page, open it in the Debian chromium and check that the workbench
// shows the sample letter with the extension's diagnostics, check that the extension is installed, then
// stop it with Ctrl+C (SIGINT to its process group, as a terminal sends it) and check that no process it
// started is left behind and its port is closed.
//
//   node scripts/e2e/smoke-start.mjs
//
// Prints "npm start smoke: 1 passed, 0 failed" and exits 0, or says what failed and exits 1.
// IMR_START_SMOKE_TIMEOUT (seconds, default 1500) bounds the wait for the URL, which includes the
// first install of code-server on a fresh machine.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir, codeServerBin, codeServerInstalled } from './paths.mjs';
import { codeServerEnv, freePort, launchChromium } from './workbench.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const extensionId = `${manifest.publisher}.${manifest.name}`;
const startDir = path.join(cacheDir, 'start');
const urlTimeout = Number(process.env.IMR_START_SMOKE_TIMEOUT || 1500) * 1000;
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const log = (msg) => console.log(`npm start smoke: ${msg}`);

function fail(msg) {
  console.error(`npm start smoke: FAILED: ${msg}`);
  console.log('npm start smoke: 0 passed, 1 failed');
  process.exit(1);
}

/**
 * Processes that belong to the run: their command line mentions `needle`, or they are in one of the
 * process groups in `groups` (code-server runs in a group of its own, its helpers with it).
 */
function processesOf(needle, groups = new Set()) {
  const found = [];
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid) continue;
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
      // Field 5 of /proc/PID/stat, after the parenthesised command name, is the process group.
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (cmd.includes(needle) || groups.has(pgrp)) found.push({ pid: Number(pid), pgrp, text: `${pid} ${cmd.slice(0, 160)}` });
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

function portOpen(port) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

const port = await freePort();
log(
  `running "npm start -- --port ${port}" in ${repoRoot}${codeServerInstalled() ? '' : ' (code-server is not installed yet: npm start installs it)'}`,
);
const child = spawn('npm', ['start', '--', '--port', String(port)], {
  cwd: repoRoot,
  detached: true, // its own process group, which Ctrl+C in a terminal would reach
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
let exitCode;
const exited = new Promise((resolve) =>
  child.on('exit', (code, signal) => {
    exitCode = code ?? signal;
    resolve(exitCode);
  }),
);
const url = await new Promise((resolve) => {
  const onData = (d) => {
    process.stdout.write(d);
    output += d;
    const m = /^Open: (http:\/\/\S+)$/m.exec(output);
    if (m) resolve(m[1]);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', (d) => {
    process.stderr.write(d);
    output += d;
  });
  exited.then(() => resolve(undefined));
  setTimeout(() => resolve(undefined), urlTimeout).unref();
});

let failure;
let browser;
try {
  if (!url)
    throw new Error(
      exitCode !== undefined ? `npm start exited (${exitCode}) without printing a URL` : `no URL within ${urlTimeout / 1000} s`,
    );
  log(`URL printed after ${seconds()}: ${url}`);
  const target = new URL(url);
  if (target.hostname !== '127.0.0.1' || target.port !== String(port)) throw new Error(`the URL is not on 127.0.0.1:${port}`);

  // The workbench answers.
  const health = await fetch(new URL('/healthz', url));
  if (!health.ok) throw new Error(`/healthz answered ${health.status}`);
  const page = await fetch(url);
  const html = await page.text();
  if (!page.ok || !html.includes('workbench')) throw new Error(`the page answered ${page.status} without a workbench`);
  log('the workbench page answers');

  // The extension is installed in the extensions folder npm start serves.
  const extensionsDir = path.join(startDir, 'extensions');
  const userDataDir = path.join(startDir, 'user-data');
  const listed = spawnSync(
    codeServerBin,
    ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--list-extensions', '--show-versions'],
    {
      env: codeServerEnv(userDataDir, extensionsDir),
      encoding: 'utf8',
    },
  );
  if (!listed.stdout.split('\n').includes(`${extensionId}@${manifest.version}`)) {
    throw new Error(
      `${extensionId}@${manifest.version} is not installed; code-server lists: ${listed.stdout.trim() || listed.stderr.trim()}`,
    );
  }
  log(`${extensionId}@${manifest.version} is installed`);

  // What a newcomer sees on first load: the sample letter open, diagnosed by the extension.
  const first = /openFile[^\]]*?([\w.-]+\.(?:imr|txt))/.exec(decodeURIComponent(url))?.[1];
  if (!first) throw new Error('the URL opens no letter');
  browser = await launchChromium();
  const tab = await browser.newPage({ viewport: { width: 1200, height: 720 } });
  await tab.goto(url);
  await tab.locator('.tabs-container .tab.active', { hasText: first }).waitFor({ timeout: 60_000 });
  await tab.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 60_000 });
  // The status bar's problem count comes from the extension's diagnostics of the open letter.
  const problems = tab.locator('#status\\.problems');
  await tab.waitForFunction(
    () => {
      const el = document.getElementById('status.problems');
      return !!el && /[1-9]/.test(el.textContent ?? '');
    },
    undefined,
    { timeout: 60_000 },
  );
  log(`${first} opens on first load, with problems: ${(await problems.textContent())?.replace(/\s+/g, ' ').trim()}`);

  // The extension's page (its packaged README) keeps the screenshots: VS Code drops every image without an
  // absolute https address, so each must be one, of a file in the repository.
  await tab.keyboard.press('F1');
  await tab.locator('.quick-input-widget input').fill('>Extensions: Show Installed Extensions');
  await tab.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Installed Extensions' }).first().waitFor();
  await tab.keyboard.press('Enter');
  const row = tab.locator('.extensions-viewlet .monaco-list-row', { hasText: manifest.displayName }).first();
  await row.waitFor({ timeout: 60_000 });
  await row.click();
  const repo = manifest.repository.url.replace(/\.git$/, '');
  let images = [];
  for (let i = 0; i < 100 && images.length < 5; i++) {
    images = [];
    for (const frame of tab.frames()) {
      const srcs = await frame.evaluate(() => [...document.images].map((img) => img.getAttribute('src') ?? '')).catch(() => []);
      images.push(...srcs.filter((src) => src.startsWith(`${repo}/raw/`)));
    }
    if (images.length < 5) await tab.waitForTimeout(200); // the page's webview fills in after it opens
  }
  const screenshots = images.map((src) => src.replace(/^.*\/raw\/[^/]+\//, '')).filter((f) => f.endsWith('.png'));
  if (screenshots.length < 5) throw new Error(`the extension's page shows ${screenshots.length} screenshots with an address in ${repo}`);
  const absent = screenshots.filter((f) => !fs.existsSync(path.join(repoRoot, f)));
  if (absent.length) throw new Error(`the extension's page shows images that are not in the repository: ${absent.join(', ')}`);
  log(`the extension's page shows its ${screenshots.length} screenshots (${screenshots.join(', ')})`);
} catch (err) {
  failure = err?.message ?? String(err);
} finally {
  await browser?.close();
}

// Ctrl+C, and nothing left behind.
const groups = new Set([child.pid, ...processesOf(startDir).map((p) => p.pgrp)]);
if (exitCode === undefined) {
  try {
    process.kill(-child.pid, 'SIGINT');
  } catch {
    // already gone
  }
  const stopped = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 30_000).unref())]);
  if (!stopped) {
    failure ??= 'npm start did not stop within 30 s of Ctrl+C';
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // gone
    }
  } else log(`stopped by Ctrl+C (exit ${exitCode})`);
}
// code-server's helpers may take a moment to follow their parent: wait for them, bounded.
let left = [];
for (let i = 0; i < 50; i++) {
  left = processesOf(startDir, groups).map((p) => p.text);
  if (!left.length && !(await portOpen(port))) break;
  await new Promise((r) => setTimeout(r, 200));
}
if (left.length) failure ??= `processes left behind:\n  ${left.join('\n  ')}`;
else if (await portOpen(port)) failure ??= `port ${port} is still open`;
else log('no process left behind, port closed');

if (failure) fail(failure);
log(`done in ${seconds()}`);
console.log('npm start smoke: 1 passed, 0 failed');
