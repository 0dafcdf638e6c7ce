// The built server (dist/server.js) over stdio, as an editor drives it: symbols, hover and diagnostics
// (pull and push) on real letters; settings applied live; defects reported at the offending line.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentSymbol, Hover, Diagnostic, CodeAction, TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseLetter } from '../../server/src/letter';
import { allRealLetters, corpusLetters, fixture } from '../helpers/letters';
import { letterUri, startServer, type TestServer } from '../helpers/lsp';

let pull: TestServer;
let push: TestServer;
before(async () => {
  pull = await startServer({ pull: true });
  push = await startServer({ pull: false });
});
after(async () => {
  await pull.stop();
  await push.stop();
});

const symbols = (s: TestServer, uri: string) =>
  s.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
const pulled = async (s: TestServer, uri: string) =>
  (await s.connection.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items;

function itemSymbols(all: DocumentSymbol[]): DocumentSymbol[] {
  const issues = all.find((s) => /^(IMR ISSUES|IMR DECISION)/.test(s.name));
  return issues?.children ?? [];
}

test('every real letter: one item symbol per disputed item, outcome in detail, in order, with its three fields', async () => {
  const wrong: string[] = [];
  for (const letter of allRealLetters()) {
    const uri = letterUri(letter.id);
    await pull.open(uri, letter.text);
    const items = itemSymbols(await symbols(pull, uri));
    const got = items.map((i) => i.detail);
    if (JSON.stringify(got) !== JSON.stringify(letter.outcomes)) wrong.push(`${letter.id}: ${got.join(',')}`);
    for (const i of items) {
      if (!i.name || /:\s*(Upheld|Overturned)\s*$/.test(i.name) || /\s\s/.test(i.name)) wrong.push(`${letter.id}: name "${i.name}"`);
      const fields = (i.children ?? []).map((c) => c.name);
      if (fields.join('|') !== 'Claims Administrator guideline|MAXIMUS guideline|Decision rationale')
        wrong.push(`${letter.id}: fields ${fields}`);
    }
    await pull.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }
  assert.deepEqual(wrong, []);
});

test('no real letter gets an error-level diagnostic (pull model)', async () => {
  const errors: string[] = [];
  for (const letter of allRealLetters()) {
    const uri = letterUri(letter.id);
    await pull.open(uri, letter.text);
    for (const d of await pulled(pull, uri))
      if (d.severity === 1) errors.push(`${letter.id}:${d.range.start.line + 1} ${d.code} ${d.message}`);
    await pull.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }
  assert.deepEqual(errors, []);
});

test('a letter of more than 100 items lists its items in order without their fields; one of 100 keeps them', async () => {
  // Real items of many letters under one real letter's sections, as a very long letter would be.
  const letters = corpusLetters();
  const base = letters[0].text;
  const head = base.slice(0, parseLetter(base).issues!.bodySpan.start);
  const items: string[] = [];
  for (let k = 0; items.length < 101; k++) {
    const text = letters[k % letters.length].text;
    for (const i of parseLetter(text).items)
      if (items.length < 101 && i.fields.length === 3) items.push(text.slice(i.span.start, i.span.end));
  }
  for (const n of [100, 101]) {
    const uri = letterUri(`long-${n}`);
    await pull.open(uri, `${head}${items.slice(0, n).join('\n\n')}\n`);
    const got = itemSymbols(await symbols(pull, uri));
    assert.equal(got.length, n, `${n} items`);
    const withFields = got.filter((i) => (i.children ?? []).length === 3).length;
    assert.equal(withFields, n === 100 ? 100 : 0, `${n} items: items with their three fields`);
    await pull.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }
});

test('symbol ranges: the item header is the selection range, inside the item range', async () => {
  const text = fixture('corpus/letters/CM16-0230548.txt');
  const uri = 'file:///letters/sel.imr';
  await pull.open(uri, text);
  const doc = TextDocument.create(uri, 'imr-letter', 1, text);
  const [mri, acu] = itemSymbols(await symbols(pull, uri));
  assert.equal(mri.name, 'MRI of neck and right hand without contrast');
  assert.equal(doc.getText(mri.selectionRange), 'MRI of neck and right hand without contrast: Upheld');
  assert.equal(acu.detail, 'Overturned');
  assert.ok(
    doc.offsetAt(mri.range.start) <= doc.offsetAt(mri.selectionRange.start) &&
      doc.offsetAt(mri.selectionRange.end) <= doc.offsetAt(mri.range.end),
  );
  assert.match(doc.getText(mri.range), /^MRI of neck[\s\S]*is not medically necessary\.$/);
});

test('hover on an item header summarises the decision; elsewhere there is none', async () => {
  const text = fixture('corpus/letters/CM16-0233904.txt');
  const uri = 'file:///letters/hover.imr';
  await pull.open(uri, text);
  const doc = TextDocument.create(uri, 'imr-letter', 1, text);
  const at = doc.positionAt(text.indexOf('Baclofen 100mg #3:'));
  const h = await pull.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: at });
  const value = (h.contents as { value: string }).value;
  assert.match(value, /\*\*Baclofen 100mg #3\*\*/);
  assert.match(value, /\*\*Upheld\*\*\W+the utilization review denial stands/);
  assert.match(value, /\| Requested \| Baclofen 100mg #30 \|/);
  assert.match(value, /\| Authorised by the Claims Administrator \| Baclofen 100mg #27 \|/);
  assert.match(value, /MTUS Chronic Pain Medical Treatment 2016/);
  assert.match(value, /Conclusion \(not medically necessary\)/);
  const none = await pull.connection.sendRequest<Hover | null>('textDocument/hover', {
    textDocument: { uri },
    position: { line: 0, character: 0 },
  });
  assert.equal(none, null);
});

/** A real letter with one defect injected; the diagnostic must sit on the offending line. */
const defects: { name: string; code: string; edit: (t: string) => string; line: RegExp }[] = [
  {
    name: 'outcome removed',
    code: 'missing-outcome',
    edit: (t) => t.replace('contrast: Upheld', 'contrast:'),
    line: /^MRI of neck and right hand without contrast:$/,
  },
  {
    name: 'wrong outcome word',
    code: 'invalid-outcome',
    edit: (t) => t.replace('contrast: Upheld', 'contrast: Denied'),
    line: /contrast: Denied$/,
  },
  {
    name: 'MAXIMUS line removed',
    code: 'missing-maximus-guideline',
    edit: (t) => t.replace('MAXIMUS guideline: Decision based on MTUS Acupuncture Treatment 2007.\n', ''),
    line: /^Acupuncture 3 times .*: Overturned$/,
  },
  {
    name: 'Claims Administrator line removed',
    code: 'missing-claims-administrator-guideline',
    edit: (t) => t.replace('Claims Administrator guideline: Decision based on MTUS Acupuncture Treatment 2007.\n', ''),
    line: /^Acupuncture 3 times .*: Overturned$/,
  },
  {
    name: 'rationale removed with an item after it',
    code: 'missing-rationale',
    edit: (t) => t.replace(/Decision rationale: The injured worker sustained[\s\S]*?(?=Acupuncture 3 times)/, ''),
    line: /^MRI of neck and right hand without contrast: Upheld$/,
  },
  // The last item's rationale removed and nothing after it: in the editor, a rationale not written yet.
  {
    name: 'rationale removed at the end of the letter',
    code: 'still-to-write',
    edit: (t) => t.replace(/Decision rationale: The MTUS Acupuncture[\s\S]*$/, ''),
    line: /^MAXIMUS guideline: Decision based on MTUS Acupuncture Treatment 2007\.$/,
  },
  {
    name: 'citation emptied',
    code: 'empty-citation',
    edit: (t) => t.replace('MAXIMUS guideline: Decision based on MTUS Acupuncture Treatment 2007.', 'MAXIMUS guideline:'),
    line: /^MAXIMUS guideline:$/,
  },
  {
    name: 'section heading removed',
    code: 'missing-section',
    edit: (t) => t.replace('CLINICAL CASE SUMMARY\n', ''),
    line: /^IMR ISSUES, DECISIONS AND RATIONALES$/,
  },
  {
    name: 'sections swapped',
    code: 'section-order',
    edit: (t) =>
      t
        .replace('HOW THE IMR FINAL DETERMINATION WAS MADE\n', 'CLINICAL CASE SUMMARY\n')
        .replace(/\nCLINICAL CASE SUMMARY\nThe expert/, '\nHOW THE IMR FINAL DETERMINATION WAS MADE\nThe expert'),
    line: /^HOW THE IMR FINAL DETERMINATION WAS MADE$/,
  },
];

for (const d of defects) {
  test(`diagnostic ${d.code}: ${d.name}, on the offending line, in pull and push mode`, async () => {
    const text = d.edit(fixture('corpus/letters/CM16-0230548.txt'));
    assert.notEqual(text, fixture('corpus/letters/CM16-0230548.txt'), 'the defect was injected');
    const uri = `file:///letters/defect-${d.code}.imr`;
    await pull.open(uri, text);
    await push.open(uri, text);
    const fromPull = (await pulled(pull, uri)).filter((x) => x.code === d.code);
    const fromPush = (await push.nextDiagnostics(uri, 1)).diagnostics.filter((x) => x.code === d.code);
    assert.equal(fromPull.length, 1, JSON.stringify(fromPull));
    assert.deepEqual(fromPush, fromPull);
    const diag = fromPull[0];
    assert.equal(diag.source, 'imr-letters');
    assert.equal(diag.range.start.line, diag.range.end.line, 'one line, never the whole document');
    const line = text.split('\n')[diag.range.start.line];
    assert.match(line.trim(), d.line);
  });
}

test('quick fix through code actions removes its diagnostic', async () => {
  const text = fixture('corpus/letters/CM16-0230548.txt').replace('contrast: Upheld', 'contrast: Uphold');
  const uri = 'file:///letters/fix.imr';
  await pull.open(uri, text);
  const [diag] = (await pulled(pull, uri)).filter((x) => x.code === 'invalid-outcome');
  const actions = await pull.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: diag.range,
    context: { diagnostics: [diag], only: ['quickfix'] },
  });
  const fix = actions.find((a) => a.title.includes('Upheld'));
  assert.ok(fix?.edit?.changes?.[uri]);
  const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'imr-letter', 1, text), fix.edit.changes[uri] as TextEdit[]);
  assert.equal(fixed, fixture('corpus/letters/CM16-0230548.txt'));
});

