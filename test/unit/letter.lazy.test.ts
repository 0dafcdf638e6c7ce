// The parts of the letter model computed on first read (citations, conclusions, long texts) and the check that
// lets a re-parse stop at the items around an edit, on real letters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter, updateLetter, type Item } from '../../server/src/letter';
import { sameItemMoved } from '../../server/src/letter/sameItem';
import { corpusLetters } from '../helpers/letters';

const letters = corpusLetters().filter((l) => parseLetter(l.text).items.length >= 2);
const nowhere = { start: -1, end: -1 };

/** A long letter: one real letter's header and sections, then the disputed items of every real letter. */
function longLetter(): string {
  const base = letters[0].text;
  const head = base.slice(0, parseLetter(base).issues!.bodySpan.start);
  const items = letters.flatMap((l) => parseLetter(l.text).items.map((i) => l.text.slice(i.span.start, i.span.end)));
  return head + items.join('\n\n') + '\n';
}

test('citations and conclusions read late equal those read at once, in JSON and after a re-parse moves them', () => {
  const text = longLetter();
  const eager = parseLetter(text);
  const eagerJson = JSON.stringify(eager); // reads every lazy part
  let moved = 0;
  for (let k = 0; k < eager.items.length; k += 40) {
    const lazy = parseLetter(text);
    const first = lazy.items[k].fields[0];
    if (!first) continue;
    // Read nothing, move the items after it: a character typed into the item's first field, then deleted.
    const at = first.body.span.start;
    const typed = updateLetter(lazy, text.slice(0, at) + 'x' + text.slice(at));
    const untyped = updateLetter(typed, text);
    if (typed.header === lazy.header && untyped.header === lazy.header) moved++; // re-parsed in part, the rest moved
    assert.equal(JSON.stringify(untyped), eagerJson, `item ${k}`);
    assert.equal(JSON.stringify(lazy), eagerJson, `item ${k}`);
    const field = lazy.items[k].claimsAdministrator;
    assert.equal(field?.citations, field?.citations, 'read once, then kept');
  }
  assert.ok(moved >= eager.items.length / 40 / 2, `only ${moved} edits were re-parsed in part`);
});

test('an item is the same as itself and as its copy in a text moved by an insertion before it', () => {
  for (const l of letters) {
    const a = parseLetter(l.text);
    const b = parseLetter('\n\n\n' + l.text);
    a.items.forEach((item, k) => {
      assert.ok(sameItemMoved(item, item, 0, nowhere), `${l.id} item ${k}`);
      if (b.items.length === a.items.length) assert.ok(sameItemMoved(b.items[k], item, 3, nowhere), `${l.id} item ${k} moved`);
    });
  }
});

test('an item is not the same as another item, as itself moved by a wrong length, or when the edit touches it', () => {
  for (const l of letters) {
    const items = parseLetter(l.text).items;
    for (let k = 1; k < items.length; k++) {
      const [x, y]: Item[] = [items[k], items[k - 1]];
      assert.ok(!sameItemMoved(x, y, x.span.start - y.span.start, nowhere), `${l.id} items ${k - 1} and ${k}`);
      assert.ok(!sameItemMoved(x, x, 1, nowhere), `${l.id} item ${k} moved by 1`);
      assert.ok(!sameItemMoved(x, x, 0, { start: x.span.end - 1, end: x.span.end }), `${l.id} item ${k} edited at its end`);
      assert.ok(sameItemMoved(x, x, 0, { start: x.span.end, end: x.span.end + 1 }), `${l.id} item ${k} edited right after it`);
    }
    assert.ok(!sameItemMoved(undefined, items[0], 0, nowhere));
  }
});

test('an item whose header, outcome or fields differ is not the same', () => {
  const l = letters[0];
  const text = l.text;
  const item = parseLetter(text).items[0];
  const outcome = item.outcome!;
  // The same length, other words: offsets stay, texts change.
  const edits = [
    [outcome.span.start, outcome.span.start + 1, outcome.text[0] === 'U' ? 'X' : 'Y'],
    [item.header.span.start, item.header.span.start + 1, 'Q'],
  ] as const;
  for (const [from, to, by] of edits) {
    const changed = parseLetter(text.slice(0, from) + by + text.slice(to)).items[0];
    assert.ok(!sameItemMoved(changed, item, 0, nowhere), `edit at ${from}`);
  }
  const withoutRationale = parseLetter(text.replace(/Decision rationale:/, 'Decision reasons:')).items[0];
  assert.ok(!sameItemMoved(withoutRationale, item, 0, nowhere));
});
