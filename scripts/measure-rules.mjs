// `node scripts/measure-rules.mjs [--rule NAME] [--show]`: runs every rule over every real letter (the corpus
// in both extractions and the seeds) and prints, per rule, its findings and how many of them are labelled real
// defects or false findings in test/fixtures/finding-labels.json, with the precision that follows.
// --show prints each finding with its label (and the sentence around it) to label new ones by hand; --unlabelled
// prints only the findings not labelled yet. Labels: { "<key>": { "real": true|false, "why": "..." } }.
// A finding is keyed "<letter file> <rule> <text at the finding>", the same key in both extractions.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const only = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined;
const show = args.includes('--show') || args.includes('--unlabelled');
const unlabelledOnly = args.includes('--unlabelled');
const root = join(dirname(new URL(import.meta.url).pathname), '..');
const out = join(tmpdir(), `imr-measure-${process.pid}.cjs`);
await esbuild.build({
  stdin: {
    contents: "export { RULES, lint } from './server/src/rules'; export { parseLetter } from './server/src/letter';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: out,
  logLevel: 'warning',
});
const { RULES, lint, parseLetter } = createRequire(import.meta.url)(out);
rmSync(out, { force: true });

const corpus = process.env.IMR_CORPUS_DIR ? resolve(process.env.IMR_CORPUS_DIR) : resolve(root, '..', 'shared', 'corpus');
const seeds = process.env.IMR_SEEDS_DIR ? resolve(process.env.IMR_SEEDS_DIR) : resolve(root, '..', 'shared', 'seeds');
const letters = [];
for (const [dir, sub] of [
  [corpus, 'letters'],
  [corpus, 'letters-layout'],
  [seeds, '.'],
]) {
  const folder = join(dir, sub);
  if (!existsSync(folder)) continue;
  for (const f of readdirSync(folder)
    .filter((x) => x.endsWith('.txt'))
    .sort())
    letters.push({ id: `${sub === '.' ? 'seeds' : sub}/${f}`, file: f, text: readFileSync(join(folder, f), 'utf8') });
}
const labels = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'finding-labels.json'), 'utf8'));

const perRule = new Map(RULES.map((r) => [r.name, { level: r.defaultLevel, findings: 0, real: 0, falseFindings: 0, unlabelled: 0 }]));
const flat = (s) => s.replace(/\s+/g, ' ').trim();
for (const l of letters) {
  for (const p of lint(parseLetter(l.text), RULES)) {
    if (only && p.rule !== only) continue;
    const key = `${l.file} ${p.rule} ${flat(l.text.slice(p.span.start, p.span.end))}`;
    const label = labels[key];
    const row = perRule.get(p.rule);
    row.findings++;
    if (label?.real === true) row.real++;
    else if (label?.real === false) row.falseFindings++;
    else row.unlabelled++;
    if (show && !(unlabelledOnly && label)) {
      const around = flat(l.text.slice(Math.max(0, p.span.start - 160), Math.min(l.text.length, p.span.end + 160)));
      console.log(
        `${label ? (label.real ? 'REAL ' : 'FALSE') : '?    '} ${l.id} ${p.rule} [${p.level}] ${p.message}\n      key: ${JSON.stringify(key)}\n      ${around}\n`,
      );
    }
  }
}
console.log(`${letters.length} letters (corpus in both extractions, and the seeds)`);
console.log('rule'.padEnd(40), 'level'.padEnd(12), 'findings', 'real', 'false', 'unlabelled', 'precision');
for (const [name, r] of perRule) {
  if (only && name !== only) continue;
  if (!r.findings && !only) continue;
  const labelled = r.real + r.falseFindings;
  const precision = labelled ? `${((100 * r.real) / labelled).toFixed(0)}%` : '-';
  console.log(
    name.padEnd(40),
    r.level.padEnd(12),
    String(r.findings).padStart(8),
    String(r.real).padStart(4),
    String(r.falseFindings).padStart(5),
    String(r.unlabelled).padStart(10),
    precision.padStart(9),
  );
}