test('push mode: incremental edits re-lint, and closing clears diagnostics', async () => {
  const text = fixture('corpus/letters/CM16-0230548.txt');
  const uri = 'file:///letters/edit.imr';
  await push.open(uri, text);
  assert.equal((await push.nextDiagnostics(uri, 1)).diagnostics.length, 0);
  const doc = TextDocument.create(uri, 'imr-letter', 1, text);
  const at = text.indexOf('contrast: Upheld') + 'contrast: '.length;
  const range = { start: doc.positionAt(at), end: doc.positionAt(at + 'Upheld'.length) };
  await push.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range, text: '' }],
  });
  const after2 = await push.nextDiagnostics(uri, 2);
  assert.deepEqual(
    after2.diagnostics.map((d) => d.code),
    ['missing-outcome'],
  );
  await push.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 3 },
    contentChanges: [{ range: { start: range.start, end: range.start }, text: 'Upheld' }],
  });
  assert.equal((await push.nextDiagnostics(uri, 3)).diagnostics.length, 0);
  await push.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  assert.deepEqual((await push.nextDiagnostics(uri)).diagnostics, []);
});

test('pull mode: a report whose diagnostics did not change is answered "unchanged" for the result id the client holds', async () => {
  // A real letter with one defect (an outcome removed), so the report is not empty.
  const text = fixture('corpus/letters/CM16-0230548.txt').replace('contrast: Upheld', 'contrast:');
  const uri = 'file:///letters/unchanged.imr';
  await pull.open(uri, text);
  type Report = { kind: 'full' | 'unchanged'; resultId?: string; items?: Diagnostic[] };
  const report = (previousResultId?: string) =>
    pull.connection.sendRequest<Report>('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
  const first = await report();
  assert.equal(first.kind, 'full');
  assert.deepEqual(
    first.items!.map((d) => d.code),
    ['missing-outcome'],
  );
  assert.ok(first.resultId);
  const doc = TextDocument.create(uri, 'imr-letter', 1, text);
  // Typing inside the case summary, on a line above nothing that moves: the same diagnostics at the same places.
  const at = text.indexOf('CLINICAL CASE SUMMARY') - 1;
  await pull.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: doc.positionAt(at), end: doc.positionAt(at) }, text: 'x' }],
  });
  assert.deepEqual(await report(first.resultId), { kind: 'unchanged', resultId: first.resultId });
  // Without the id of the report it holds, the client gets the whole report again.
  const again = await report();
  assert.equal(again.kind, 'full');
  // A new line moves the diagnostic: a full report with a new id, though the client holds the latest one.
  await pull.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 3 },
    contentChanges: [{ range: { start: doc.positionAt(at), end: doc.positionAt(at) }, text: '\n' }],
  });
  const moved = await report(again.resultId);
  assert.equal(moved.kind, 'full');
  assert.notEqual(moved.resultId, again.resultId);
  assert.equal(moved.items![0].range.start.line, first.items![0].range.start.line + 1);
  await pull.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
});

