#!/usr/bin/env node
// `npm start`: try the packaged extension in a real VS Code workbench.
//   1. builds and packages imr-letters.vsix (npm run package);
//   2. installs code-server if it is missing (scripts/e2e/install.mjs, cached in ~/.cache/imr-letters-e2e);
//   3. installs the .vsix into an extensions folder of its own (nothing else is installed);
//   4. serves a workspace with copies of samples/ on 127.0.0.1 and prints the URL to open, which opens a
//      sample draft letter at once, so its outline and its problems are there on first load.
// Ctrl+C stops it (code-server and every process it started).
//
//   node scripts/start.mjs [--port N] [--no-package]
//
// The workspace copy is made afresh each time, so edits to the samples there are thrown away.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir, codeServerInstalled } from './e2e/paths.mjs';
import { installVsix, startCodeServer, workbenchUrl } from './e2e/workbench.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const vsixPath = path.join(repoRoot, 'imr-letters.vsix');

const DEFAULT_PORT = 8765;
/** The letter the workbench opens first: a draft with defects, so the Problems panel has something to show. */
export const FIRST_LETTER = 'draft-CM17-0019066-missing-outcome.imr';

function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

function step(msg) {
  console.log(`start: ${msg}`);
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

/**
 * Packages the extension (unless `packageIt` is false and a .vsix exists), makes sure
 * code-server is installed, installs the .vsix into a fresh extensions folder under
 * `baseDir` and copies samples/ into `baseDir`/workspace. Returns the folders.
 */
export function prepare({ baseDir = path.join(cacheDir, 'start'), packageIt = true, install = true } = {}) {
  if (packageIt || !fs.existsSync(vsixPath)) {
    step('building and packaging (npm run package)');
    run('npm', ['run', 'package']);
  }
  if (!codeServerInstalled()) {
    if (!install) throw new Error('code-server is not installed (run: node scripts/e2e/install.mjs)');
    step('installing code-server (first run only, about 3 minutes)');
    run(process.execPath, [path.join(repoRoot, 'scripts', 'e2e', 'install.mjs')]);
  }
  const userDataDir = path.join(baseDir, 'user-data');
  const extensionsDir = path.join(baseDir, 'extensions');
  const workspace = path.join(baseDir, 'workspace');
  for (const d of [userDataDir, extensionsDir, workspace]) fs.rmSync(d, { recursive: true, force: true });
  step(`installing ${path.basename(vsixPath)} into ${extensionsDir}`);
  installVsix(vsixPath, { userDataDir, extensionsDir });
  fs.cpSync(path.join(repoRoot, 'samples'), workspace, { recursive: true });
  return { userDataDir, extensionsDir, workspace };
}

async function main() {
  const args = process.argv.slice(2);
  const portAt = args.indexOf('--port');
  let port = portAt >= 0 ? Number(args[portAt + 1]) : process.env.IMR_START_PORT ? Number(process.env.IMR_START_PORT) : undefined;
  if (port === undefined && (await portIsFree(DEFAULT_PORT))) port = DEFAULT_PORT; // else any free port
  const dirs = prepare({ packageIt: !args.includes('--no-package') });
  const server = await startCodeServer({ ...dirs, port });
  // The workbench's payload opens a file of the remote workspace on load (code-server's `openFile`).
  const first = `vscode-remote://127.0.0.1:${server.port}${path.join(dirs.workspace, FIRST_LETTER)}`;
  const url = workbenchUrl(server, { folder: dirs.workspace, payload: [['openFile', first]] });
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log('\nIMR Determination Letters is running in code-server (VS Code in the browser).');
  console.log(`Open: ${url}`);
  console.log(`Workspace: ${dirs.workspace} (copies of samples/)`);
  console.log('Press Ctrl+C to stop.');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`start failed: ${err.message}`);
    process.exit(1);
  });
}
