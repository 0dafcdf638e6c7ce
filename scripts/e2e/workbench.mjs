// Shared pieces for running code-server (a real VS Code workbench) and the Debian
// chromium on loopback: used by the e2e launcher, `npm start` and the screenshot script.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { codeServerBin, findChromium, node24Env } from './paths.mjs';

const verbose = !!process.env.IMR_E2E_VERBOSE;

/**
 * When running as root with `unshare` available, re-runs this script in fresh
 * network, pid and mount namespaces (loopback only; every process started dies
 * with it) and returns true; the caller then does nothing more. Returns false
 * when already isolated, or isolation is unavailable or turned off
 * (IMR_E2E_NO_UNSHARE=1).
 */
export function reexecIsolated(script, args) {
  if (process.env.IMR_E2E_NO_UNSHARE || process.env.IMR_E2E_IN_NAMESPACE) return false;
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  if (spawnSync('sh', ['-c', 'command -v unshare && command -v ip'], { stdio: 'ignore' }).status !== 0) return false;
  const quoted = [process.execPath, script, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const child = spawn(
    'unshare',
    ['--net', '--pid', '--fork', '--kill-child', '--mount-proc', 'bash', '-c', `ip link set lo up && exec ${quoted}`],
    {
      stdio: 'inherit',
      env: { ...process.env, IMR_E2E_IN_NAMESPACE: '1' },
    },
  );
  const forward = (sig) => child.kill(sig);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return true;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Settings that keep the workbench quiet and off the network. */
export const offlineSettings = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'github.gitAuthentication': false,
  'npm.autoDetect': 'off',
  'security.workspace.trust.enabled': false,
  'files.hotExit': 'off',
};

/**
 * Prepares code-server's folders under `userDataDir` (offline user settings, and
 * XDG/TMP folders so nothing is written under ~) and returns the environment to
 * run it with.
 */
export function codeServerEnv(userDataDir, extensionsDir, env = {}) {
  const home = path.join(userDataDir, '.home');
  for (const d of ['config', 'data', 'tmp', 'cache']) fs.mkdirSync(path.join(home, d), { recursive: true });
  const settingsDir = path.join(userDataDir, 'User');
  fs.mkdirSync(settingsDir, { recursive: true });
  const settingsFile = path.join(settingsDir, 'settings.json');
  if (!fs.existsSync(settingsFile)) fs.writeFileSync(settingsFile, JSON.stringify(offlineSettings, null, 2));
  fs.mkdirSync(extensionsDir, { recursive: true });
  return node24Env({
    EXTENSIONS_GALLERY: '{}',
    XDG_CONFIG_HOME: path.join(home, 'config'),
    XDG_DATA_HOME: path.join(home, 'data'),
    XDG_CACHE_HOME: path.join(home, 'cache'),
    TMPDIR: path.join(home, 'tmp'),
    ...env,
  });
}

/** Installs a packaged extension (.vsix) into `extensionsDir` with code-server's CLI. */
export function installVsix(vsix, { userDataDir, extensionsDir }) {
  const r = spawnSync(
    codeServerBin,
    ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix, '--force'],
    { env: codeServerEnv(userDataDir, extensionsDir), encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`code-server --install-extension ${vsix} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Starts code-server on loopback and resolves once /healthz answers. */
export async function startCodeServer({ userDataDir, extensionsDir, env = {}, extraArgs = [], port }) {
  port ??= await freePort();
  const childEnv = codeServerEnv(userDataDir, extensionsDir, env);

  const args = [
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    ...extraArgs,
  ];
  const child = spawn(codeServerBin, args, {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group, so stop() reaches its helpers too
  });
  let output = '';
  const collect = (d) => {
    output += d;
    if (verbose) process.stderr.write(`[code-server] ${d}`);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));

  const deadline = Date.now() + 60_000;
  for (;;) {
    const state = await Promise.race([
      exited.then((c) => `exited (${c})`),
      fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => (r.ok ? 'up' : 'down'),
        () => 'down',
      ),
    ]);
    if (state === 'up') break;
    if (state.startsWith('exited')) throw new Error(`code-server ${state}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`code-server did not answer /healthz within 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 100)); // polling for readiness, bounded by the deadline
  }
  return {
    port,
    url: `http://127.0.0.1:${port}/`,
    output: () => output,
    stop() {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      return Promise.race([exited, new Promise((r) => setTimeout(r, 5000).unref())]).then(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      });
    },
  };
}

/** The Debian chromium's flags for every test that drives it: headless, quiet, off the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--disable-breakpad',
  // No name but the loopback ones resolves, so nothing a page shows (an extension page's images on the web,
  // say) sends a request off this machine, isolated in a namespace or not.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/** Launches the Debian chromium through playwright-core, headless, with a throwaway profile. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no chromium found (install it, or set IMR_E2E_CHROMIUM)');
  // Chromium keeps crash reports and dconf state under XDG folders even with a
  // throwaway profile: point those at a scratch folder removed on close.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-chromium-'));
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, XDG_CONFIG_HOME: scratch, XDG_CACHE_HOME: scratch },
  });
  browser.on('disconnected', () => fs.rmSync(scratch, { recursive: true, force: true }));
  return browser;
}

/** Workbench URL for a folder (or .code-workspace file), with an optional smoke-test payload. */
export function workbenchUrl(server, { folder, payload }) {
  const params = new URLSearchParams();
  if (folder) params.set(folder.endsWith('.code-workspace') ? 'workspace' : 'folder', folder);
  if (payload) params.set('payload', JSON.stringify(payload));
  return `${server.url}?${params.toString()}`;
}
