// A document edited for hours must not hold on to its earlier versions: each version of a long letter holds
// its whole text, so a model or lint memo that kept a reference to the version before it would keep every
// version alive. After many keystrokes, the first version's letter and items must be collectable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseLetter, updateLetter, type Letter } from '../../server/src/letter';
import { lint, lintMemo, RULES } from '../../server/src/rules';
import { documentSymbols } from '../../server/src/features/symbols';
import { corpusLetters } from '../helpers/letters';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Real items of many letters under one real letter's sections. */
function longLetter(): string {
  const letters = corpusLetters();
  const base = letters[0].text;
  const items = Array.from({ length: 60 }, (_, i) => letters[i % letters.length]).flatMap((l) =>
    parseLetter(l.text).items.map((i) => l.text.slice(i.span.start, i.span.end)),
  );
  return base.slice(0, parseLetter(base).issues!.bodySpan.start) + items.join('\n\n') + '\n';
}

test('after 200 keystrokes (re-parse, memo lint, outline), the first version of the letter and its replaced items are no longer held', async () => {
  let letter: Letter = parseLetter(longLetter());
  const memo = lintMemo();
  lint(letter, RULES, {}, memo);
  documentSymbols(letter); // reads every item's citations and conclusion
  const first = new WeakRef(letter);
  const firstItems = letter.items.map((i) => new WeakRef(i));
  let at = letter.items[letter.items.length >> 1].span.start + 3;
  for (let k = 0; k < 200; k++) {
    letter = updateLetter(letter, letter.text.slice(0, at) + 'x' + letter.text.slice(at++));
    lint(letter, RULES, {}, memo);
    if (k % 50 === 0) documentSymbols(letter);
  }
  // Weak references stay alive until the current job ends.
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  assert.equal(first.deref(), undefined, 'the first version of the letter is collected');
  // Items before the edit are the same objects in every version; any other item of the first version must be gone.
  const current = new Set(letter.items);
  const held = firstItems.filter((r) => {
    const item = r.deref();
    return item !== undefined && !current.has(item);
  });
  assert.equal(held.length, 0, 'no item of the first version is held but the ones still in the letter');
  assert.ok(
    firstItems.some((r) => current.has(r.deref()!)),
    'the items before the edit are still those of the first version',
  );
  assert.ok(letter.items.length > 100);
});
