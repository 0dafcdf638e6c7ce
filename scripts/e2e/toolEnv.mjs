// The environment for the editor tools' own installs and runs (node 24, code-server, apt-get).
//
// `npm start` and `npm test` run our scripts under npm, and npm exports its whole state into the
// environment: every setting as npm_config_* (npm_config_user_agent names the outer npm's node, 20,
// and code-server's install script reads its node version from there, so it refuses to install even
// with node 24 first on PATH), npm_lifecycle_*, npm_package_*, npm_execpath, INIT_CWD, NODE, COLOR,
// and this project's node_modules/.bin folders first on PATH. A nested npm keeps all of that. This is
// the one place that takes it out again, so a tool installs the same under `npm test` as when run
// by hand.

/** npm settings a user may set in the environment for a nested npm to reach the registry. */
const KEPT_NPM_SETTINGS = new Set([
  'npm_config_registry',
  'npm_config_proxy',
  'npm_config_https_proxy',
  'npm_config_noproxy',
  'npm_config_cafile',
  'npm_config_ca',
  'npm_config_strict_ssl',
]);

/** Variables npm sets for a script run, beside the npm_* ones. */
const NPM_RUN_VARIABLES = new Set(['INIT_CWD', 'NODE', 'COLOR', 'EDITOR', 'NODE_GYP']);

/** Is this PATH entry one that `npm run` put first (a node_modules/.bin or npm's node-gyp-bin)? */
function addedByNpm(dir) {
  const d = dir.replace(/\\/g, '/').replace(/\/+$/, '');
  return d.endsWith('/node_modules/.bin') || d === 'node_modules/.bin' || d.endsWith('/node-gyp-bin');
}

/**
 * `env` without what an outer npm leaked into it. Only variables that npm itself sets are removed:
 * EDITOR and COLOR only while the npm markers show that npm is the one that set them.
 */
export function cleanToolEnv(env = process.env) {
  const underNpm = 'npm_lifecycle_event' in env || 'npm_execpath' in env || 'npm_command' in env;
  const out = {};
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) continue;
    if (/^npm_/i.test(key)) {
      if (KEPT_NPM_SETTINGS.has(key.toLowerCase()) && value !== '') out[key] = value;
      continue;
    }
    if (underNpm && NPM_RUN_VARIABLES.has(key)) continue;
    out[key] = value;
  }
  const pathKey = Object.keys(out).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
  if (out[pathKey]) {
    out[pathKey] = out[pathKey]
      .split(':')
      .filter((d) => d && !addedByNpm(d))
      .join(':');
  }
  return out;
}

/** The names of the variables `cleanToolEnv` would remove or change (for messages and tests). */
export function leakedNames(env = process.env) {
  const clean = cleanToolEnv(env);
  return Object.keys(env)
    .filter((k) => env[k] !== undefined && clean[k] !== env[k])
    .sort();
}
