import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhen, lineStarting, openLetter, waitFor } from './helpers';

const DEFECTIVE = 'defective-CM17-0019066.imr';

async function completionsAt(uri: vscode.Uri, position: vscode.Position, want: string): Promise<vscode.CompletionItem[]> {
  return waitFor(`a completion "${want}"`, async () => {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
    const items = list?.items ?? [];
    return items.some((i) => label(i) === want) ? items : undefined;
  });
}

function label(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** Applies a completion item the way accepting it in the editor would. */
async function accept(doc: vscode.TextDocument, item: vscode.CompletionItem, at: vscode.Position): Promise<void> {
  const text = typeof item.insertText === 'string' ? item.insertText : (item.insertText?.value ?? label(item));
  const range = item.range ? ('replacing' in item.range ? item.range.replacing : item.range) : new vscode.Range(at, at);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, range, text);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

suite('completion (vscode.executeCompletionItemProvider)', () => {
  test("after an item header's colon it offers the outcomes; accepting one clears missing-outcome", async () => {
    const doc = await openLetter(DEFECTIVE);
    await diagnosticsWhen(doc.uri, 'missing-outcome', (ds) => ds.some((d) => codeOf(d) === 'missing-outcome'));
    const line = doc.lineAt(lineStarting(doc, 'One (1) x-ray of the thoracic spine:'));
    const items = await completionsAt(doc.uri, line.range.end, 'Upheld');
    const outcomes = items.map(label).filter((l) => l === 'Upheld' || l === 'Overturned');
    assert.deepEqual(outcomes.sort(), ['Overturned', 'Upheld']);

    await accept(
      doc,
      items.find((i) => label(i) === 'Upheld')!,
      line.range.end,
    );
    try {
      assert.equal(doc.lineAt(line.lineNumber).text.trimEnd(), 'One (1) x-ray of the thoracic spine: Upheld');
      await diagnosticsWhen(doc.uri, 'missing-outcome gone', (ds) => !ds.some((d) => codeOf(d) === 'missing-outcome'));
    } finally {
      const undo = new vscode.WorkspaceEdit();
      undo.replace(doc.uri, doc.lineAt(line.lineNumber).range, line.text);
      await vscode.workspace.applyEdit(undo);
    }
  });

  test('at the start of a line in an item it offers the field label the item lacks', async () => {
    const doc = await openLetter(DEFECTIVE);
    // Item 2 lost its "MAXIMUS guideline:" line; type its first letters after the Claims Administrator citation.
    const rationale = lineStarting(doc, 'Decision rationale: The MTUS Guidelines do not recommend');
    const insertAt = new vscode.Position(rationale, 0);
    const typing = new vscode.WorkspaceEdit();
    typing.insert(doc.uri, insertAt, 'MAX\n');
    assert.ok(await vscode.workspace.applyEdit(typing));
    try {
      const cursor = new vscode.Position(rationale, 3);
      const items = await completionsAt(doc.uri, cursor, 'MAXIMUS guideline:').catch(async (err) => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, cursor);
        throw new Error(`${err.message}; offered [${(list?.items ?? []).map(label).slice(0, 20).join(' | ')}]`);
      });
      assert.ok(!items.some((i) => label(i) === 'Claims Administrator guideline:'), 'offers a label the item already has');
    } finally {
      const undo = new vscode.WorkspaceEdit();
      undo.delete(doc.uri, new vscode.Range(insertAt, new vscode.Position(rationale + 1, 0)));
      await vscode.workspace.applyEdit(undo);
    }
  });
});
