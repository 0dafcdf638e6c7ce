// Hostile input to the built server over stdio: a 50 MB document, binary files, unknown and malformed
// requests, requests for unknown documents, cancelled requests and broken JSON on the wire. Afterwards the
// server is still running and still analyses a real letter.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import type { DocumentSymbol, Diagnostic } from 'vscode-languageserver-types';
import { ROOT } from '../helpers/letters';
import { startServer, type TestServer } from '../helpers/lsp';
import { realTexts } from './mutate';

const letter = realTexts()[0];
let push: TestServer;
let pull: TestServer;
before(async () => {
  push = await startServer({ pull: false });
  pull = await startServer({ pull: true });
});
after(async () => {
  await push.stop();
  await pull.stop();
});

const messageOf = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : (d.message as { value: string }).value);
const symbols = (s: TestServer, uri: string) =>
  s.connection.sendRequest<DocumentSymbol[] | null>('textDocument/documentSymbol', { textDocument: { uri } });

/** The server is alive and still analyses a real letter correctly. */
async function stillWorks(s: TestServer, uri = `file:///check-${Math.random().toString(36).slice(2)}.imr`): Promise<void> {
  assert.equal(s.process.exitCode, null, 'the server process exited');
  await s.open(uri, letter);
  // A dead server never answers: race the reply with the process's exit.
  const exited = new Promise<never>((_, reject) => s.process.once('exit', (code) => reject(new Error(`the server exited (${code})`))));
  const syms = await Promise.race([symbols(s, uri), exited]);
  assert.ok(syms && syms.length >= 3, 'a real letter has its sections in the outline');
}

test('a 50 MB document gets one "too large" diagnostic, is not parsed, and the server stays responsive', { timeout: 120_000 }, async () => {
  const uri = 'file:///huge.imr';
  const huge = letter.repeat(Math.ceil((50 * 1048576) / letter.length));
  const t0 = performance.now();
  const diagnostics = push.nextDiagnostics(uri, 1);
  await push.open(uri, huge);
  const { diagnostics: ds } = await diagnostics;
  const ms = performance.now() - t0;
  assert.equal(ds.length, 1);
  assert.match(messageOf(ds[0]), /too large to analyse.*limit 20 MB/);
  // Parsed, 50 MB of letters would give thousands of outline entries.
  assert.deepEqual(await symbols(push, uri), []);
  assert.equal(
    await push.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 4 } }),
    null,
  );
  // An edit to the huge document is declined just as fast.
  const changed = push.nextDiagnostics(uri, 2);
  await push.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }],
  });
  assert.equal((await changed).diagnostics.length, 1);
  await stillWorks(push);
  console.log(`50 MB document: "too large" diagnostic ${ms.toFixed(0)} ms after didOpen was sent`);
  await push.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
});

test("the size limit comes from the document's own settings, for the diagnostic and the parse alike", { timeout: 60_000 }, async () => {
  const s = await startServer({ pull: false, configuration: true, settings: { maxFileSizeMB: 1 } });
  try {
    const uri = 'file:///two-mb.imr';
    const text = letter.repeat(Math.ceil((2 * 1048576) / letter.length));
    const d = s.nextDiagnostics(uri, 1);
    await s.open(uri, text);
    const { diagnostics } = await d;
    assert.equal(diagnostics.length, 1);
    assert.match(messageOf(diagnostics[0]), /too large to analyse.*limit 1 MB/);
    assert.deepEqual(await symbols(s, uri), []);
  } finally {
    await s.stop();
  }
});

