#!/usr/bin/env node
// Installs what the end-to-end tests need, outside the repo:
//   - Debian packages: chromium (the browser that shows the workbench), neovim (the
//     second LSP client), and the toolchain code-server's native modules build with;
//   - node 24 (code-server 4.139 needs it; the project stays on node 20), from npm;
//   - code-server, a real VS Code workbench with a Node extension host, from npm.
// Everything lands in ~/.cache/imr-letters-e2e (or $IMR_E2E_CACHE) behind a stamp
// file, so a second run only checks and returns.
//
//   node scripts/e2e/install.mjs            install what is missing
//   node scripts/e2e/install.mjs --force    reinstall code-server and node 24
//   node scripts/e2e/install.mjs --print-env
//                                           print (JSON) what an outer npm leaked into this process
//                                           and the environment code-server's install gets; install nothing
//
// Under `npm start` or `npm test` this script inherits npm's own environment; every tool it runs gets
// that environment cleaned (toolEnv.mjs), so it installs the same as when run by hand.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CODE_SERVER_VERSION,
  NODE_MAJOR,
  cacheDir,
  nodeDir,
  nodeBin,
  codeServerPrefix,
  codeServerBin,
  stampFile,
  codeServerInstalled,
  node24Env,
  findChromium,
} from './paths.mjs';
import { cleanToolEnv, leakedNames } from './toolEnv.mjs';

const force = process.argv.includes('--force');
const started = Date.now();

if (process.argv.includes('--print-env')) {
  process.stdout.write(`${JSON.stringify({ leaked: leakedNames(process.env), toolEnv: node24Env() }, null, 2)}\n`);
  process.exit(0);
}

function run(cmd, args, opts = {}) {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: cleanToolEnv(process.env), ...opts });
  if (r.status !== 0) {
    console.error(`install: ${cmd} failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
}

function have(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function debInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

// 1. Debian packages.
const debs = ['chromium', 'neovim', 'libkrb5-dev', 'pkg-config', 'build-essential', 'python3', 'iproute2', 'util-linux'];
if (have('dpkg-query') && have('apt-get')) {
  const missing = debs.filter((p) => !debInstalled(p));
  if (missing.length) {
    const sudo = process.getuid && process.getuid() !== 0 ? ['sudo'] : [];
    const env = { ...cleanToolEnv(process.env), DEBIAN_FRONTEND: 'noninteractive' };
    const [c, ...a] = [...sudo, 'apt-get', 'update'];
    run(c, a, { env });
    const [c2, ...a2] = [...sudo, 'apt-get', 'install', '-y', '--no-install-recommends', ...missing];
    run(c2, a2, { env });
  } else {
    console.log('install: Debian packages already present');
  }
} else {
  console.log('install: no apt-get here; make sure chromium and neovim are installed');
}
if (!findChromium()) {
  console.error('install: no chromium found (set IMR_E2E_CHROMIUM to a Chromium/Chrome binary)');
  process.exit(1);
}

// 2. node 24 and code-server, behind the stamp file.
if (codeServerInstalled() && !force) {
  console.log(`install: code-server ${CODE_SERVER_VERSION} already installed in ${codeServerPrefix}`);
} else {
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.rmSync(stampFile, { force: true });
  if (force || !fs.existsSync(nodeBin)) {
    fs.rmSync(nodeDir, { recursive: true, force: true });
    fs.mkdirSync(nodeDir, { recursive: true });
    run('npm', ['install', '--prefix', nodeDir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `node@${NODE_MAJOR}`]);
  }
  const v = spawnSync(nodeBin, ['--version'], { encoding: 'utf8' });
  if (v.status !== 0 || !v.stdout.startsWith(`v${NODE_MAJOR}.`)) {
    console.error(`install: ${nodeBin} is not node ${NODE_MAJOR} (${v.stdout || v.stderr})`);
    process.exit(1);
  }
  console.log(`install: node ${v.stdout.trim()} at ${nodeBin}`);

  fs.rmSync(codeServerPrefix, { recursive: true, force: true });
  // code-server's install script takes the node version from npm's user agent: check that the npm it
  // runs under reports node 24, so a leak fails here with its cause rather than deep inside npm.
  const agent = spawnSync('npm', ['config', 'get', 'user-agent'], { encoding: 'utf8', env: node24Env() });
  const agentText = agent.stdout?.trim() ?? '';
  if (agent.status !== 0 || !(agentText.includes('{node-version}') || agentText.includes(`node/v${NODE_MAJOR}.`))) {
    console.error(`install: npm would tell code-server's install it runs as "${agentText || agent.stderr}", not under node ${NODE_MAJOR}`);
    process.exit(1);
  }
  // code-server's install scripts and node-gyp must see node 24 (first on PATH, so npm runs on it
  // too) and its headers (npm_config_nodedir).
  run('npm', ['install', '--prefix', codeServerPrefix, '-g', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
    env: node24Env(),
  });
  if (!fs.existsSync(codeServerBin)) {
    console.error(`install: ${codeServerBin} is missing after npm install`);
    process.exit(1);
  }
  // code-server writes a config file and logs on every start: keep them out of ~.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-code-server-'));
  const cs = spawnSync(codeServerBin, ['--version'], {
    encoding: 'utf8',
    env: node24Env({ XDG_CONFIG_HOME: scratch, XDG_DATA_HOME: scratch, XDG_CACHE_HOME: scratch }),
  });
  fs.rmSync(scratch, { recursive: true, force: true });
  if (cs.status !== 0) {
    console.error(`install: code-server --version failed: ${cs.stderr}`);
    process.exit(1);
  }
  console.log(`install: code-server ${cs.stdout.trim().split('\n').pop()}`);
  fs.writeFileSync(stampFile, `code-server ${CODE_SERVER_VERSION}\nnode ${v.stdout.trim()}\n${new Date().toISOString()}\n`);
}

console.log(`install: done in ${((Date.now() - started) / 1000).toFixed(1)} s (cache: ${cacheDir})`);
