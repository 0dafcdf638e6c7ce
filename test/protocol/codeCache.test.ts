// The V8 code cache of the Node server (server/src/node/loader.ts), through the built dist/server.js over stdio:
// a first start writes the cache into the folder it is given, a later start uses it, and a missing, corrupt,
// rejected or unwritable cache only means a normal compile. Every start must answer exactly as the others do
// on real letters, and the cache must hold compiled code only, never letter text.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { parseLetter } from '../../server/src/letter';
import { lint, RULES } from '../../server/src/rules';
import { allRealLetters, ROOT } from '../helpers/letters';
import { letterUri, startServer, type TestServer } from '../helpers/lsp';

const CACHE_FILE = 'server-main.v8cache';
const scratch = mkdtempSync(join(tmpdir(), 'imr-code-cache-test-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

// Real letters with defects the rules report, and two without: the answers compared between starts.
const flagged = (text: string): boolean => lint(parseLetter(text), RULES).length > 0;
const letters = [
  ...allRealLetters()
    .filter((l) => flagged(l.text))
    .slice(0, 4),
  ...allRealLetters()
    .filter((l) => !flagged(l.text))
    .slice(0, 2),
];

/** Starts dist/server.js with these environment variables (undefined: unset) on top of ours. */
async function start(env: Record<string, string | undefined>): Promise<TestServer> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const set = (vars: Record<string, string | undefined>): void => {
    for (const [k, v] of Object.entries(vars)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  set(env);
  try {
    return startServer(); // spawns at once, with the environment as it is now
  } finally {
    set(saved);
  }
}

/** The diagnostics of each letter, opened in `s`. */
async function diagnosticsOf(s: TestServer): Promise<Record<string, Diagnostic[]>> {
  const out: Record<string, Diagnostic[]> = {};
  for (const l of letters) {
    const uri = letterUri(l.id);
    const published = s.nextDiagnostics(uri);
    await s.open(uri, l.text);
    out[l.id] = (await published).diagnostics;
  }
  return out;
}

/** The cache file's three header fields and its payload. */
function parseCache(file: string): { magic: string; key: string; sum: string; payload: Buffer } {
  const data = readFileSync(file);
  const eol = data.indexOf(10);
  const [magic, key, sum] = data.toString('latin1', 0, eol).split('\t');
  return { magic, key, sum, payload: data.subarray(eol + 1) };
}
const sha1 = (b: Buffer): string => createHash('sha1').update(b).digest('hex');

function assertValidCache(file: string): void {
  const c = parseCache(file);
  assert.equal(c.magic, 'imr-letters-v8-cache 1');
  assert.ok(c.key.includes(process.version), `key ${c.key} names the Node version`);
  assert.ok(c.payload.length > 10000, `payload of ${c.payload.length} bytes`);
  assert.equal(c.sum, sha1(c.payload), 'checksum matches the payload');
}

const cacheDir = join(scratch, 'storage', 'not-yet-there');
const cacheFile = join(cacheDir, CACHE_FILE);
let expected: Record<string, Diagnostic[]>;

test('a first start with a fresh cache folder answers, then writes the compiled code there and nothing of the letters', async () => {
  const s = await start({ IMR_LETTERS_CACHE_DIR: cacheDir });
  try {
    expected = await diagnosticsOf(s);
    assert.ok(
      Object.values(expected).some((d) => d.length > 0),
      'the letters chosen have diagnostics to compare',
    );
    await s.stderrLine(/^imr-letters code cache: written to /);
  } finally {
    await s.stop();
  }
  assertValidCache(cacheFile);
  assert.deepEqual(readdirSync(cacheDir), [CACHE_FILE], 'only the cache file, no temporary file left');
  // No line of the letters served, as V8 would store it (one byte or two per character), unless the program
  // itself holds it (the rule documentation quotes a few lines of real letters).
  const cache = readFileSync(cacheFile);
  const program = readFileSync(join(ROOT, 'dist', 'server-main.js'), 'utf8');
  const lines = letters.flatMap((l) =>
    l.text
      .split(/\r?\n/)
      .map((t) => t.trim())
      .filter((t) => t.length >= 30 && !program.includes(t)),
  );
  assert.ok(lines.length > 50, `${lines.length} letter lines to look for`);
  for (const line of lines) {
    assert.ok(!cache.includes(Buffer.from(line, 'latin1')) && !cache.includes(Buffer.from(line, 'utf16le')), `in the cache: ${line}`);
  }
});

test('a later start uses the cache: the same answers, and the cache is not written again', async () => {
  const before = readFileSync(cacheFile);
  const mtime = statSync(cacheFile).mtimeMs;
  const s = await start({ IMR_LETTERS_CACHE_DIR: cacheDir });
  try {
    assert.deepEqual(await diagnosticsOf(s), expected);
    // The loader says, once it has compiled, that it took the cache and will not write it (a missing or
    // rejected one would be rewritten two seconds after start).
    assert.match(await s.stderrLine(/^imr-letters code cache: /), /^imr-letters code cache: used .*; not writing it again$/);
    assert.equal(s.process.exitCode, null, 'still running');
  } finally {
    await s.stop();
  }
  assert.equal(statSync(cacheFile).mtimeMs, mtime);
  assert.ok(readFileSync(cacheFile).equals(before));
});

/** Puts `bytes` in place of the cache, starts, checks the answers, and waits for a valid cache to replace them. */
async function startsOver(bytes: Buffer): Promise<void> {
  writeFileSync(cacheFile, bytes);
  const s = await start({ IMR_LETTERS_CACHE_DIR: cacheDir });
  try {
    assert.deepEqual(await diagnosticsOf(s), expected);
    assert.match(await s.stderrLine(/^imr-letters code cache: /), /: (none valid|rejected by V8) in .*; writing one/);
    await s.stderrLine(/^imr-letters code cache: written to /);
    assert.ok(!readFileSync(cacheFile).equals(bytes), 'a new cache in place of the old');
  } finally {
    await s.stop();
  }
  assertValidCache(cacheFile);
}

test('a cache damaged inside its compiled code is not given to V8; the server answers the same and writes a new one', async () => {
  const good = readFileSync(cacheFile);
  const damaged = Buffer.from(good);
  for (let i = good.length >> 1; i < (good.length >> 1) + 64; i++) damaged[i] ^= 0x5a;
  await startsOver(damaged);
});

test('a cache of garbage, a truncated one and an empty one: the server answers the same and writes a new one', async () => {
  const garbage = Buffer.alloc(5000);
  for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + 13) & 0xff;
  await startsOver(garbage);
  await startsOver(readFileSync(cacheFile).subarray(0, 3000));
  await startsOver(Buffer.alloc(0));
});

test('a cache that V8 rejects (a matching header over code V8 does not take) is replaced, and the server answers the same', async () => {
  const c = parseCache(cacheFile);
  const notV8 = Buffer.alloc(c.payload.length, 0x41);
  await startsOver(Buffer.concat([Buffer.from(`${c.magic}\t${c.key}\t${sha1(notV8)}\n`, 'latin1'), notV8]));
});

test('an unwritable cache folder: the server answers the same and keeps running after it fails to write', async () => {
  const notADir = join(scratch, 'a-file');
  writeFileSync(notADir, 'not a folder');
  const s = await start({ IMR_LETTERS_CACHE_DIR: join(notADir, 'cache') });
  try {
    assert.deepEqual(await diagnosticsOf(s), expected);
    await s.stderrLine(/^imr-letters code cache: not written to /);
    assert.equal(s.process.exitCode, null, 'still running');
    const uri = letterUri(letters[0].id);
    const symbols = await s.connection.sendRequest<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.length > 0, 'still answering');
  } finally {
    await s.stop();
  }
  assert.equal(readFileSync(notADir, 'utf8'), 'not a folder');
});

test("without IMR_LETTERS_CACHE_DIR the cache goes to a folder of the user's own in the temporary directory, never to one others can write", async () => {
  const uid = process.getuid?.();
  if (uid === undefined) return; // no owners and modes to check on this platform
  const tmpOk = join(scratch, 'tmp-ok');
  const tmpShared = join(scratch, 'tmp-shared');
  mkdirSync(tmpOk);
  mkdirSync(join(tmpShared, `imr-letters-${uid}`), { recursive: true });
  chmodSync(join(tmpShared, `imr-letters-${uid}`), 0o777); // as if another user had made it for us
  const ok = await start({ IMR_LETTERS_CACHE_DIR: undefined, TMPDIR: tmpOk });
  const shared = await start({ IMR_LETTERS_CACHE_DIR: undefined, TMPDIR: tmpShared });
  try {
    assert.deepEqual(await diagnosticsOf(ok), expected);
    assert.deepEqual(await diagnosticsOf(shared), expected);
    const own = join(tmpOk, `imr-letters-${uid}`);
    assert.equal(
      await ok.stderrLine(/^imr-letters code cache: written to /),
      `imr-letters code cache: written to ${join(own, CACHE_FILE)}`,
    );
    assert.equal(statSync(own).mode & 0o777, 0o700);
    assertValidCache(join(own, CACHE_FILE));
    // The other server decided at start that it has no folder it may use, so it will never write.
    await shared.stderrLine(/^imr-letters code cache: no folder of our own/);
    assert.deepEqual(readdirSync(join(tmpShared, `imr-letters-${uid}`)), [], 'nothing written to a folder others can write');
  } finally {
    await ok.stop();
    await shared.stop();
  }
});
