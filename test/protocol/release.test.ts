// What a published extension has, and one version everywhere: package.json, the changelog's newest entry,
// the language server's serverInfo and imr-lint --version agree; the icon, the repository and every file the
// README links to (its screenshots, rule pages and docs) are in the package, so the extension's page in
// VS Code shows them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '@vscode/vsce';
import { ROOT } from '../helpers/letters';
import { startServer } from '../helpers/lsp';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  icon?: string;
  repository?: { type: string; url: string };
};

test("the changelog's newest entry is the package's version, and every entry has a date", () => {
  const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
  const entries = [...changelog.matchAll(/^## \[(\d+\.\d+\.\d+)\](?: - (\d{4}-\d{2}-\d{2}))?/gm)];
  assert.ok(entries.length >= 1, 'no "## [x.y.z] - date" entry in CHANGELOG.md');
  assert.equal(entries[0][1], manifest.version);
  for (const e of entries) assert.ok(e[2], `entry ${e[1]} has no date`);
});

test("the language server names the package's version in serverInfo", async () => {
  const server = await startServer();
  try {
    assert.deepEqual(server.initializeResult.serverInfo, { name: 'imr-letters', version: manifest.version });
  } finally {
    await server.stop();
  }
});

test("imr-lint --version prints the package's version", () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--version'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, `${manifest.version}\n`);
});

test('the manifest has an icon of at least 128 x 128 pixels and a repository', () => {
  assert.ok(manifest.icon, 'no icon in package.json');
  const png = readFileSync(join(ROOT, manifest.icon));
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  assert.ok(width >= 128 && height >= 128, `icon is ${width} x ${height}`);
  assert.equal(manifest.repository?.type, 'git');
  assert.match(manifest.repository?.url ?? '', /^https:\/\//);
});

test('the package holds the icon, the README and the rule pages, and nothing from the sources or the screenshots', async () => {
  const packaged = new Set((await listFiles({ cwd: ROOT, packageManager: 'none' as never })).map((f) => f.split('\\').join('/')));
  for (const f of [
    manifest.icon!,
    'README.md',
    'CHANGELOG.md',
    'LICENSE',
    'dist/server.js',
    'dist/server-main.js',
    'dist/extension.js',
    'dist/cli.js',
    'docs/rules/README.md',
  ]) {
    assert.ok(packaged.has(f), `${f} is not packaged`);
  }
  const unwanted = [...packaged].filter(
    (f) => (/\.(ts|map|png)$/.test(f) && f !== manifest.icon) || /^(test|server|client|scripts|samples)\//.test(f),
  );
  assert.deepEqual(unwanted, []);
});

test('every relative link and image of the README is a file of the repository (vsce makes them addresses in it)', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1].replace(/#.*$/, '')).filter((t) => t && !/^[a-z]+:/i.test(t));
  assert.ok(targets.filter((t) => t.endsWith('.png')).length >= 5, 'the README shows its screenshots');
  assert.deepEqual(
    [...new Set(targets)].filter((t) => !existsSync(join(ROOT, t))),
    [],
  );
  // VS Code's extension page shows only images with an absolute https address: the package step must let
  // vsce rewrite the relative ones against the repository.
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  assert.doesNotMatch(scripts.package, /--no-rewrite-relative-links|--allow-missing-repository/);
  assert.match(manifest.repository?.url ?? '', /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\.git$/);
});
