// The web build: dist/browser/server.js runs as a dedicated worker in headless Chromium (as in vscode.dev)
// and answers LSP requests over postMessage. Its symbols and diagnostics for real letters must equal the
// node server's (dist/server.js over stdio), and name the items and defects of those letters.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-types';
import { ROOT, corpusLetters } from '../helpers/letters';
import { startServer, type TestServer } from '../helpers/lsp';
// @ts-expect-error -- an ES module of the editor-test scripts, which has no type declarations
import * as e2ePaths from '../../scripts/e2e/paths.mjs';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { CHROMIUM_ARGS } from '../../scripts/e2e/workbench.mjs';

const { chromiumCandidates, findChromium } = e2ePaths as { chromiumCandidates: string[]; findChromium: () => string | undefined };

// The browser the editor tests use (scripts/e2e/paths.mjs: IMR_E2E_CHROMIUM, or chromium, chromium-browser,
// google-chrome), unless IMR_CHROMIUM names one for this test alone.
const CHROMIUM = process.env.IMR_CHROMIUM ?? findChromium() ?? chromiumCandidates.join(' or ');
const BUNDLE = join(ROOT, 'dist', 'browser', 'server.js');
const missing = !existsSync(CHROMIUM)
  ? `Chromium not found at ${CHROMIUM} (set IMR_E2E_CHROMIUM or IMR_CHROMIUM)`
  : !existsSync(BUNDLE)
    ? `${BUNDLE} not built`
    : undefined;
if (missing && process.env.IMR_WEB_REQUIRED) throw new Error(`web tests required (IMR_WEB_REQUIRED) but ${missing}`);
if (missing) console.log(`# web worker tests skipped: ${missing}`);

// A page that starts the worker, keeps every message it sends, and answers the server's own requests
// (configuration, capability registration, the config file) the way a minimal client would.
const PAGE = `<!doctype html><meta charset="utf-8"><title>IMR worker</title><script>
window.received = [];
const worker = new Worker('/server.js');
worker.onerror = (e) => window.received.push({ workerError: String(e.message) });
worker.onmessage = (e) => {
  const m = e.data;
  if (m && m.method && m.id !== undefined) {
    const result = m.method === 'workspace/configuration' ? m.params.items.map(() => null) : null;
    worker.postMessage({ jsonrpc: '2.0', id: m.id, result });
    return;
  }
  window.received.push(m);
};
window.send = (m) => worker.postMessage(m);
</script>`;

let http: Server;
let context: BrowserContext;
let page: Page;
let node: TestServer;
let nextId = 1;
let userDataDir = '';

async function request<T>(method: string, params: unknown): Promise<T> {
  const id = nextId++;
  await page.evaluate((m) => (globalThis as unknown as { send: (m: unknown) => void }).send(m), { jsonrpc: '2.0', id, method, params });
  const handle = await page.waitForFunction(
    (id) => {
      const w = globalThis as unknown as { received: { id?: number; workerError?: string }[] };
      return w.received.find((m) => m.id === id || m.workerError !== undefined);
    },
    id,
    { timeout: 30_000 },
  );
  const reply = (await handle.jsonValue()) as { result?: T; error?: { message: string }; workerError?: string };
  if (reply.workerError) throw new Error(`worker error: ${reply.workerError}`);
  if (reply.error) throw new Error(`${method}: ${reply.error.message}`);
  // postMessage keeps properties set to undefined, JSON on the wire drops them: compare as JSON.
  return JSON.parse(JSON.stringify(reply.result ?? null)) as T;
}

async function notify(method: string, params: unknown): Promise<void> {
  await page.evaluate((m) => (globalThis as unknown as { send: (m: unknown) => void }).send(m), { jsonrpc: '2.0', method, params });
}

before(async () => {
  if (missing) return;
  const bundle = readFileSync(BUNDLE);
  http = createServer((req, res) => {
    if (req.url === '/server.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    else if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  userDataDir = mkdtempSync(join(tmpdir(), 'imr-web-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`http://127.0.0.1:${(http.address() as AddressInfo).port}/`);
  const capabilities = {
    textDocument: {
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      diagnostic: { dynamicRegistration: false },
      publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
    },
    workspace: { configuration: true },
  };
  const init = await request<{ capabilities: Record<string, unknown> }>('initialize', { processId: null, rootUri: null, capabilities });
  assert.ok(init.capabilities.documentSymbolProvider, 'the worker offers document symbols');
  assert.ok(init.capabilities.diagnosticProvider, 'the worker offers pull diagnostics');
  await notify('initialized', {});
  node = await startServer({ pull: true, configuration: true });
});

after(async () => {
  if (missing) return;
  await node?.stop();
  await context?.close();
  await new Promise((resolve) => http?.close(resolve));
  // Chromium may still be flushing its profile for a moment after closing.
  rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
});

const LETTERS = [
  // A real corpus letter with several items, and defective letters made from real ones.
  ((l) => ({ uri: `file:///letters/${l.id.replace('/', '-')}`, text: l.text }))(
    corpusLetters().find((l) => l.outcomes.length >= 2) ?? corpusLetters()[0],
  ),
  { uri: 'file:///letters/defects.imr', text: readFileSync(join(ROOT, 'test', 'cli', 'letters', 'defects.imr'), 'utf8') },
  { uri: 'file:///letters/crlf.imr', text: readFileSync(join(ROOT, 'test', 'cli', 'letters', 'crlf.imr'), 'utf8') },
];

test('the worker answers document symbols for a real letter, as the node server does', { skip: missing }, async () => {
  const { uri, text } = LETTERS[0];
  await notify('textDocument/didOpen', { textDocument: { uri, languageId: 'imr-letter', version: 1, text } });
  const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  const issues = symbols.find((s) => s.name.startsWith('IMR ISSUES'));
  assert.ok(issues, `an IMR ISSUES section among ${symbols.map((s) => s.name).join(', ')}`);
  assert.ok((issues.children ?? []).length >= 1, 'the disputed items are children of the issues section');
  for (const item of issues.children ?? []) assert.match(item.detail ?? '', /^(Upheld|Overturned)$/);

  await node.open(uri, text);
  const expected = await node.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.deepEqual(symbols, expected);
});

test('the worker answers diagnostics for defective letters (LF and CRLF), as the node server does', { skip: missing }, async () => {
  for (const { uri, text } of LETTERS) {
    await notify('textDocument/didOpen', { textDocument: { uri, languageId: 'imr-letter', version: 1, text } });
    const web = (await request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items;
    if (uri !== LETTERS[0].uri) await node.open(uri, text);
    const expected = (await node.connection.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } }))
      .items;
    // Rule pages are linked only where the node server finds them on disk.
    const strip = (ds: Diagnostic[]) => ds.map(({ codeDescription: _c, ...d }) => d);
    assert.deepEqual(strip(web), strip(expected), uri);
    if (uri.endsWith('defects.imr')) {
      const found = web.map((d) => `${d.range.start.line + 1} ${d.code}`);
      assert.ok(found.includes('50 invalid-outcome'), found.join('; '));
      assert.ok(found.includes('71 missing-maximus-guideline'), found.join('; '));
    }
    if (uri.endsWith('crlf.imr'))
      assert.ok(
        web.some((d) => d.code === 'missing-section'),
        'the missing CLINICAL CASE SUMMARY is reported',
      );
  }
});
