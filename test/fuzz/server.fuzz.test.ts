// Server-level fuzz: mutated real letters opened in the built server over stdio, edited incrementally at
// random places, and queried with every kind of request at random positions (some outside the document),
// in push and in pull mode. Every reply must be a result (or "method not found" / "cancelled"), every range
// in it must lie inside the document as the client holds it, and the server must still be running at the end.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import { parseLetter } from '../../server/src/letter';
import { startServer, type TestServer } from '../helpers/lsp';
import { rangeProblems } from './invariants';
import { fuzzAssert, fuzzCount, mutatedLetter } from './mutate';

const COUNT = fuzzCount(100);
let push: TestServer;
let pull: TestServer;
before(async () => {
  push = await startServer({ pull: false });
  pull = await startServer({ pull: true });
});
after(async () => {
  await push.stop();
  await pull.stop();
});

const editArb = fc.record({
  from: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat({ max: 300 }),
  text: fc.oneof(
    fc.constant(''),
    fc.string({ maxLength: 30, unit: 'binary' }),
    fc.constantFrom('Upheld', '\n', '\r\n', 'Decision rationale: ', ': Overturned\n', '\u0000', '\ud800'),
  ),
});
// Positions as the protocol allows them (unsigned), some beyond the document's end; negative ones are in hostile-input.test.ts.
const positionArb = fc.record({ line: fc.nat({ max: 300 }), character: fc.nat({ max: 120 }) });
const caseArb = fc.record({
  letter: mutatedLetter(3),
  edits: fc.array(editArb, { maxLength: 4 }),
  positions: fc.array(positionArb, { minLength: 1, maxLength: 3 }),
  cancel: fc.boolean(),
});

let served = 0;

/** Sends a request; a reply is a result, or an error that is not a failure of the server itself. */
async function ask(s: TestServer, method: string, params: object, cancel: boolean): Promise<unknown> {
  const source = new CancellationTokenSource();
  const reply = s.connection.sendRequest(method, params, source.token);
  if (cancel) source.cancel();
  return reply.then(
    (r) => r,
    (e: { code?: number; message?: string }) => {
      if (e.code === -32601 || e.code === -32800) return null; // not offered, or cancelled
      throw new Error(`${method} failed: ${e.code} ${e.message}`);
    },
  );
}

type Case = {
  letter: { text: string };
  edits: { from: number; length: number; text: string }[];
  positions: { line: number; character: number }[];
  cancel: boolean;
};

async function runCase(s: TestServer, mode: string, c: Case): Promise<void> {
  const uri = `file:///fuzz/${mode}-${served++}.imr`;
  let doc = TextDocument.create(uri, 'imr-letter', 1, c.letter.text);
  await s.open(uri, c.letter.text);
  for (const e of c.edits) {
    const start = Math.floor(e.from * doc.getText().length);
    const range = { start: doc.positionAt(start), end: doc.positionAt(start + e.length) };
    const change = { range, text: e.text };
    doc = TextDocument.update(doc, [change], doc.version + 1);
    await s.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: doc.version },
      contentChanges: [change],
    });
  }
  const letter = parseLetter(doc.getText()); // the line table the replies must fit
  const textDocument = { uri };
  const whole = { start: { line: 0, character: 0 }, end: { line: doc.lineCount, character: 0 } };
  const replies: [string, Promise<unknown>][] = [
    ['documentSymbol', ask(s, 'textDocument/documentSymbol', { textDocument }, false)],
    ['codeAction', ask(s, 'textDocument/codeAction', { textDocument, range: whole, context: { diagnostics: [] } }, c.cancel)],
    ['foldingRange', ask(s, 'textDocument/foldingRange', { textDocument }, false)],
    ['selectionRange', ask(s, 'textDocument/selectionRange', { textDocument, positions: c.positions }, false)],
    ['codeLens', ask(s, 'textDocument/codeLens', { textDocument }, c.cancel)],
    ...c.positions.flatMap((position): [string, Promise<unknown>][] => [
      [`hover@${position.line}:${position.character}`, ask(s, 'textDocument/hover', { textDocument, position }, false)],
      [`completion@${position.line}:${position.character}`, ask(s, 'textDocument/completion', { textDocument, position }, c.cancel)],
    ]),
  ];
  if (mode === 'pull')
    replies.push([
      'diagnostic',
      ask(s, 'textDocument/diagnostic', { textDocument }, false).then((r) => (r as { items: Diagnostic[] } | null)?.items ?? []),
    ]);
  else replies.push(['publishDiagnostics', s.nextDiagnostics(uri, doc.version).then((p) => p.diagnostics)]);
  const bad: string[] = [];
  for (const [what, reply] of replies) {
    const value = await reply.catch((e: Error) => {
      bad.push(e.message);
      return null;
    });
    // Selection ranges of positions outside the document are the client's own fault; everything else must fit.
    if (what !== 'selectionRange') bad.push(...rangeProblems(letter, value, what));
    if (what === 'foldingRange')
      for (const f of (value as { startLine: number; endLine: number }[] | null) ?? [])
        if (!(f.startLine >= 0 && f.startLine <= f.endLine && f.endLine < letter.lines.length))
          bad.push(`folding range ${JSON.stringify(f)} outside ${letter.lines.length} lines`);
  }
  await s.connection.sendNotification('textDocument/didClose', { textDocument });
  if (bad.length) throw new Error(`${mode}: ${bad.slice(0, 5).join('; ')}`);
}

for (const mode of ['push', 'pull'] as const) {
  test(
    `${mode} mode: ${COUNT} mutated letters, edited and queried over stdio, every reply fits the document`,
    { timeout: 3_600_000 },
    async () => {
      const s = mode === 'push' ? push : pull;
      await fuzzAssert(
        fc.asyncProperty(caseArb, (c) => runCase(s, mode, c)),
        { numRuns: COUNT, endOnFailure: true },
      );
      assert.equal(s.process.exitCode, null, 'the server is still running');
    },
  );
}