test('binary files are declined quietly: no diagnostics, no outline', async () => {
  const uri = 'file:///image.imr';
  const png = '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0001\u0000' + letter;
  const d = push.nextDiagnostics(uri, 1);
  await push.open(uri, png);
  assert.deepEqual((await d).diagnostics, []);
  assert.deepEqual(await symbols(push, uri), []);
  const items = (await pull.connection.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items;
  assert.deepEqual(items, []);
  await pull.open(uri, png);
  assert.deepEqual(
    (await pull.connection.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items,
    [],
  );
});

test('requests for documents that are not open answer nothing and break nothing', async () => {
  const textDocument = { uri: 'file:///never-opened.imr' };
  const position = { line: 0, character: 0 };
  const range = { start: position, end: position };
  for (const s of [push, pull]) {
    assert.equal(await symbols(s, textDocument.uri), null);
    assert.equal(await s.connection.sendRequest('textDocument/hover', { textDocument, position }), null);
    assert.equal(await s.connection.sendRequest('textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } }), null);
    for (const [method, params] of [
      ['textDocument/completion', { textDocument, position }],
      ['textDocument/foldingRange', { textDocument }],
      ['textDocument/selectionRange', { textDocument, positions: [position] }],
      ['textDocument/codeLens', { textDocument }],
    ] as const) {
      const r = await s.connection.sendRequest(method, params).catch((e: { code?: number }) => e);
      assert.ok(r === null || (r as { code?: number }).code === -32601, `${method} on an unknown document answered ${JSON.stringify(r)}`);
    }
  }
  const items = (await pull.connection.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument })).items;
  assert.deepEqual(items, []);
  await stillWorks(push);
});

test('unknown methods and malformed requests get error replies; the server keeps running', async () => {
  const c = push.connection;
  await assert.rejects(c.sendRequest('imr/noSuchMethod', { x: 1 }), (e: { code: number }) => e.code === -32601);
  await c.sendNotification('imr/noSuchNotification', { x: 1 });
  const malformed: [string, unknown][] = [
    ['textDocument/hover', {}],
    ['textDocument/hover', null],
    ['textDocument/hover', { textDocument: { uri: 42 }, position: 'start' }],
    ['textDocument/hover', { textDocument: { uri: 'file:///check.imr' }, position: { line: 'x', character: null } }],
    ['textDocument/documentSymbol', { textDocument: null }],
    ['textDocument/codeAction', { textDocument: { uri: 'file:///x' }, range: null, context: null }],
    ['textDocument/diagnostic', []],
    ['workspace/symbol', { query: { not: 'a string' } }],
  ];
  for (const [method, params] of malformed) {
    // A reply, result or error, is what matters: the request did not take the server down.
    await c.sendRequest(method, params as object).then(
      () => undefined,
      (e: { code?: number }) => assert.equal(typeof e.code, 'number'),
    );
  }
  // Malformed notifications: changes to unknown documents, impossible ranges, a document without text.
  await c.sendNotification('textDocument/didChange', {
    textDocument: { uri: 'file:///nope.imr', version: 2 },
    contentChanges: [{ text: 'x' }],
  });
  await c.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///no-text.imr', languageId: 'imr-letter', version: 1 } });
  await c.sendNotification('textDocument/didOpen', {
    textDocument: { uri: 'file:///bad-range.imr', languageId: 'imr-letter', version: 1, text: letter },
  });
  await c.sendNotification('textDocument/didChange', {
    textDocument: { uri: 'file:///bad-range.imr', version: 2 },
    contentChanges: [{ range: { start: { line: 1e9, character: -5 }, end: { line: -3, character: 1e9 } }, text: '\u0000\ud800' }],
  });
  await c.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///never-opened.imr' } });
  await c.sendNotification('workspace/didChangeConfiguration', { settings: { imrLetters: { maxFileSizeMB: 'lots', rules: 'none' } } });
  await c.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await stillWorks(push);
});

test('cancelled requests are answered or cancelled, never crash the server', async () => {
  const uri = 'file:///cancel.imr';
  await pull.open(uri, letter.repeat(20));
  const replies = [];
  for (let i = 0; i < 60; i++) {
    const source = new CancellationTokenSource();
    const method = ['textDocument/documentSymbol', 'textDocument/diagnostic', 'textDocument/hover', 'textDocument/codeAction'][i % 4];
    const params = {
      textDocument: { uri },
      position: { line: i, character: 1 },
      range: { start: { line: 0, character: 0 }, end: { line: i, character: 0 } },
      context: { diagnostics: [] },
    };
    replies.push(
      pull.connection.sendRequest(method, params, source.token).then(
        () => 'answered',
        (e: { code?: number }) => (e.code === -32800 ? 'cancelled' : `error ${e.code}`),
      ),
    );
    if (i % 2 === 0) source.cancel();
  }
  const outcomes = await Promise.all(replies);
  assert.deepEqual(
    outcomes.filter((o) => o !== 'answered' && o !== 'cancelled'),
    [],
  );
  await stillWorks(pull);
});

test('broken JSON and broken headers on the wire do not take the server down', { timeout: 30_000 }, async () => {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString('utf8')));
  const frame = (body: string): string => `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
  const send = (s: string): boolean => child.stdin.write(s);
  const replyTo = async (id: number): Promise<string> => {
    for (let i = 0; i < 200 && !out.includes(`"id":${id}`); i++) await new Promise((r) => setTimeout(r, 25));
    return out;
  };
  try {
    send(
      frame(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } })),
    );
    assert.match(await replyTo(1), /"capabilities"/);
    send(frame('{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{'));
    send(frame('not json at all \u0000\ud800'));
    send(frame('[1,2,3]'));
    send(frame('{"jsonrpc":"2.0","id":{"nested":true},"method":42}'));
    send(
      frame(
        JSON.stringify({
          jsonrpc: '2.0',
          id: 3,
          method: 'textDocument/documentSymbol',
          params: { textDocument: { uri: 'file:///x.imr' } },
        }),
      ),
    );
    const reply = await replyTo(3);
    assert.equal(child.exitCode, null, 'the server exited on malformed JSON');
    assert.match(reply, /"id":3,"result":null/);
  } finally {
    child.kill();
  }
});
