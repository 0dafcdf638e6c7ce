import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { expectedOutcomes, hoverText, lineStarting, openLetter, waitFor } from './helpers';

suite('hover (vscode.executeHoverProvider)', () => {
  test('hover on each item header names the item and its outcome', async () => {
    const name = 'CM16-0247624.txt';
    const letter = expectedOutcomes()[name];
    const doc = await openLetter(name);
    for (const [i, item] of letter.items.entries()) {
      const line = lineStarting(doc, `${item}:`);
      const text = await waitFor(`a hover on "${item}"`, async () => {
        const t = await hoverText(doc.uri, new vscode.Position(line, 3));
        return t.includes(item) ? t : undefined;
      });
      assert.ok(text.includes(letter.outcomes[i]), `hover on "${item}" lacks "${letter.outcomes[i]}":\n${text}`);
    }
  });
});
