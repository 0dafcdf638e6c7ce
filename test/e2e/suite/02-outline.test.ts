import * as assert from 'node:assert/strict';
import { ITEM_FIELDS, documentSymbols, expectedOutcomes, issuesSection, openLetter } from './helpers';

suite('outline of real letters (vscode.executeDocumentSymbolProvider)', () => {
  const expected = expectedOutcomes();
  for (const [name, letter] of Object.entries(expected)) {
    test(`${name}: ${letter.items.length} item(s), ${letter.outcomes.join(', ')}`, async () => {
      const doc = await openLetter(name);
      const symbols = await documentSymbols(doc.uri);
      const names = symbols.map((s) => s.name).join(' | ');
      assert.ok(
        symbols.some((s) => /HOW THE IMR FINAL DETERMINATION WAS MADE/i.test(s.name)),
        names,
      );
      assert.ok(
        symbols.some((s) => /CLINICAL CASE SUMMARY/i.test(s.name)),
        names,
      );

      const items = issuesSection(symbols).children;
      assert.deepEqual(
        items.map((s) => s.name),
        letter.items,
      );
      assert.deepEqual(
        items.map((s) => s.detail),
        letter.outcomes,
      );
      for (const item of items) {
        const fields = item.children.map((c) => c.name);
        for (const field of ITEM_FIELDS) {
          assert.ok(
            fields.some((f) => f.startsWith(field)),
            `${item.name}: no "${field}" in [${fields.join(', ')}]`,
          );
        }
        // Each item's range covers its fields, and the item header is where the item starts.
        for (const child of item.children) assert.ok(item.range.contains(child.range), `${item.name}: ${child.name} outside the item`);
        assert.ok(
          doc.lineAt(item.selectionRange.start.line).text.includes(item.name.slice(0, 20)),
          `${item.name}: selection is on "${doc.lineAt(item.selectionRange.start.line).text}"`,
        );
      }
    });
  }
});
