// .imr-lint.json: parsed and merged the same way for the command line and the language server; the
// server reads the workspace folder's file, editor settings override it, and a change is picked up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { mergeRules, parseConfig, parseRuleFlag } from '../../server/src/analysis/config';
import { RULES } from '../../server/src/rules';
import { startServer } from '../helpers/lsp';
import { LETTERS, runCli } from './run';

test('parseConfig keeps valid levels, names rule ids by their rule name, and says what is wrong', () => {
  const ok = parseConfig('\uFEFF{"rules": {"IMR004": "warning", "invalid-outcome": "off", "*": "hint"}, "ignore": ["drafts/**"]}');
  assert.deepEqual(ok.errors, []);
  assert.deepEqual(ok.config, { rules: { 'missing-outcome': 'warning', 'invalid-outcome': 'off', '*': 'hint' }, ignore: ['drafts/**'] });

  const bad = parseConfig('{"rules": {"missing-outcome": "fatal", "no-such-rule": "error"}, "colour": true, "ignore": "x"}');
  assert.deepEqual(bad.config.rules, { 'no-such-rule': 'error' });
  assert.equal(bad.errors.length, 4, bad.errors.join('\n'));
  assert.match(bad.errors.join('\n'), /"fatal"/);
  assert.match(bad.errors.join('\n'), /no-such-rule" is not a known rule/);

  assert.deepEqual(parseConfig('{\n  "rules": {,}\n}').errors, ['not valid JSON at line 2, column 13']);
  assert.equal(parseConfig('[1]').errors.length, 1);
  assert.equal(parseConfig('').errors.length, 1);
});

test('mergeRules: later layers win, ids and names meet, "*" sets every rule first', () => {
  assert.deepEqual(mergeRules([{ 'missing-outcome': 'off' }, { IMR004: 'error' }]), { 'missing-outcome': 'error' });
  const all = mergeRules([{ '*': 'off', 'invalid-outcome': 'warning' }]);
  assert.equal(Object.keys(all).length, RULES.length);
  assert.equal(all['invalid-outcome'], 'warning');
  assert.ok(RULES.filter((r) => r.name !== 'invalid-outcome').every((r) => all[r.name] === 'off'));
  assert.deepEqual(parseRuleFlag('missing-outcome=hint'), { name: 'missing-outcome', level: 'hint' });
  assert.equal(typeof parseRuleFlag('missing-outcome'), 'string');
});

test("the server reads the workspace's .imr-lint.json, editor settings override it, and edits to it apply", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'imr-config-'));
  const config = join(dir, '.imr-lint.json');
  copyFileSync(join(LETTERS, 'defects.imr'), join(dir, 'defects.imr'));
  writeFileSync(
    config,
    JSON.stringify({ rules: { 'invalid-outcome': 'off', 'missing-outcome': 'warning', 'missing-maximus-guideline': 'error' } }),
  );
  const server = await startServer({
    pull: true,
    configuration: true,
    settings: { rules: { 'missing-maximus-guideline': 'hint' } },
    workspaceFolders: [pathToFileURL(dir).href],
  });
  let serverErrors = '';
  server.process.stderr?.on('data', (d) => (serverErrors += String(d)));
  try {
    const uri = pathToFileURL(join(dir, 'defects.imr')).href;
    await server.open(uri, readFileSync(join(dir, 'defects.imr'), 'utf8'));
    const pull = async () =>
      (await server.connection.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items
        .map((d) => `${d.code}:${d.severity}`)
        .sort();
    // invalid-outcome off and missing-outcome a warning from the file; the editor's hint wins over the file's error.
    assert.deepEqual(await pull(), ['missing-maximus-guideline:4', 'missing-outcome:2']);

    // The command line reads the same file; with the editor's one setting as a flag it agrees.
    const cli = runCli(['--format', 'json', '--rule', 'missing-maximus-guideline=hint', 'defects.imr'], { cwd: dir });
    const levels: Record<string, number> = { error: 1, warning: 2, information: 3, hint: 4 };
    assert.deepEqual(
      JSON.parse(cli.stdout)
        .files[0].problems.map((p: { rule: string; level: string }) => `${p.rule}:${levels[p.level]}`)
        .sort(),
      await pull(),
    );

    writeFileSync(config, JSON.stringify({ rules: { 'missing-outcome': 'off' } }));
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(config).href, type: 2 }],
    });
    assert.deepEqual(await pull(), ['invalid-outcome:1', 'missing-maximus-guideline:4']);
    assert.equal(serverErrors, '');
  } catch (e) {
    throw new Error(`${(e as Error).message}\nserver: ${serverErrors}`, { cause: e });
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a workspace folder added after start brings its .imr-lint.json; removing it takes it away', async () => {
  const first = mkdtempSync(join(tmpdir(), 'imr-config-first-'));
  const later = mkdtempSync(join(tmpdir(), 'imr-config-later-'));
  copyFileSync(join(LETTERS, 'defects.imr'), join(later, 'defects.imr'));
  writeFileSync(join(later, '.imr-lint.json'), JSON.stringify({ rules: { 'invalid-outcome': 'off', 'missing-outcome': 'hint' } }));
  const server = await startServer({ pull: true, workspaceFolders: [pathToFileURL(first).href] });
  try {
    const uri = pathToFileURL(join(later, 'defects.imr')).href;
    await server.open(uri, readFileSync(join(later, 'defects.imr'), 'utf8'));
    const pull = async () =>
      (await server.connection.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items
        .map((d) => `${d.code}:${d.severity}`)
        .sort();
    const defaults = await pull();
    assert.ok(defaults.includes('invalid-outcome:1') && defaults.includes('missing-outcome:1'), defaults.join(', '));
    const folder = { uri: pathToFileURL(later).href, name: 'later' };
    await server.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [folder], removed: [] } });
    // The next pull reads the folder's file: invalid-outcome off, missing-outcome a hint.
    const withFile = await pull();
    assert.ok(!withFile.some((d) => d.startsWith('invalid-outcome')) && withFile.includes('missing-outcome:4'), withFile.join(', '));
    await server.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [folder] } });
    assert.deepEqual(await pull(), defaults);
  } finally {
    await server.stop();
    rmSync(first, { recursive: true, force: true });
    rmSync(later, { recursive: true, force: true });
  }
});
