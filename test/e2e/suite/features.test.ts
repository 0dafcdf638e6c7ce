// Editor features in the real editor: workspace symbols (Ctrl+T) over letters nobody opened, the code lens
// counting decisions, folding ranges and "Expand Selection".
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ISSUES_SECTION, expectedOutcomes, fixtureUri, lineStarting, openLetter, waitFor } from './helpers';

const DEFECTIVE = 'defective-CM17-0019066.imr';
// A real letter no test opens (see fixtures/README.md): the workspace index must find it on disk.
const UNOPENED = 'unopened/CM16-0247802.txt';
const NORCO = 'Norco 5/325mg oral tablet, one tablet twice daily 14 days #40';

function isOpen(uri: vscode.Uri): boolean {
  return vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
}

async function workspaceSymbols(query: string): Promise<vscode.SymbolInformation[]> {
  return (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query)) ?? [];
}

/** Zero-based line of the first line of a file on disk that starts with `prefix`. */
function lineOnDisk(uri: vscode.Uri, prefix: string): number {
  const line = fs
    .readFileSync(uri.fsPath, 'utf8')
    .split(/\r?\n/)
    .findIndex((l) => l.startsWith(prefix));
  assert.ok(line >= 0, `no line starting with "${prefix}" in ${uri.fsPath}`);
  return line;
}

