// Quick-fix safety: every fix the rules offer, at every place it is offered, on real and mutated letters,
// applied through the code-action feature as an editor would: the edit ranges map back to exactly the
// fix's offsets, text outside the edits is untouched, the diagnostic disappears, and the same fix is not
// offered again (so applying it twice changes nothing more). Real letters carry few fixable problems, so each
// rule that offers fixes also gets defects injected into real letters (test/helpers/defects.ts), and every
// such rule must have had its fixes applied; a new rule must be listed as fixable or not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { parseLetter } from '../../server/src/letter';
import { lint, RULES, type Problem } from '../../server/src/rules';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { codeActions } from '../../server/src/features/codeActions';
import { FIXABLE_DEFECTS } from '../helpers/defects';
import { fuzzAssert, fuzzCount, mutatedLetter, realTexts } from './mutate';

const URI = 'file:///fuzz.imr';
const COUNT = fuzzCount(150);
const applied = new Map<string, number>();

const key = (p: Problem): string => `${p.rule}\u0000${p.message}`;

/** Applies every offered fix in `text` separately; returns what went wrong. */
function checkEveryFix(text: string): string[] {
  const bad: string[] = [];
  const letter = parseLetter(text);
  const problems = lint(letter, RULES);
  const diagnostics = toDiagnostics(letter, problems, URI);
  const doc = TextDocument.create(URI, 'imr-letter', 1, text);
  problems.forEach((problem, index) => {
    if (!problem.fixes?.length) return;
    // The code actions for this diagnostic that carry its fixes (others, e.g. to silence the rule, are not fixes).
    const offered = codeActions(letter, URI, problems, diagnostics, diagnostics[index].range).filter(
      (a) => a.diagnostics?.[0] === diagnostics[index],
    );
    problem.fixes.forEach((fix) => {
      const action = offered.find((a) => a.title === fix.title);
      if (!action) return bad.push(`${problem.rule}: the fix "${fix.title}" is not offered as a code action`);
      const what = `${problem.rule} fix "${action.title}"`;
      const edits: TextEdit[] = action.edit?.changes?.[URI] ?? [];
      // The LSP ranges must say exactly what the fix's offsets say (line ends, surrogates, clamping).
      const offsets = edits
        .map((e) => ({ start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end), newText: e.newText }))
        .sort((a, b) => a.start - b.start);
      const expected = [...fix.edits]
        .sort((a, b) => a.span.start - b.span.start)
        .map((e) => ({ start: e.span.start, end: e.span.end, newText: e.newText }));
      if (JSON.stringify(offsets) !== JSON.stringify(expected))
        return bad.push(`${what}: edit ranges ${JSON.stringify(offsets)} differ from the fix ${JSON.stringify(expected)}`);
      const after = TextDocument.applyEdits(doc, edits);
      // Text outside the edits is untouched.
      let shift = 0;
      let prevEnd = 0;
      for (const e of offsets) {
        if (text.slice(prevEnd, e.start) !== after.slice(prevEnd + shift, e.start + shift))
          bad.push(`${what}: changed text outside its edits`);
        shift += e.newText.length - (e.end - e.start);
        prevEnd = e.end;
      }
      if (text.slice(prevEnd) !== after.slice(prevEnd + shift)) bad.push(`${what}: changed text after its edits`);
      if (after === text) bad.push(`${what}: changes nothing`);
      // The diagnostic disappears, and the fix is not offered again.
      const again = lint(parseLetter(after), RULES);
      const before = problems.filter((p) => key(p) === key(problem)).length;
      const remaining = again.filter((p) => key(p) === key(problem));
      if (remaining.length >= before) bad.push(`${what}: the diagnostic "${problem.message}" is still there`);
      // Where the fix's edits now stand; the same fix offered there again would apply twice.
      let delta = 0;
      const mapped = offsets.map((e) => {
        const at = e.start + delta;
        delta += e.newText.length - (e.end - e.start);
        return { start: at, newText: e.newText };
      });
      const same = (f: { title: string; edits: readonly { span: { start: number }; newText: string }[] }): boolean =>
        f.title === fix.title &&
        JSON.stringify(
          [...f.edits].sort((x, y) => x.span.start - y.span.start).map((e) => ({ start: e.span.start, newText: e.newText })),
        ) === JSON.stringify(mapped);
      if (remaining.some((p) => p.fixes?.some(same))) bad.push(`${what}: offered again after being applied`);
      applied.set(problem.rule, (applied.get(problem.rule) ?? 0) + 1);
    });
  });
  return bad;
}

