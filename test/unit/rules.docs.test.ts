// The generated rule docs and the `imrLetters.rules` settings schema must match the rule metadata:
// this fails when a rule changed and `npm run gen-docs` was not run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, type Rule } from '../../server/src/rules';
import {
  docsFiles,
  readmeRulesBlock,
  rulePage,
  rulesSettingSchema,
  withReadmeRules,
  README_RULES_END,
  README_RULES_START,
} from '../../server/src/rules/docs';
import { ROOT } from '../helpers/letters';

test('docs/rules/*.md are up to date with the rule metadata (run npm run gen-docs)', () => {
  const files = docsFiles(RULES);
  assert.equal(files.size, RULES.length + 1);
  for (const [path, content] of files) {
    const full = join(ROOT, path);
    assert.ok(existsSync(full), `${path} is missing`);
    assert.equal(readFileSync(full, 'utf8'), content, `${path} is stale`);
  }
  const pages = readdirSync(join(ROOT, 'docs', 'rules')).filter((f) => f.endsWith('.md'));
  assert.deepEqual(pages.sort(), [...files.keys()].map((p) => p.split('/').pop() as string).sort());
});

test('package.json declares imrLetters.rules with one property per rule (levels, default, description)', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const declared = pkg.contributes.configuration.properties['imrLetters.rules'] as { properties: Record<string, { default: string }> };
  assert.deepEqual(declared, rulesSettingSchema(RULES));
  for (const r of RULES) assert.equal(declared.properties[r.name].default, r.defaultLevel);
  assert.equal(pkg.scripts['gen-docs'], 'node scripts/gen-docs.mjs');
  assert.ok(pkg.contributes.configuration.properties['imrLetters.ignore'], 'imrLetters.ignore is declared');
});

test('every rule page names its rule, level and example', () => {
  for (const r of RULES) {
    const page = readFileSync(join(ROOT, 'docs', 'rules', `${r.name}.md`), 'utf8');
    assert.match(page, new RegExp(`^# ${r.name} \\(${r.id}\\)$`, 'm'));
    assert.ok(page.includes(`Default level: \`${r.defaultLevel}\``), r.name);
    if (r.example) assert.ok(page.includes(r.example.bad), r.name);
  }
});

test("the README's rules table is up to date (run npm run gen-docs)", () => {
  const path = join(ROOT, 'README.md');
  if (!existsSync(path)) return;
  const readme = readFileSync(path, 'utf8');
  if (!readme.includes('<!-- rules -->')) return;
  assert.ok(readme.includes(README_RULES_END), 'the rules block was never generated');
  assert.equal(withReadmeRules(readme, RULES), readme);
  for (const r of RULES) assert.ok(readme.includes(`[\`${r.name}\`](docs/rules/${r.name}.md)`), r.name);
});

test('every rule has a unique IMR id, a unique kebab-case name, a known category and a one-line description', () => {
  assert.deepEqual(
    RULES.map((r) => r.id),
    RULES.map((_r, i) => `IMR${String(i + 1).padStart(3, '0')}`),
    'ids in order, none skipped',
  );
  assert.equal(new Set(RULES.map((r) => r.name)).size, RULES.length);
  for (const r of RULES) {
    assert.match(r.name, /^[a-z]+(?:-[a-z]+)*$/, r.name);
    assert.ok(['structure', 'header', 'citation', 'decision'].includes(r.category), `${r.name}: ${r.category}`);
    assert.match(r.description, /^[A-Z"].{20,}[.)]$/, r.name);
    assert.ok(r.docs.length > 100, r.name);
  }
});

test('generated docs from rules at their edges: a pipe in a description, docs with blank lines around, no example, a category with no rule', () => {
  const base = RULES[0];
  const odd: Rule = {
    ...base,
    id: 'IMR900',
    name: 'odd-rule',
    category: 'structure',
    description: 'Reports a | b.',
    docs: '\n\n  Why it matters.\n\n',
    example: undefined,
  };
  const page = rulePage(odd);
  assert.ok(page.includes('\n\nWhy it matters.\n'), 'the docs trimmed');
  assert.ok(!page.includes('  Why it matters.'), 'the docs trimmed');
  assert.ok(!page.includes('## Example'), 'no example, no example section');
  const readme = docsFiles([odd]).get('docs/rules/README.md')!;
  assert.ok(readme.includes('| [odd-rule](odd-rule.md) | IMR900 | ' + odd.defaultLevel + ' | Reports a \\| b. |'), 'the pipe escaped');
  assert.equal((readme.match(/^## /gm) ?? []).length, 2, 'one category, then the settings: categories without rules have no heading');
  const block = readmeRulesBlock([odd]);
  assert.ok(block.includes('| [`odd-rule`](docs/rules/odd-rule.md) | ' + odd.defaultLevel + ' | Reports a \\| b. |'), 'the pipe escaped');
});

test("the README's rules block: regenerated between its markers, added after a start marker alone, nothing without one", () => {
  const block = readmeRulesBlock(RULES);
  assert.equal(withReadmeRules('# Title\nNo rules here.\n', RULES), '# Title\nNo rules here.\n');
  assert.equal(withReadmeRules(`${README_RULES_END}\n`, RULES), `${README_RULES_END}\n`, 'an end marker alone');
  assert.equal(
    withReadmeRules(`${README_RULES_START}old${README_RULES_END}after`, RULES),
    `${README_RULES_START}${block}${README_RULES_END}after`,
  );
  assert.equal(
    withReadmeRules(`before\n${README_RULES_START}old${README_RULES_END}after`, RULES),
    `before\n${README_RULES_START}${block}${README_RULES_END}after`,
  );
  assert.equal(
    withReadmeRules(`before\n${README_RULES_START}\nafter`, RULES),
    `before\n${README_RULES_START}${block}${README_RULES_END}\nafter`,
    'a start marker alone: the block and its end marker go in after it, the rest kept',
  );
});
