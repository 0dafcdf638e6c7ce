// `npm run gen-docs`: writes docs/rules/*.md and the `imrLetters.rules` settings schema in package.json from
// the rule metadata (server/src/rules). `--check` writes nothing and exits 1 when a generated file is stale.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';

const check = process.argv.includes('--check');
const root = join(dirname(new URL(import.meta.url).pathname), '..');
const out = join(tmpdir(), `imr-gen-docs-${process.pid}.cjs`);
await esbuild.build({
  stdin: {
    contents:
      "export { RULES } from './server/src/rules'; export { docsFiles, rulesSettingSchema, withReadmeRules } from './server/src/rules/docs';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: out,
  logLevel: 'warning',
});
const { RULES, docsFiles, rulesSettingSchema, withReadmeRules } = createRequire(import.meta.url)(out);
rmSync(out, { force: true });

const stale = [];
const files = docsFiles(RULES);
for (const [path, content] of files) {
  const full = join(root, path);
  if (existsSync(full) && readFileSync(full, 'utf8') === content) continue;
  stale.push(path);
  if (!check) {
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}
// Pages of rules that no longer exist.
for (const f of readdirSync(join(root, 'docs', 'rules'), { withFileTypes: true })) {
  const path = `docs/rules/${f.name}`;
  if (f.isFile() && f.name.endsWith('.md') && !files.has(path)) {
    stale.push(path);
    if (!check) rmSync(join(root, path));
  }
}
// The README's rules table, between its <!-- rules --> and <!-- /rules --> markers.
const readmePath = join(root, 'README.md');
if (existsSync(readmePath)) {
  const readme = readFileSync(readmePath, 'utf8');
  const updated = withReadmeRules(readme, RULES);
  if (updated !== readme) {
    stale.push('README.md (rules table)');
    if (!check) writeFileSync(readmePath, updated);
  }
}
// The settings schema: only the imrLetters.rules property is rewritten; the rest of package.json stays as is.
const pkgPath = join(root, 'package.json');
const pkgText = readFileSync(pkgPath, 'utf8');
const pkg = JSON.parse(pkgText);
const props = pkg.contributes.configuration.properties;
const schema = rulesSettingSchema(RULES);
if (JSON.stringify(props['imrLetters.rules']) !== JSON.stringify(schema)) {
  stale.push('package.json (imrLetters.rules)');
  if (!check) {
    props['imrLetters.rules'] = schema;
    writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + '\n');
  }
}
if (check) {
  if (stale.length) {
    console.error(`Stale generated files (run npm run gen-docs): ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log('Generated rule docs and settings schema are up to date.');
} else {
  console.log(stale.length ? `Updated: ${stale.join(', ')}` : 'Nothing to update.');
}
