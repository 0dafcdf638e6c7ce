// Folding, selection ranges, the code lens and the decision summary request, through the built server over
// stdio on every real letter: checked against the letter's own text (headings, "Decision rationale:" lines)
// and its expected outcomes, not against the model.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeLens, FoldingRange, SelectionRange } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allRealLetters, fixture } from '../helpers/letters';
import { letterUri, startServer, type TestServer } from '../helpers/lsp';

let server: TestServer;
before(async () => {
  server = await startServer({ pull: true });
});
after(async () => {
  await server.stop();
});

const close = (uri: string) => server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });

function expectedLens(outcomes: readonly string[]): string {
  const up = outcomes.filter((o) => o === 'Upheld').length;
  const over = outcomes.length - up;
  const parts = [up ? `${up} Upheld` : '', over ? `${over} Overturned` : ''].filter(Boolean);
  return `${outcomes.length} item${outcomes.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

test('every real letter: one code lens over the issues heading counting its outcomes', async () => {
  const wrong: string[] = [];
  for (const letter of allRealLetters()) {
    const uri = letterUri(letter.id);
    await server.open(uri, letter.text);
    const lenses = await server.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    const want = expectedLens(letter.outcomes);
    if (lenses.length !== 1 || lenses[0].command?.title !== want)
      wrong.push(`${letter.id}: ${lenses.map((l) => l.command?.title).join('|')} != ${want}`);
    else if (lenses[0].command?.command !== 'imrLetters.showDecisionSummary' || lenses[0].command.arguments?.[0] !== uri)
      wrong.push(`${letter.id}: lens command`);
    const line = letter.text.split(/\r?\n/)[lenses[0]?.range.start.line ?? 0] ?? '';
    if (
      !/IMR ISSUES, DECISIONS AND RATIONALES|IMR DECISION/.test(line) &&
      !/IMR ISSUES/.test(
        letter.text
          .split(/\r?\n/)
          .slice(lenses[0]?.range.start.line ?? 0, (lenses[0]?.range.start.line ?? 0) + 2)
          .join(' '),
      )
    )
      wrong.push(`${letter.id}: lens on "${line.trim()}"`);
    await close(uri);
  }
  assert.deepEqual(wrong, []);
});

test('every real letter: folding ranges for the header, each section, each item, nested and inside the text', async () => {
  const wrong: string[] = [];
  for (const letter of allRealLetters()) {
    const uri = letterUri(letter.id);
    await server.open(uri, letter.text);
    const ranges = await server.connection.sendRequest<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    const lines = letter.text.split(/\r\n|\r|\n/);
    const starts = new Set(ranges.map((r) => r.startLine));
    if (ranges.some((r) => r.startLine >= r.endLine || r.endLine >= lines.length)) wrong.push(`${letter.id}: a range out of bounds`);
    // Every section heading and every item's "Claims Administrator guideline:" item starts a fold.
    lines.forEach((l, i) => {
      if (/^\s*(CLINICAL CASE SUMMARY|IMR ISSUES, DECISIONS AND RATIONALES)\s*$/.test(l) && !starts.has(i))
        wrong.push(`${letter.id}: no fold at heading line ${i + 1}`);
    });
    // An item fold holds exactly one "Decision rationale:" line and starts below the issues heading, at its header.
    const rationaleLines = lines.flatMap((l, i) => (/^\s*Decision rationale:/.test(l) ? [i] : []));
    const itemFolds = ranges.filter((r) => {
      const inside = rationaleLines.filter((i) => i > r.startLine && i <= r.endLine);
      return (
        inside.length === 1 &&
        !/^\s*(IMR ISSUES|Decision rationale:|Claims Administrator guideline:|MAXIMUS guideline:)/.test(lines[r.startLine])
      );
    });
    if (itemFolds.length !== letter.outcomes.length)
      wrong.push(`${letter.id}: ${itemFolds.length} item folds for ${letter.outcomes.length} items`);
    const caseLine = lines.findIndex((l) => /Case Number:/.test(l));
    if (caseLine >= 0 && !starts.has(caseLine)) wrong.push(`${letter.id}: no header fold`);
    await close(uri);
  }
  assert.deepEqual(wrong, []);
});

test('selection ranges grow word -> line -> field -> item -> section -> letter', async () => {
  const text = fixture('corpus/letters/CM16-0233904.txt');
  const uri = 'file:///letters/selection.imr';
  await server.open(uri, text);
  const doc = TextDocument.create(uri, 'imr-letter', 1, text);
  const at =
    text.indexOf('MAXIMUS guideline:', text.indexOf('Baclofen 100mg #3:')) + 'MAXIMUS guideline: Decision based on MTUS Chro'.length;
  const [sel] = await server.connection.sendRequest<SelectionRange[]>('textDocument/selectionRange', {
    textDocument: { uri },
    positions: [doc.positionAt(at)],
  });
  const chain: string[] = [];
  for (let s: SelectionRange | undefined = sel; s; s = s.parent) chain.push(doc.getText(s.range));
  assert.equal(chain[0], 'Chronic');
  assert.match(chain[1], /^MAXIMUS guideline: Decision based on MTUS Chronic/);
  assert.ok(!chain[1].includes('\n'), 'the second step is one line');
  assert.match(chain[2], /^MAXIMUS guideline:[\s\S]*\.$/);
  assert.ok(!chain[2].includes('Decision rationale:'), 'the field stops before the next field');
  assert.match(chain[3], /^Baclofen 100mg #30 was the original request\.[\s\S]*Decision rationale:[\s\S]*medically necessary\.$/);
  assert.match(chain[4], /^IMR ISSUES, DECISIONS AND RATIONALES/);
  assert.equal(chain[chain.length - 1], text);
  for (let i = 1; i < chain.length; i++)
    assert.ok(chain[i].includes(chain[i - 1]) && chain[i].length > chain[i - 1].length, `step ${i} does not grow`);
  await close(uri);
});

test('decision summary request: one table row per item with outcome, both citations and the conclusion', async () => {
  const text = fixture('corpus/letters/CM16-0233904.txt');
  const uri = 'file:///letters/summary.imr';
  await server.open(uri, text);
  const table = await server.connection.sendRequest<{ caseNumber: string; summary: string; markdown: string }>('imrLetters/decisionTable', {
    uri,
  });
  const outcomes = [...text.matchAll(/: (Upheld|Overturned)$/gm)].map((m) => m[1]);
  assert.equal(table.caseNumber, 'CM16-0233904');
  assert.equal(table.summary, expectedLens(outcomes));
  const rows = table.markdown.split('\n').filter((l) => /^\| \d+ \|/.test(l));
  assert.equal(rows.length, outcomes.length);
  assert.match(
    rows[0],
    /\| Baclofen 100mg #3 \| \*\*Upheld\*\* \| MTUS Chronic Pain Medical Treatment 2016[^|]*\| MTUS [^|]+\| [^|]*not medically necessary\. \|$/,
  );
  assert.equal(await server.connection.sendRequest('imrLetters/decisionTable', { uri: 'file:///not/open.imr' }), null);
  await close(uri);
});