test('a client that takes no related places or rule links gets diagnostics without them; one that does gets both', async () => {
  const plain = await startServer({ pull: true, plainDiagnostics: true });
  try {
    // The same real item twice: duplicate-item names the first as a related place.
    const text = fixture('corpus/letters/CM16-0230548.txt');
    const items = parseLetter(text).items;
    const first = items[0];
    const doubled = text.slice(0, first.span.end) + '\n\n' + text.slice(first.span.start, first.span.end) + text.slice(first.span.end);
    const uri = 'file:///letters/plain.imr';
    const report = async (s: TestServer) => {
      await s.open(uri, doubled);
      const items = (await s.connection.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items;
      await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      return items;
    };
    const rich = await report(pull);
    const bare = await report(plain);
    const dup = rich.find((d) => d.code === 'duplicate-item');
    assert.ok(dup?.relatedInformation?.length, 'a client that takes related places gets them');
    assert.ok(dup?.codeDescription?.href.endsWith('duplicate-item.md'), 'and the link to the rule page');
    assert.ok(
      bare.length === rich.length && bare.every((d) => d.relatedInformation === undefined && d.codeDescription === undefined),
      'a plain client gets neither',
    );
    assert.deepEqual(
      bare.map((d) => [d.code, d.message, d.range]),
      rich.map((d) => [d.code, d.message, d.range]),
      'the same problems at the same places either way',
    );
  } finally {
    await plain.stop();
  }
});

test('settings: imrLetters.rules turns a rule off or changes its level', async () => {
  const server = await startServer({
    pull: true,
    configuration: true,
    settings: { rules: { 'missing-outcome': 'off', 'invalid-outcome': 'hint' } },
  });
  try {
    const text = fixture('corpus/letters/CM16-0230548.txt').replace('contrast: Upheld', 'contrast:').replace(': Overturned', ': Approved');
    const uri = 'file:///letters/settings.imr';
    await server.open(uri, text);
    const diags = await pulled(server, uri);
    assert.deepEqual(
      diags.map((d) => [d.code, d.severity]),
      [['invalid-outcome', 4]],
    );
  } finally {
    await server.stop();
  }
});
