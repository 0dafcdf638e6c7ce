// The rule catalogue through the built server (dist/server.js over stdio): advertised code action kinds,
// source.fixAll.imrLetters on a letter with several defects, imrLetters.ignore, rule levels from the
// settings, and every diagnostic code linking to an existing rule page.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseLetter } from '../../server/src/letter';
import { allRealLetters } from '../helpers/letters';
import { startServer, type TestServer } from '../helpers/lsp';

const servers: TestServer[] = [];
after(async () => {
  for (const s of servers) await s.stop();
});

async function server(settings?: unknown): Promise<TestServer> {
  const s = await startServer({ pull: true, configuration: settings !== undefined, settings });
  servers.push(s);
  return s;
}

const pulled = async (s: TestServer, uri: string) =>
  (await s.connection.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items;

/** A real letter with every outcome in lower case and the case number in lower case: safe fixes only. */
function defective(): { original: string; text: string } {
  const l = allRealLetters().find((x) => parseLetter(x.text).items.length >= 3 && x.id.startsWith('letters/')) ?? allRealLetters()[0];
  const letter = parseLetter(l.text);
  let text = l.text;
  for (const item of [...letter.items].reverse()) {
    const o = item.outcome!;
    text = text.slice(0, o.span.start) + o.text.toLowerCase() + text.slice(o.span.end);
  }
  const c = letter.header?.fields.find((f) => f.key === 'caseNumber')?.value;
  if (c) text = text.slice(0, c.span.start) + text.slice(c.span.start, c.span.end).toLowerCase() + text.slice(c.span.end);
  return { original: l.text, text };
}

test('source.fixAll.imrLetters restores a letter with several safe defects; "fix all" of one rule too', async () => {
  const s = await server();
  const { original, text } = defective();
  const uri = 'file:///letters/fixall.imr';
  await s.open(uri, text);
  const diagnostics = await pulled(s, uri);
  assert.ok(diagnostics.filter((d) => d.code === 'invalid-outcome').length >= 3);
  assert.ok(diagnostics.some((d) => d.code === 'invalid-case-number'));
  const actions = await s.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['source.fixAll.imrLetters'] },
  });
  assert.equal(actions.length, 1);
  assert.equal(actions[0].kind, 'source.fixAll.imrLetters');
  const edits = actions[0].edit?.changes?.[uri] as TextEdit[];
  assert.equal(TextDocument.applyEdits(TextDocument.create(uri, 'imr-letter', 1, text), edits), original);
  // "Fix all invalid-outcome problems" comes with the quick fixes of one of them.
  const one = diagnostics.find((d) => d.code === 'invalid-outcome')!;
  const quick = await s.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: one.range,
    context: { diagnostics: [one], only: ['quickfix'] },
  });
  const all = quick.find((a) => a.title === 'Fix all invalid-outcome problems in this letter');
  assert.ok(all);
  const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'imr-letter', 1, text), all.edit?.changes?.[uri] as TextEdit[]);
  const u2 = 'file:///letters/fixall-2.imr';
  await s.open(u2, fixed);
  const afterFix = await pulled(s, u2);
  assert.ok(!afterFix.some((d) => d.code === 'invalid-outcome'));
  assert.ok(
    afterFix.some((d) => d.code === 'invalid-case-number'),
    'the other rule is left alone',
  );
});

test('every diagnostic links to its rule page, and the page exists', async () => {
  const s = await server();
  const { text } = defective();
  const uri = 'file:///letters/links.imr';
  await s.open(uri, text);
  const diagnostics = await pulled(s, uri);
  assert.ok(diagnostics.length > 0);
  for (const d of diagnostics) {
    const href = d.codeDescription?.href;
    assert.ok(href, `${d.code} has no link`);
    assert.ok(href.endsWith(`/docs/rules/${d.code}.md`), href);
    assert.ok(existsSync(fileURLToPath(href)), href);
  }
});

test('imrLetters.ignore: an ignored file gets no diagnostics, another file does', async () => {
  const s = await server({ ignore: ['**/archive/**'], rules: {} });
  const { text } = defective();
  await s.open('file:///letters/archive/old.imr', text);
  await s.open('file:///letters/current.imr', text);
  assert.deepEqual(await pulled(s, 'file:///letters/archive/old.imr'), []);
  assert.ok((await pulled(s, 'file:///letters/current.imr')).length > 0);
});

test('imrLetters.rules levels apply through the server', async () => {
  const s = await server({ rules: { 'invalid-outcome': 'hint', 'invalid-case-number': 'off' } });
  const { text } = defective();
  await s.open('file:///letters/levels.imr', text);
  const d = await pulled(s, 'file:///letters/levels.imr');
  assert.ok(d.filter((x) => x.code === 'invalid-outcome').every((x) => x.severity === 4));
  assert.ok(d.some((x) => x.code === 'invalid-outcome'));
  assert.ok(!d.some((x) => x.code === 'invalid-case-number'));
});
