// Node entry: `node dist/server.js --stdio` (or --node-ipc, as the VS Code client starts it).
// A small loader for the server bundle beside it (server-main.js, built from main.ts): it compiles the bundle
// with a V8 code cache when a valid one is on disk, runs it as the CommonJS module it is, and a little after
// start writes the compiled code of the bundle to the cache for the next start. Compiling the bundle from
// source is the largest single cost of starting the server; reading the compiled code back is a fraction of it.
//
// The cache holds V8's compiled code of server-main.js and nothing else (no letter, setting or path). It lives in
// IMR_LETTERS_CACHE_DIR when set (the VS Code client sets it to the extension's global storage folder), else in
// a folder of the user's own under the temporary directory. Any trouble with it (missing, stale, corrupt, rejected
// by V8, unwritable) only means a normal compile: the server starts the same either way.
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';

const BUNDLE = join(__dirname, 'server-main.js');
const CACHE_FILE = 'server-main.v8cache';
const MAGIC = 'imr-letters-v8-cache 1';
/** How long after start the cache is written: after the initialize response, off the path of the first requests. */
const WRITE_DELAY_MS = 2000;

/** One line on stderr per decision about the cache (an editor shows it in the server's log; tests wait for it). */
const say = (what: string): void => {
  process.stderr.write(`imr-letters code cache: ${what}\n`);
};

const sha1 = (data: Uint8Array | string): string => createHash('sha1').update(data).digest('hex');

/** The folder for the cache, or undefined when there is none we may use. */
function cacheDir(): string | undefined {
  const configured = process.env.IMR_LETTERS_CACHE_DIR;
  if (configured) return configured;
  // A shared temporary directory: a folder of our own, which only we can write (else another user could plant code).
  const uid = process.getuid?.();
  const dir = join(tmpdir(), `imr-letters-${uid ?? 'user'}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = lstatSync(dir);
    if (!st.isDirectory() || (uid !== undefined && (st.uid !== uid || (st.mode & 0o022) !== 0))) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/** The compiled code in `file` when it was made for exactly this bundle, Node and CPU and arrived intact. */
function readCache(file: string, key: string): Buffer | undefined {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return undefined;
  }
  const eol = data.indexOf(10);
  if (eol < 0 || eol > 200) return undefined;
  const [magic, fileKey, sum] = data.toString('latin1', 0, eol).split('\t');
  const payload = data.subarray(eol + 1);
  // V8 checks its own header but not its payload, so a damaged file is caught here before V8 reads it.
  return magic === MAGIC && fileKey === key && payload.length > 0 && sum === sha1(payload) ? payload : undefined;
}

function writeCache(dir: string, file: string, key: string, payload: Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, Buffer.concat([Buffer.from(`${MAGIC}\t${key}\t${sha1(payload)}\n`, 'latin1'), payload]), { mode: 0o600 });
    renameSync(tmp, file); // atomic: a reader sees the old file or the whole new one
    say(`written to ${file}`);
  } catch (e) {
    say(`not written to ${file}: ${(e as Error).message}`);
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
  }
}

function load(): void {
  const bytes = readFileSync(BUNDLE);
  const source = bytes.toString('utf8');
  const key = `${sha1(bytes)}-${process.version}-${process.arch}`;
  const dir = cacheDir();
  const file = dir && join(dir, CACHE_FILE);
  const cachedData = file ? readCache(file, key) : undefined;
  // The same wrapper Node puts around a CommonJS module, on the same line, so line numbers stay those of the bundle.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n});`, {
    filename: BUNDLE,
    cachedData,
  });
  if (!dir || !file) say('no folder of our own for it; compiling from source');
  else if (cachedData && !script.cachedDataRejected) say(`used ${file}; not writing it again`);
  else say(`${cachedData ? 'rejected by V8' : 'none valid'} in ${file}; writing one in ${WRITE_DELAY_MS / 1000} s`);
  if (dir && file && (!cachedData || script.cachedDataRejected)) {
    // Written after the server has answered initialize and done its first work, so that the functions
    // compiled by then are in the cache too; unref'd, so it never keeps the process alive.
    setTimeout(() => {
      try {
        writeCache(dir, file, key, script.createCachedData());
      } catch (e) {
        say(`not made: ${(e as Error).message}`);
      }
    }, WRITE_DELAY_MS).unref();
  }
  const wrapper = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: Module,
    filename: string,
    dirname: string,
  ) => void;
  const mod = new Module(BUNDLE, module);
  mod.filename = BUNDLE;
  const require = createRequire(BUNDLE);
  require.cache[BUNDLE] = mod;
  wrapper.call(mod.exports, mod.exports, require, mod, BUNDLE, __dirname);
  mod.loaded = true;
}

load();
