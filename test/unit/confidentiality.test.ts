// Letters carry medical information about real people: nothing in what we ship may send anything anywhere.
// Every bundle under dist/ (node and browser builds) is split into the modules esbuild put in it, and every
// module is searched for network APIs. Our own code (client/src, server/src) may use none at all. Library
// code may keep exactly the uses listed in LIBRARY_EXCEPTIONS, each a local transport or process, never a
// network request; a bundle without module markers (minified) gets no exceptions at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../helpers/letters';

/** What counts as network code, by name. */
const NETWORK_APIS: { api: string; re: RegExp }[] = [
  ...['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'child_process', 'undici'].map((m) => ({
    api: m,
    re: new RegExp(`require\\(\\s*["'](?:node:)?${m}["']\\s*\\)|from\\s*["'](?:node:)?${m}["']`),
  })),
  { api: 'fetch', re: /\bfetch\s*\(/ },
  { api: 'XMLHttpRequest', re: /\bXMLHttpRequest\b/ },
  { api: 'WebSocket', re: /\bWebSocket\b/ },
  { api: 'EventSource', re: /\bEventSource\b/ },
  { api: 'sendBeacon', re: /\bsendBeacon\b/ },
  { api: 'importScripts', re: /\bimportScripts\s*\(/ },
  { api: 'telemetry library', re: /applicationinsights|@vscode\/extension-telemetry|@sentry\/|TelemetryReporter/ },
  { api: 'telemetry API', re: /\bcreateTelemetryLogger\b|connection\.telemetry\b|\btelemetry\.logEvent\b/ },
];

/** Library modules allowed one network-looking API, with why it sends nothing anywhere. */
const LIBRARY_EXCEPTIONS: { module: RegExp; api: string; why: string }[] = [
  {
    module: /vscode-jsonrpc\/lib\/node\/main\.js$/,
    api: 'net',
    why: 'the editor transport over a local named pipe or loopback socket (--pipe, --socket) that the editor itself opens',
  },
  { module: /vscode-languageclient\/lib\/node\/main\.js$/, api: 'net', why: 'the same local pipe or socket transport, client side' },
  {
    module: /vscode-languageclient\/lib\/node\/main\.js$/,
    api: 'child_process',
    why: 'starts the language server as a local child process',
  },
  {
    module: /vscode-languageclient\/lib\/node\/processes\.js$/,
    api: 'child_process',
    why: 'stops the server process on Windows (taskkill)',
  },
  {
    module: /vscode-languageserver\/lib\/node\/files\.js$/,
    api: 'child_process',
    why: 'resolveGlobalNodePath asks the local npm for its prefix; our server never calls it',
  },
  {
    module: /vscode-languageserver\/lib\/common\/(?:server|telemetry)\.js$/,
    api: 'telemetry API',
    why: "the protocol's telemetry/event notification, which our server never sends (checked in its own sources)",
  },
];

function bundles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? bundles(p) : e.endsWith('.js') ? [p] : [];
  });
}

/** The modules of an esbuild bundle, from its "// path/to/module.js" markers (one unnamed module when minified). */
function modulesOf(code: string): { path: string; code: string }[] {
  const marker = /^\/\/ ((?:node_modules|client|server|\.\.\/)[^\s]*\.(?:js|ts|mjs|cjs|json))$/gm;
  const marks = [...code.matchAll(marker)];
  if (!marks.length) return [{ path: '(whole bundle, no module markers)', code }];
  return marks.map((m, i) => ({ path: m[1], code: code.slice(m.index, i + 1 < marks.length ? marks[i + 1].index : code.length) }));
}

const ours = (path: string): boolean => /^(?:client|server)\//.test(path);

test('the bundles are there to inspect', () => {
  const found = bundles(join(ROOT, 'dist')).map((f) => relative(ROOT, f));
  assert.ok(
    found.includes(join('dist', 'server.js')) && found.includes(join('dist', 'extension.js')),
    `dist holds ${found.join(', ')}; run the build first`,
  );
});

test('no bundle contains network code: none in our modules, only the listed local transports in libraries', () => {
  const findings: string[] = [];
  let ownModules = 0;
  for (const file of bundles(join(ROOT, 'dist'))) {
    for (const mod of modulesOf(readFileSync(file, 'utf8'))) {
      if (ours(mod.path)) ownModules++;
      for (const { api, re } of NETWORK_APIS) {
        if (!re.test(mod.code)) continue;
        const excused = !ours(mod.path) && LIBRARY_EXCEPTIONS.some((x) => x.api === api && x.module.test(mod.path));
        if (!excused) findings.push(`${relative(ROOT, file)}: ${mod.path} uses ${api}`);
      }
    }
  }
  assert.ok(ownModules > 10, 'the bundles should contain our own modules, marked by path');
  assert.deepEqual(findings, []);
});

test('our sources send no telemetry and open no connections', () => {
  const files = ['client/src', 'server/src'].flatMap((d) => sources(join(ROOT, d)));
  const findings: string[] = [];
  for (const f of files) {
    const code = readFileSync(f, 'utf8');
    for (const { api, re } of NETWORK_APIS) if (re.test(code)) findings.push(`${relative(ROOT, f)} uses ${api}`);
  }
  assert.ok(files.length > 20);
  assert.deepEqual(findings, []);
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? sources(p) : /\.(?:ts|js|mjs)$/.test(e) ? [p] : [];
  });
}
