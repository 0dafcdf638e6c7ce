// Bundles the client (dist/extension.js), the server (dist/server.js, a small loader, and dist/server-main.js, the
// server itself, which the loader compiles through a V8 code cache), the command line (dist/cli.js) and the web
// build (dist/browser/extension.js, dist/browser/server.js).
import * as esbuild from 'esbuild';
import { existsSync, rmSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// A production build starts clean, so no source map of an earlier build lands in the package.
if (production) rmSync('dist', { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/node/loader.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server-main.js' },
];
if (existsSync('server/src/cli/main.ts')) {
  entries.push({ entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } });
}
// The web build (vscode.dev): the client as CommonJS for the web extension host, the server as a classic worker script.
const browser = {
  platform: 'browser',
  target: 'es2022',
  define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
};
if (existsSync('client/src/browserExtension.ts')) {
  entries.push({
    ...browser,
    entryPoints: ['client/src/browserExtension.ts'],
    outfile: 'dist/browser/extension.js',
    format: 'cjs',
    external: ['vscode'],
  });
}
if (existsSync('server/src/browser/main.ts')) {
  entries.push({ ...browser, entryPoints: ['server/src/browser/main.ts'], outfile: 'dist/browser/server.js', format: 'iife' });
}

const contexts = await Promise.all(entries.map((e) => esbuild.context({ ...common, ...e })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
