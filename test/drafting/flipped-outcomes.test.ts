// Holding judgements back while a rationale is written must not hide a wrong decision: every item's outcome of
// every real letter flipped (Upheld <-> Overturned), one at a time, is caught on that outcome, in the editor
// (a draft) as in imr-lint (a finished letter). The count is printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../server/src/letter';
import { lint, RULES, type LintMode } from '../../server/src/rules';
import { allRealLetters, minimumFor } from '../helpers/letters';

const letters = allRealLetters();

for (const mode of ['final', 'draft'] as LintMode[]) {
  test(`every flipped outcome of every real letter is caught (${mode})`, (t) => {
    let flipped = 0;
    const missed: string[] = [];
    for (const l of letters) {
      for (const item of parseLetter(l.text).items) {
        const o = item.outcome;
        if (!o?.meaning) continue;
        flipped++;
        const text = l.text.slice(0, o.span.start) + (o.meaning === 'Upheld' ? 'Overturned' : 'Upheld') + l.text.slice(o.span.end);
        const caught = lint(parseLetter(text), RULES, { mode }).some(
          (p) => p.rule === 'outcome-contradicts-rationale' && p.level === 'error' && p.span.start === o.span.start,
        );
        if (!caught) missed.push(`${l.id} item ${item.index + 1} "${item.request.text}"`);
      }
    }
    t.diagnostic(`${mode}: ${flipped - missed.length} of ${flipped} flipped outcomes caught`);
    assert.deepEqual(missed, []);
    assert.ok(flipped >= minimumFor(687, letters), `only ${flipped} outcomes flipped`);
  });
}