/** Rules that offer no fix: what they report needs the reviewer's judgement (or a whole new text). */
const NO_FIX = [
  'section-order',
  'duplicate-section',
  'empty-citation',
  'no-items',
  'duplicate-item',
  'missing-header-field',
  'header-date-order',
  'missing-non-mtus-citation',
  'rationale-cites-uncited-guideline',
  'missing-quantity',
  'visit-cap',
  'date-contradicts-header',
  'body-part-mismatch',
  'region-vs-chapter',
  'conclusion-vs-item',
  'partial-authorization-treatment',
  'modified-request',
];
/** How many letters each injected defect goes into, spread over the corpus. */
const LETTERS_PER_DEFECT = 12;

test('every quick fix on every real letter is safe', { timeout: 600_000 }, () => {
  const bad = realTexts().flatMap((t, i) => checkEveryFix(t).map((b) => `letter ${i}: ${b}`));
  assert.deepEqual(bad.slice(0, 20), []);
});

test('every rule is known to offer fixes or not', () => {
  const fixable = Object.keys(FIXABLE_DEFECTS);
  assert.deepEqual(
    RULES.map((r) => r.name).filter((n) => !fixable.includes(n) && !NO_FIX.includes(n)),
    [],
    'a new rule: add a defect to test/helpers/defects.ts, or list it in NO_FIX',
  );
  assert.deepEqual(
    [...fixable, ...NO_FIX].filter((n) => !RULES.some((r) => r.name === n)),
    [],
    'no such rule',
  );
});

test(
  'every rule that offers fixes has them applied on real letters with its defect injected, and each is safe',
  { timeout: 600_000 },
  () => {
    const texts = realTexts();
    const letters = texts.map((t) => parseLetter(t));
    const bad: string[] = [];
    const before = new Map(applied);
    for (const [rule, injects] of Object.entries(FIXABLE_DEFECTS)) {
      injects.forEach((inject, k) => {
        const injected = texts
          .map((t, i) => ({ i, text: inject(letters[i], t) }))
          .filter((x): x is { i: number; text: string } => x.text !== undefined);
        if (!injected.length) bad.push(`${rule} defect ${k + 1}: no real letter to inject it into`);
        // Letters spread evenly over those it fits.
        const picked = injected
          .filter((_x, j) => j % Math.max(1, Math.floor(injected.length / LETTERS_PER_DEFECT)) === 0)
          .slice(0, LETTERS_PER_DEFECT);
        for (const { i, text } of picked) bad.push(...checkEveryFix(text).map((b) => `${rule} defect ${k + 1}, letter ${i}: ${b}`));
      });
    }
    assert.deepEqual(bad.slice(0, 20), [], `${bad.length} problems`);
    const ran = (rule: string): number => (applied.get(rule) ?? 0) - (before.get(rule) ?? 0);
    assert.deepEqual(
      Object.keys(FIXABLE_DEFECTS).filter((r) => ran(r) === 0),
      [],
      'rules whose fixes never ran',
    );
    console.log(
      `fixes applied on injected defects, by rule: ${JSON.stringify(Object.fromEntries(Object.keys(FIXABLE_DEFECTS).map((r) => [r, ran(r)])))}`,
    );
  },
);

test(`every quick fix on mutated real letters is safe (${COUNT} letters)`, { timeout: 3_600_000 }, () => {
  const before = new Map(applied);
  fuzzAssert(
    fc.property(mutatedLetter(4), (letter) => {
      const bad = checkEveryFix(letter.text);
      if (bad.length) throw new Error(`${bad.length} problems, first: ${bad.slice(0, 3).join('; ')}`);
    }),
    { numRuns: COUNT },
  );
  // The mutations do provoke fixes (the guarantee per rule is the injected-defect test above).
  const ran = [...applied].filter(([rule, n]) => n > (before.get(rule) ?? 0)).map(([rule, n]) => [rule, n - (before.get(rule) ?? 0)]);
  assert.ok(ran.length > 0, 'no fix was offered on any mutated letter');
  console.log(`quick fixes applied on mutated letters, by rule: ${JSON.stringify(Object.fromEntries(ran.sort()))}`);
});
