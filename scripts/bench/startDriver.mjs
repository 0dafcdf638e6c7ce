// Times server starts from a small process of its own: spawning from the benchmark process, which holds the
// corpus and the 10 MB letters, costs tens of milliseconds more (the fork copies its page tables) and would be
// counted against the server.
//   node startDriver.mjs ours <server.js> <cacheRoot> <runs>: prints JSON of first starts (a new cache folder
//     each), later starts (one folder a first start wrote its cache into) and bare `node -e 0` spawn -> exit,
//     interleaved with the later starts.
//   node startDriver.mjs plain <runs> <script.js> [args...]: prints JSON of starts of another server.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const [mode, ...args] = process.argv.slice(2);
const message = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} },
});
const frame = `Content-Length: ${Buffer.byteLength(message)}\r\n\r\n${message}`;

function start(argv, env = process.env) {
  const t0 = performance.now();
  const child = spawn(process.execPath, argv, { stdio: ['pipe', 'pipe', 'ignore'], env });
  child.stdin.write(frame);
  return new Promise((resolve, reject) => {
    let got = '';
    child.on('error', reject);
    child.stdout.on('data', (d) => {
      got += d;
      // The whole response: its header says how long it is.
      const m = /Content-Length: (\d+)\r\n\r\n/.exec(got);
      if (m && Buffer.byteLength(got.slice(m.index + m[0].length)) >= Number(m[1])) resolve({ ms: performance.now() - t0, child });
    });
  });
}

async function stop(child) {
  const exited = new Promise((r) => child.on('exit', r));
  child.kill();
  await exited;
}

async function bare() {
  const t0 = performance.now();
  await new Promise((r) => spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' }).on('exit', r));
  return performance.now() - t0;
}

if (mode === 'plain') {
  const [runsArg, ...argv] = args;
  const times = [];
  for (let i = 0; i < Number(runsArg); i++) {
    const s = await start(argv);
    times.push(s.ms);
    await stop(s.child);
  }
  process.stdout.write(JSON.stringify({ times }));
} else {
  const [server, root, runsArg] = args;
  const runs = Number(runsArg);
  const ours = (cacheDir) => start([server, '--stdio'], { ...process.env, IMR_LETTERS_CACHE_DIR: cacheDir });
  const first = [];
  for (let i = 0; i < runs; i++) {
    const s = await ours(join(root, `first-${i}`));
    first.push(s.ms);
    await stop(s.child);
  }
  // One start that stays up until it has written its cache.
  const dir = join(root, 'cached');
  const writer = await ours(dir);
  for (let t = 0; t < 150 && !existsSync(join(dir, 'server-main.v8cache')); t++) await new Promise((r) => setTimeout(r, 100));
  await stop(writer.child);
  const cached = [];
  const floor = [];
  for (let i = 0; i < runs; i++) {
    const s = await ours(dir);
    cached.push(s.ms);
    await stop(s.child);
    floor.push(await bare());
  }
  process.stdout.write(JSON.stringify({ first, cached, bare: floor, cacheWritten: existsSync(join(dir, 'server-main.v8cache')) }));
}