/** The code lens title for these outcomes: "3 items: 2 Upheld, 1 Overturned". */
function countsTitle(outcomes: readonly string[]): string {
  const n = (word: string) => outcomes.filter((o) => o === word).length;
  const parts = [
    [n('Upheld'), 'Upheld'],
    [n('Overturned'), 'Overturned'],
    [outcomes.length - n('Upheld') - n('Overturned'), 'without outcome'],
  ]
    .filter(([count]) => count)
    .map(([count, word]) => `${count} ${word}`);
  return `${outcomes.length} item${outcomes.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

function issuesHeadingLine(doc: vscode.TextDocument): number {
  for (let i = 0; i < doc.lineCount; i++) if (ISSUES_SECTION.test(doc.lineAt(i).text)) return i;
  assert.fail(`no issues heading in ${path.basename(doc.uri.fsPath)}`);
}

suite('editor features', () => {
  test('workspace symbols: "Norco" finds the item in a letter that was never opened', async () => {
    const unopened = fixtureUri(UNOPENED);
    assert.ok(!isOpen(unopened), `${UNOPENED} is open already`);
    // The server indexes the workspace folder in the background: poll until the letter is in.
    const found = await waitFor(`"Norco" in ${UNOPENED}`, async () => {
      const hits = (await workspaceSymbols('Norco')).filter((s) => s.location.uri.toString() === unopened.toString());
      return hits.length ? hits : undefined;
    });
    assert.equal(found.length, 1, found.map((s) => s.name).join(' | '));
    assert.equal(found[0].name, NORCO);
    assert.match(found[0].containerName, /CM16-0247802/);
    assert.match(found[0].containerName, /Upheld/);
    assert.equal(found[0].location.range.start.line, lineOnDisk(unopened, 'Norco 5/325mg'));

    // Every word of the query must match: the case number and an outcome narrow it to that letter's items.
    const overturned = (await workspaceSymbols('cm16-0247802 overturned')).map((s) => s.name);
    assert.deepEqual(overturned, ['Spine surgery evaluation for the lumbar']);
    const all = (await workspaceSymbols('CM16-0247802')).filter((s) => s.location.uri.toString() === unopened.toString());
    assert.equal(all.length, 5, all.map((s) => s.name).join(' | '));
    assert.deepEqual(await workspaceSymbols('Norco overturned'), []);
    assert.ok(!isOpen(unopened), 'asking for workspace symbols opened the letter');

    // Items of the other fixture letters are there too.
    const naproxen = await workspaceSymbols('naproxen');
    assert.ok(
      naproxen.some((s) => s.name === 'Naproxen 550mg #60' && s.location.uri.toString() === fixtureUri('CM16-0247624.txt').toString()),
      naproxen.map((s) => `${s.name} (${s.location.uri.path})`).join(' | '),
    );
  });

  test('code lens over the issues heading counts the decisions and opens the summary', async () => {
    const letters = Object.entries(expectedOutcomes()).map(([name, l]) => [name, l.outcomes] as const);
    letters.push([DEFECTIVE, ['', 'Upheld']]); // item 1 lost its outcome word
    for (const [name, outcomes] of letters) {
      const doc = await openLetter(name);
      const lenses = await waitFor(`code lenses of ${name}`, async () => {
        const got = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
        return got?.length ? got : undefined;
      });
      assert.equal(lenses.length, 1, `${name}: ${lenses.map((l) => l.command?.title).join(' | ')}`);
      const [lens] = lenses;
      assert.equal(lens.command?.title, countsTitle(outcomes), name);
      assert.equal(lens.range.start.line, issuesHeadingLine(doc), name);
      assert.equal(lens.command?.command, 'imrLetters.showDecisionSummary', name);
      assert.deepEqual(lens.command?.arguments?.map(String), [doc.uri.toString()], name);
    }
  });

  test('folding: each item folds from its header to the line before the next; long rationales fold too', async () => {
    const doc = await openLetter('CM16-0247624.txt');
    const ranges = await waitFor('folding ranges', async () => {
      const got = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
      return got?.length ? got : undefined;
    });
    const folds = (start: number, end?: number) => ranges.some((r) => r.start === start && (end === undefined || r.end === end));
    const list = ranges.map((r) => `${r.start}-${r.end}`).join(', ');
    for (const r of ranges) assert.ok(r.start < r.end && r.end < doc.lineCount, `bad range ${r.start}-${r.end}`);

    const ct = lineStarting(doc, 'CT scan of head: Upheld');
    const naproxen = lineStarting(doc, 'Naproxen 550mg #60: Overturned');
    assert.ok(folds(ct, naproxen - 1), `item 1 (${ct}-${naproxen - 1}) does not fold: ${list}`);
    const lastLine = doc.lineCount - 1 - [...Array(doc.lineCount).keys()].reverse().findIndex((i) => doc.lineAt(i).text.trim() !== '');
    // The last item runs to its rationale's last line (trailing blank lines may come along).
    assert.ok(
      ranges.some((r) => r.start === naproxen && r.end >= lastLine),
      `item 2 (${naproxen}-${lastLine}) does not fold: ${list}`,
    );
    assert.ok(
      ranges.some((r) => r.start === issuesHeadingLine(doc) && r.end >= lastLine),
      `the issues section does not fold: ${list}`,
    );
    // The CT rationale runs over ten lines; the one-line "Claims Administrator guideline" of item 2 stays open.
    assert.ok(folds(lineStarting(doc, 'Decision rationale: CA MTUS does not address')), `the long rationale does not fold: ${list}`);
    assert.ok(!folds(naproxen + 1), `a two-line field folds: ${list}`);
    assert.ok(folds(0), `the header does not fold: ${list}`);
  });

  test('Expand Selection grows word, line, field, item, section, letter', async () => {
    const doc = await openLetter('CM16-0247624.txt');
    const rationale = lineStarting(doc, 'Decision rationale: CA MTUS 2016 guideline state that NSAIDs');
    const at = new vscode.Position(rationale, doc.lineAt(rationale).text.indexOf('NSAIDs') + 2);
    const [selection] = await waitFor('selection ranges', async () => {
      const got = await vscode.commands.executeCommand<vscode.SelectionRange[]>('vscode.executeSelectionRangeProvider', doc.uri, [at]);
      return got?.length ? got : undefined;
    });
    const chain: vscode.Range[] = [];
    for (let s: vscode.SelectionRange | undefined = selection; s; s = s.parent) chain.push(s.range);
    const shown = chain.map((r) => JSON.stringify(doc.getText(r).slice(0, 40))).join(' > ');
    for (let i = 1; i < chain.length; i++) {
      assert.ok(chain[i].contains(chain[i - 1]) && !chain[i].isEqual(chain[i - 1]), `range ${i} does not grow: ${shown}`);
    }
    const texts = chain.map((r) => doc.getText(r));
    assert.equal(texts[0], 'NSAIDs', shown);
    assert.equal(texts[1], doc.lineAt(rationale).text.trim(), shown);
    // The first range of more than one line that starts at the beginning of `line`.
    const startsAt = (line: number) => chain.find((r) => r.start.line === line && r.start.character === 0 && r.end.line > line);
    const field = startsAt(rationale);
    assert.ok(
      field && field.end.line > rationale && doc.getText(field).includes('medically necessary'),
      `no "Decision rationale" field: ${shown}`,
    );
    const item = startsAt(lineStarting(doc, 'Naproxen 550mg #60: Overturned'));
    assert.ok(item && item.contains(field), `no item range: ${shown}`);
    const section = startsAt(issuesHeadingLine(doc));
    assert.ok(
      section && section.contains(item) && section.contains(doc.lineAt(lineStarting(doc, 'CT scan of head')).range),
      `no section range: ${shown}`,
    );
    const whole = chain[chain.length - 1];
    assert.ok(
      whole.start.isEqual(new vscode.Position(0, 0)) && whole.end.isEqual(doc.lineAt(doc.lineCount - 1).range.end),
      `the last range is not the letter: ${shown}`,
    );
  });
});
