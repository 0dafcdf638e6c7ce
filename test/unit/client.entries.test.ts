// The desktop and the browser builds share one activation: every command the palette shows is registered by
// the code each entry reaches (followed through its imports), and the client speaks to the server only
// through the typed protocol module (no method name spelt out, no import of the server's features).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { ROOT } from '../helpers/letters';

function sourceOf(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

/** The files an entry reaches through relative imports (type-only imports included: they cost nothing, but are harmless). */
function reachable(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const s of sourceOf(file).statements) {
      if (
        (ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) &&
        s.moduleSpecifier &&
        ts.isStringLiteral(s.moduleSpecifier) &&
        s.moduleSpecifier.text.startsWith('.')
      ) {
        const base = resolve(dirname(file), s.moduleSpecifier.text);
        const target = [`${base}.ts`, join(base, 'index.ts')].find(existsSync);
        if (target && target.startsWith(join(ROOT, 'client'))) visit(target);
      }
    }
  };
  visit(join(ROOT, entry));
  return [...seen];
}

/** Command ids passed to registerCommand: string literals, or COMMANDS.x resolved from its object literal. */
function registeredCommands(files: readonly string[]): Set<string> {
  const constants = new Map<string, string>();
  const calls: ts.Expression[] = [];
  for (const file of files) {
    const visit = (n: ts.Node): void => {
      if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer) {
        let init: ts.Expression = n.initializer;
        if (ts.isAsExpression(init)) init = init.expression;
        if (ts.isObjectLiteralExpression(init)) {
          for (const p of init.properties)
            if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && ts.isStringLiteral(p.initializer))
              constants.set(`${n.name.text}.${p.name.text}`, p.initializer.text);
        }
      }
      if (
        ts.isCallExpression(n) &&
        ts.isPropertyAccessExpression(n.expression) &&
        n.expression.name.text === 'registerCommand' &&
        n.arguments[0]
      )
        calls.push(n.arguments[0]);
      ts.forEachChild(n, visit);
    };
    visit(sourceOf(file));
  }
  return new Set(calls.map((a) => (ts.isStringLiteral(a) ? a.text : (constants.get(a.getText()) ?? `?${a.getText()}`))));
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const COMMANDS: string[] = pkg.contributes.commands.map((c: { command: string }) => c.command);

for (const entry of ['client/src/extension.ts', 'client/src/browserExtension.ts']) {
  test(`${entry} registers every command the palette shows`, () => {
    const files = reachable(entry);
    assert.ok(
      files.some((f) => f.endsWith('activate.ts')),
      'the shared activation is reached',
    );
    const registered = registeredCommands(files);
    assert.deepEqual(
      COMMANDS.filter((c) => !registered.has(c)),
      [],
    );
    assert.ok(
      COMMANDS.includes('imrLetters.lintWorkspace') &&
        COMMANDS.includes('imrLetters.exportDecisions') &&
        COMMANDS.includes('imrLetters.showDecisionSummary'),
    );
  });
}

test('the client reaches the server only through the protocol module and the letter detection', () => {
  const files = [...new Set([...reachable('client/src/extension.ts'), ...reachable('client/src/browserExtension.ts')])];
  const crossings: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (/['"]imrLetters\/\w+['"]/.test(text)) crossings.push(`${relative(ROOT, file)} spells a request method`);
    for (const m of text.matchAll(/from '((?:\.\.\/)+server\/src\/[^']+)'/g)) {
      const target = relative(ROOT, resolve(dirname(file), m[1]))
        .split('\\')
        .join('/');
      if (!/^server\/src\/(protocol(\/index)?|letter\/detect)$/.test(target)) crossings.push(`${relative(ROOT, file)} imports ${target}`);
    }
  }
  assert.deepEqual(crossings, []);
});
