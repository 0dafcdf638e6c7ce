#!/usr/bin/env node
// Checks the language server with a second, independent LSP client: headless
// Neovim (0.7+) runs test/nvim/lsp_client.lua against `node dist/server.js --stdio`
// on a real letter and a defective one; this script checks what came back.
//
//   node test/nvim/run.mjs       (skips with a message when nvim is missing)
//
// Set IMR_NVIM_REQUIRED=1 to fail instead of skipping.
import { spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const fixtures = path.join(root, 'test', 'e2e', 'fixtures');
const started = Date.now();

function skip(reason) {
  if (process.env.IMR_NVIM_REQUIRED) {
    console.error(`nvim failed: ${reason} (IMR_NVIM_REQUIRED is set)`);
    process.exit(1);
  }
  console.log(`nvim skipped: ${reason}`);
  process.exit(0);
}

const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
if (version.error || version.status !== 0) skip('nvim is not installed (apt-get install neovim)');
// IMR_NVIM_SERVER=FILE tests another build of the server.
const server = process.env.IMR_NVIM_SERVER ? path.resolve(process.env.IMR_NVIM_SERVER) : path.join(root, 'dist', 'server.js');
if (process.env.IMR_NVIM_SERVER && !fs.existsSync(server)) {
  console.error(`nvim failed: ${server} does not exist`);
  process.exit(1);
}
if (!fs.existsSync(server)) {
  const b = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0 || !fs.existsSync(server)) {
    console.error('nvim failed: dist/server.js does not build');
    process.exit(1);
  }
}

const letter = path.join(fixtures, 'CM16-0247624.txt');
const defective = path.join(fixtures, 'defective-CM17-0019066.imr');
const expected = JSON.parse(fs.readFileSync(path.join(fixtures, 'expected-outcomes.json'), 'utf8'))['CM16-0247624.txt'];
const lines = fs.readFileSync(letter, 'utf8').split(/\r?\n/);
const headerLines = expected.items.map((item) => lines.findIndex((l) => l.startsWith(`${item}:`)) + 1);

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-nvim-'));
const out = path.join(scratch, 'result.json');
const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${path.join(here, 'lsp_client.lua')}`], {
  encoding: 'utf8',
  timeout: 60_000,
  env: {
    ...process.env,
    IMR_NVIM_SERVER: server,
    IMR_NVIM_NODE: process.execPath,
    IMR_NVIM_LETTER: letter,
    IMR_NVIM_DEFECTIVE: defective,
    IMR_NVIM_HOVER_LINES: headerLines.join(','),
    IMR_NVIM_OUT: out,
    XDG_STATE_HOME: scratch,
    XDG_DATA_HOME: scratch,
    XDG_CACHE_HOME: scratch,
  },
});
let result;
try {
  result = JSON.parse(fs.readFileSync(out, 'utf8'));
} catch {
  console.error(`nvim failed: no result from Neovim (exit ${run.status ?? run.signal})\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}

const checks = [];
function check(name, fn) {
  try {
    fn();
    checks.push([name, null]);
  } catch (err) {
    checks.push([name, err]);
  }
}
const nvimVersion = version.stdout.split('\n')[0];

check('the client started and initialized', () => assert.deepEqual(result.errors, []));
check('document symbols: one per item with its outcome under the issues section', () => {
  assert.ok(Array.isArray(result.symbols), 'no documentSymbol result');
  const issues = result.symbols.find((s) => /IMR ISSUES, DECISIONS AND RATIONALES/i.test(s.name));
  assert.ok(issues, `no issues section among ${result.symbols.map((s) => s.name).join(' | ')}`);
  const items = issues.children ?? [];
  assert.deepEqual(
    items.map((s) => s.name),
    expected.items,
  );
  assert.deepEqual(
    items.map((s) => s.detail),
    expected.outcomes,
  );
  for (const item of items) {
    const children = (item.children ?? []).map((c) => c.name).join(' | ');
    for (const field of ['Claims Administrator guideline', 'MAXIMUS guideline', 'Decision rationale']) {
      assert.ok(children.includes(field), `${item.name}: no "${field}" child (${children})`);
    }
  }
});
check('hover on each item header names the item and its outcome', () => {
  assert.equal(result.hovers.length, expected.items.length);
  result.hovers.forEach((hover, i) => {
    assert.ok(hover && hover.contents, `no hover on line ${headerLines[i]}`);
    const c = hover.contents;
    const text = typeof c === 'string' ? c : Array.isArray(c) ? c.map((x) => x.value ?? x).join('\n') : c.value;
    assert.ok(text.includes(expected.items[i]), `hover lacks "${expected.items[i]}": ${text}`);
    assert.ok(text.includes(expected.outcomes[i]), `hover lacks "${expected.outcomes[i]}": ${text}`);
  });
});
check('diagnostics on the defective letter: missing outcome and missing MAXIMUS guideline', () => {
  const codes = result.diagnostics.map((d) => d.code);
  assert.ok(codes.includes('missing-outcome'), `codes: ${codes.join(', ')}`);
  assert.ok(codes.includes('missing-maximus-guideline'), `codes: ${codes.join(', ')}`);
  assert.ok(
    result.diagnostics.every((d) => d.source === 'imr-letters'),
    'a diagnostic without source imr-letters',
  );
  const outcome = result.diagnostics.find((d) => d.code === 'missing-outcome');
  assert.equal(outcome.line, 44, 'missing-outcome should point at the thoracic x-ray header (line 44)');
});
check('the real letter has no error diagnostics', () => assert.equal(result.clean_errors, 0));

let failed = 0;
for (const [name, err] of checks) {
  if (err) {
    failed++;
    console.log(`  ✘ ${name}\n      ${String(err.message).split('\n').join('\n      ')}`);
  } else {
    console.log(`  ✔ ${name}`);
  }
}
console.log(`nvim: ${checks.length - failed} passed, ${failed} failed (${nvimVersion}, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(failed ? 1 : 0);
