// The import rules of docs/architecture.md, enforced: every import in server/src and client/src is parsed,
// resolved to the area it lands in, and checked against the table on that page (areas and packages).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { ROOT } from '../helpers/letters';

interface Area {
  readonly name: string;
  /** Folder prefixes (ending in "/") and single files, relative to the repository. */
  readonly files: readonly string[];
  readonly imports: ReadonlySet<string>;
  readonly packages: readonly string[];
}

const unquote = (cell: string): string[] =>
  cell
    .split(',')
    .map((c) => c.trim().replace(/^`|`$/g, ''))
    .filter(Boolean);

/** The table between the import-rules markers of docs/architecture.md. */
function readAreas(): Area[] {
  const doc = readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8');
  const block = /<!-- import-rules:start -->([\s\S]*?)<!-- import-rules:end -->/.exec(doc);
  assert.ok(block, 'docs/architecture.md has the import-rules table');
  return block[1]
    .split('\n')
    .filter((l) => l.startsWith('|') && !/^\|\s*(Area|---)/.test(l))
    .map((l) => {
      const [name, files, imports, packages] = l
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      return { name, files: unquote(files), imports: new Set(unquote(imports)), packages: unquote(packages) };
    });
}

const AREAS = readAreas();

/** The area a repository path belongs to: the longest matching entry (a single file beats its folder). */
function areaOf(path: string): Area | undefined {
  let best: Area | undefined;
  let length = -1;
  for (const a of AREAS) {
    for (const f of a.files) {
      const hit = f.endsWith('/') ? path.startsWith(f) : path === f;
      const weight = f.endsWith('/') ? f.length : 10_000 + f.length;
      if (hit && weight > length) {
        best = a;
        length = weight;
      }
    }
  }
  return best;
}

function resolveRelative(from: string, specifier: string): string | undefined {
  const base = resolve(ROOT, dirname(from), specifier);
  const found = [base, `${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile());
  return found && relative(ROOT, found).split('\\').join('/');
}

const packageOf = (s: string): string =>
  s.startsWith('node:') ? 'node:*' : s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0];

/** What is wrong with a file's imports under the table (an empty list when nothing is). */
export function violations(file: string, specifiers: readonly string[]): string[] {
  const area = areaOf(file);
  if (!area) return [`${file} is in no area of docs/architecture.md`];
  const out: string[] = [];
  for (const s of specifiers) {
    if (s.startsWith('.')) {
      const target = resolveRelative(file, s);
      const to = target && areaOf(target);
      if (!target || !to) {
        out.push(`${file}: ${s} resolves to no known area`);
        continue;
      }
      // detect is the part of letter/ the client bundles: whoever may import letter may import it.
      const allowed =
        to === area || area.imports.has(to.name) || (to.name === 'detect' && (area.name === 'letter' || area.imports.has('letter')));
      if (!allowed) out.push(`${file} imports ${s}: ${area.name} may not import ${to.name}`);
    } else if (!area.packages.includes(packageOf(s))) {
      out.push(`${file} imports the package ${s}: ${area.name} may not`);
    }
  }
  return out;
}

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((e) => {
    const p = `${dir}/${e}`;
    return statSync(join(ROOT, p)).isDirectory() ? sources(p) : e.endsWith('.ts') ? [p] : [];
  });
}

test('the table of docs/architecture.md catches an import across a boundary', () => {
  assert.deepEqual(violations('server/src/letter/parse.ts', ['./types', '../kb']), []);
  assert.equal(violations('server/src/letter/parse.ts', ['../rules']).length, 1, 'letter/ may not import rules/');
  assert.equal(violations('server/src/letter/parse.ts', ['node:fs']).length, 1, 'letter/ may not use Node');
  assert.equal(violations('server/src/features/hover.ts', ['../lsp/server']).length, 1, 'features/ may not import the LSP glue');
  assert.equal(violations('server/src/rules/helpers/util.ts', ['../engine/lint']).length, 1, 'rule helpers may not import the lint engine');
  assert.equal(violations('server/src/features/hover.ts', ['vscode-languageserver']).length, 1, 'features/ may not use the connection');
  assert.equal(
    violations('client/src/commands.ts', ['../../server/src/features/hover']).length,
    1,
    'the client reaches the server only through the protocol',
  );
  assert.deepEqual(violations('client/src/detect.ts', ['../../server/src/letter/detect']), []);
  assert.equal(violations('server/src/nowhere/x.ts', []).length, 1);
});

test('every import in server/src and client/src keeps to the table', () => {
  const files = [...sources('server/src'), ...sources('client/src')];
  assert.ok(files.length > 100, String(files.length));
  const found: string[] = [];
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
    found.push(
      ...violations(
        file,
        info.importedFiles.map((f) => f.fileName),
      ),
    );
  }
  assert.deepEqual(found, []);
});
