// "Fix all of this rule" and source.fixAll.imrLetters on real letters with several injected defects: the
// combined edits remove every diagnostic they target and leave the rest of the letter's diagnostics alone.
// Also imrLetters.ignore globs and hint-level pages from the unconfirmed page table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter, type Letter } from '../../server/src/letter';
import { lint, RULES, type Problem } from '../../server/src/rules';
import { codeActions, fixAll, FIX_ALL_KIND } from '../../server/src/features/codeActions';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { offsetAt } from '../../server/src/features/positions';
import { isIgnored } from '../../server/src/analysis';
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import { allRealLetters, minimumFor, seedLetters } from '../helpers/letters';

const URI = 'file:///letters/case.imr';

function applyEdits(letter: Letter, edits: readonly TextEdit[]): string {
  const spans = edits
    .map((e) => ({ start: offsetAt(letter, e.range.start), end: offsetAt(letter, e.range.end), text: e.newText }))
    .sort((a, b) => b.start - a.start);
  let out = letter.text;
  for (const s of spans) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

function editsOf(action: CodeAction): TextEdit[] {
  return action.edit?.changes?.[URI] ?? [];
}

/** Every item's outcome written in a wrong case ("upheld"): invalid-outcome with a safe fix per item. */
function lowerCaseOutcomes(letter: Letter): string | undefined {
  if (letter.items.length < 2) return undefined;
  let text = letter.text;
  for (const item of [...letter.items].reverse()) {
    const o = item.outcome;
    if (!o) return undefined;
    text = text.slice(0, o.span.start) + o.text.toLowerCase() + text.slice(o.span.end);
  }
  return text;
}

function analyse(text: string): { letter: Letter; problems: Problem[] } {
  const letter = parseLetter(text);
  return { letter, problems: lint(letter, RULES) };
}

test('"Fix all invalid-outcome problems" restores every outcome of real multi-item letters', () => {
  let n = 0;
  for (const l of allRealLetters()) {
    const mutated = lowerCaseOutcomes(parseLetter(l.text));
    if (!mutated) continue;
    n++;
    const { letter, problems } = analyse(mutated);
    const diagnostics = toDiagnostics(letter, problems, URI);
    const first = diagnostics.find((d) => d.code === 'invalid-outcome');
    assert.ok(first, l.id);
    const all = codeActions(letter, URI, problems, diagnostics, first.range).find(
      (a) => a.title === 'Fix all invalid-outcome problems in this letter',
    );
    assert.ok(all, `${l.id}: no fix-all action`);
    assert.equal(all.diagnostics?.length, letter.items.length);
    assert.equal(applyEdits(letter, editsOf(all)), l.text, l.id);
  }
  assert.ok(n >= minimumFor(60, allRealLetters()), `${n} letters`);
});

test('source.fixAll.imrLetters applies every safe fix at once and nothing unsafe', () => {
  let n = 0;
  for (const l of allRealLetters()) {
    const lowered = lowerCaseOutcomes(parseLetter(l.text));
    if (!lowered) continue;
    // Plus a case number in lower case (safe) and a contradicting outcome (unsafe: must stay).
    const first = parseLetter(lowered);
    const caseNumber = first.header?.fields.find((f) => f.key === 'caseNumber')?.value;
    let text = lowered;
    if (caseNumber)
      text =
        text.slice(0, caseNumber.span.start) +
        text.slice(caseNumber.span.start, caseNumber.span.end).toLowerCase() +
        text.slice(caseNumber.span.end);
    n++;
    const { letter, problems } = analyse(text);
    const diagnostics = toDiagnostics(letter, problems, URI);
    const actions = codeActions(letter, URI, problems, diagnostics, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [
      FIX_ALL_KIND,
    ]);
    assert.equal(actions.length, 1, l.id);
    assert.equal(actions[0].kind, FIX_ALL_KIND);
    assert.equal(applyEdits(letter, editsOf(actions[0])), l.text, l.id);
    // Asking for "source" also offers it; asking for quick fixes only does not.
    assert.ok(codeActions(letter, URI, problems, diagnostics, diagnostics[0].range, ['source']).some((a) => a.kind === FIX_ALL_KIND));
    assert.ok(!codeActions(letter, URI, problems, diagnostics, diagnostics[0].range, ['quickfix']).some((a) => a.kind === FIX_ALL_KIND));
  }
  assert.ok(n >= minimumFor(60, allRealLetters()), `${n} letters`);
});

test('source.fixAll leaves unsafe fixes (an outcome contradicting its rationale) to the user', () => {
  for (const l of allRealLetters().slice(0, 40)) {
    const o = parseLetter(l.text).items[0]?.outcome;
    if (!o) continue;
    const text = l.text.slice(0, o.span.start) + (o.text === 'Upheld' ? 'Overturned' : 'Upheld') + l.text.slice(o.span.end);
    const { letter, problems } = analyse(text);
    assert.ok(
      problems.some((p) => p.rule === 'outcome-contradicts-rationale'),
      l.id,
    );
    assert.equal(fixAll(letter, URI, problems), undefined, l.id);
  }
});

test('imrLetters.ignore: globs match the document path', () => {
  assert.ok(isIgnored('file:///home/qa/letters/archive/CM16-0213037.txt', ['**/archive/**']));
  assert.ok(isIgnored('file:///home/qa/letters/archive/CM16-0213037.txt', ['archive/**']));
  assert.ok(isIgnored('file:///c%3A/Users/qa/Drafts%20old/x.imr', ['**/Drafts old/*.imr']));
  assert.ok(!isIgnored('file:///home/qa/letters/CM16-0213037.txt', ['**/archive/**']));
  assert.ok(!isIgnored('file:///home/qa/letters/CM16-0213037.txt', []));
  assert.ok(!isIgnored('file:///home/qa/letters/CM16-0213037.txt', ['']));
});

test("page-out-of-range: a page outside an unconfirmed topic's pages is only a hint", () => {
  for (const l of seedLetters()) {
    const letter = parseLetter(l.text);
    const c = letter.items.flatMap((i) => i.maximus?.citations ?? []).find((x) => x.kind === 'mtus' && x.topic && x.pages.length);
    if (!c || c.kind !== 'mtus' || !c.topic) continue;
    // "Biofeedback" is commonly cited as pp. 24-25 (confidence B): page 80 may only be hinted at.
    let text = l.text.slice(0, c.pages[0].span.start) + '80' + l.text.slice(c.pages[0].span.end);
    text = text.slice(0, c.topic.span.start) + 'Biofeedback' + text.slice(c.topic.span.end);
    const p = lint(parseLetter(text), RULES).filter((x) => x.rule === 'page-out-of-range');
    assert.equal(p.length, 1, l.id);
    assert.equal(p[0].level, 'hint', l.id);
  }
});

test('rule levels from the settings apply, "off" silences a rule', () => {
  const l = allRealLetters()[0];
  const o = parseLetter(l.text).items[0].outcome!;
  const text = l.text.slice(0, o.span.start) + 'Uphold' + l.text.slice(o.span.end);
  const letter = parseLetter(text);
  assert.equal(lint(letter, RULES).find((p) => p.rule === 'invalid-outcome')?.level, 'error');
  assert.equal(lint(letter, RULES, { rules: { 'invalid-outcome': 'hint' } }).find((p) => p.rule === 'invalid-outcome')?.level, 'hint');
  assert.equal(
    lint(letter, RULES, { rules: { 'invalid-outcome': 'off' } }).find((p) => p.rule === 'invalid-outcome'),
    undefined,
  );
});

test('"Fix all outcome-contradicts-rationale" never changes an outcome, and the outcome fix is never preferred', () => {
  let n = 0;
  for (const l of allRealLetters()) {
    const original = parseLetter(l.text);
    if (original.items.length < 2 || original.items.some((i) => !i.outcome?.meaning)) continue;
    // Every outcome flipped against its conclusion.
    let text = l.text;
    for (const item of [...original.items].reverse()) {
      const o = item.outcome!;
      text = text.slice(0, o.span.start) + (o.meaning === 'Upheld' ? 'Overturned' : 'Upheld') + text.slice(o.span.end);
    }
    const { letter, problems } = analyse(text);
    const diagnostics = toDiagnostics(letter, problems, URI);
    const first = diagnostics.find((d) => d.code === 'outcome-contradicts-rationale');
    if (!first) continue;
    n++;
    const actions = codeActions(letter, URI, problems, diagnostics, first.range);
    const outcomeFix = actions.find((a) => a.title.startsWith('Change the outcome'));
    assert.ok(outcomeFix && outcomeFix.isPreferred !== true, l.id);
    assert.equal(actions.filter((a) => a.isPreferred).length, 1, `${l.id}: one preferred fix`);
    const all = actions.find((a) => a.title === 'Fix all outcome-contradicts-rationale problems in this letter');
    if (!all) continue;
    const fixed = parseLetter(applyEdits(letter, editsOf(all)));
    // The outcomes stay as written (the decision); the rationales gain conclusions that agree with them.
    assert.deepEqual(
      fixed.items.map((i) => i.outcome?.text),
      letter.items.map((i) => i.outcome?.text),
      l.id,
    );
    assert.ok(!lint(fixed, RULES).some((p) => p.rule === 'outcome-contradicts-rationale'), l.id);
  }
  assert.ok(n >= minimumFor(40, allRealLetters()), `${n} letters`);
});
