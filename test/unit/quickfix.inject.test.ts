// Every quick fix on real letters with a defect injected (a deleted heading, label line, first line of a
// wrapped guideline line, conclusion sentence, outcome word; a field label removed; an outcome against its
// conclusion; a blank for the case number's hyphen): each fix offered, applied alone, removes its problem and adds none; "fix all" of a rule and
// the safe fix-all do the same. A fix that changes an outcome is never preferred and never in a fix-all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter, type Letter } from '../../server/src/letter';
import { lint, RULES, type Edit, type Fix, type Problem } from '../../server/src/rules';
import { combineFixes } from '../../server/src/analysis';
import { corpusLetters, minimumFor, seedLetters } from '../helpers/letters';

interface Defect {
  readonly kind: string;
  readonly text: string;
}

const cut = (text: string, start: number, end: number, insert = ''): string => text.slice(0, start) + insert + text.slice(end);

/** The whole line holding `offset`, with its line break. */
function deleteLine(letter: Letter, offset: number): string {
  const line = letter.lines.find((l) => l.start <= offset && offset <= l.end)!;
  return cut(letter.text, line.start, line.next);
}

function defectsOf(letter: Letter): Defect[] {
  const out: Defect[] = [];
  for (const s of letter.sections) out.push({ kind: `delete heading ${s.title}`, text: deleteLine(letter, s.headingSpan.start) });
  const items = letter.items.length > 1 ? [letter.items[0], letter.items[letter.items.length - 1]] : letter.items;
  for (const item of items) {
    for (const f of item.fields) {
      out.push({ kind: `delete ${f.kind} label line`, text: deleteLine(letter, f.label.span.start) });
      out.push({ kind: `remove ${f.kind} label`, text: cut(letter.text, f.label.span.start, f.label.span.end) });
      // The first line of a field that wraps: what is left starts with the rest of its text.
      const first = letter.lines.find((l) => l.start <= f.label.span.start && f.label.span.start <= l.end)!;
      if (f.kind !== 'rationale' && f.span.end > first.next)
        out.push({ kind: `delete first line of wrapped ${f.kind}`, text: cut(letter.text, first.start, first.next) });
    }
    const c = item.rationale?.conclusion;
    if (c) out.push({ kind: 'delete conclusion sentence', text: cut(letter.text, c.sentence.span.start, c.sentence.span.end) });
    if (item.outcome) out.push({ kind: 'delete outcome word', text: cut(letter.text, item.outcome.span.start, item.outcome.span.end) });
    const o = item.outcome;
    if (o?.meaning)
      out.push({
        kind: 'outcome against its conclusion',
        text: cut(letter.text, o.span.start, o.span.end, o.meaning === 'Upheld' ? 'Overturned' : 'Upheld'),
      });
  }
  const caseNumber = /CM(\d{2})-(\d{7})/.exec(letter.text.slice(0, 3000));
  if (caseNumber)
    out.push({
      kind: 'blank for the case number hyphen',
      text: cut(letter.text, caseNumber.index, caseNumber.index + caseNumber[0].length, `CM${caseNumber[1]} ${caseNumber[2]}`),
    });
  return out;
}

function apply(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = cut(out, e.span.start, e.span.end, e.newText);
  return out;
}

const countBy = (ps: readonly Problem[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const p of ps) m.set(p.rule, (m.get(p.rule) ?? 0) + 1);
  return m;
};

/**
 * What went wrong when `fixed` was meant to remove `removes` problems of `rule` from `before` and add none. A
 * finding the real letter itself has (`original`) may come back: the defect hid it, the fix restored the text.
 */
function judge(
  before: readonly Problem[],
  fixed: string,
  rule: string,
  removes: number,
  original: ReadonlyMap<string, number>,
): string | undefined {
  const after = countBy(lint(parseLetter(fixed), RULES));
  const was = countBy(before);
  if ((after.get(rule) ?? 0) > (was.get(rule) ?? 0) - removes) return `did not remove its ${rule} problem`;
  const added = [...after].filter(([r, n]) => n > Math.max(was.get(r) ?? 0, original.get(r) ?? 0)).map(([r]) => r);
  return added.length ? `added ${added.join(', ')}` : undefined;
}

const letters = [...corpusLetters().filter((l) => l.id.startsWith('letters/')), ...seedLetters()];
const applied = new Map<string, number>();
const failures: string[] = [];
let defects = 0;
let outcomeFixesPreferred = 0;

for (const l of letters) {
  const original = countBy(lint(parseLetter(l.text), RULES));
  for (const d of defectsOf(parseLetter(l.text))) {
    defects++;
    const problems = lint(parseLetter(d.text), RULES);
    for (const p of problems) {
      const fixes: readonly Fix[] = p.fixes ?? [];
      if (fixes[0]?.changesOutcome && fixes.some((f) => !f.changesOutcome)) outcomeFixesPreferred++;
      for (const fix of fixes) {
        applied.set(p.rule, (applied.get(p.rule) ?? 0) + 1);
        const why = judge(problems, apply(d.text, fix.edits), p.rule, 1, original);
        if (why) failures.push(`${l.id} [${d.kind}] ${p.rule}: "${fix.title}" ${why}`);
      }
    }
    // "Fix all" of each rule with several fixable problems, and the safe fix-all: never a fix that changes an outcome.
    const rules = new Set(problems.filter((p) => p.fixes?.some((f) => !f.changesOutcome)).map((p) => p.rule));
    for (const rule of rules) {
      const same = problems.filter((p) => p.rule === rule && p.fixes?.some((f) => !f.changesOutcome));
      if (same.length < 2) continue;
      const edits = combineFixes(same.map((p) => p.fixes!.find((f) => !f.changesOutcome)!));
      applied.set(`fix all ${rule}`, (applied.get(`fix all ${rule}`) ?? 0) + 1);
      const why = judge(problems, apply(d.text, edits), rule, 1, original);
      if (why) failures.push(`${l.id} [${d.kind}] fix all ${rule}: ${why}`);
    }
    const safe = problems.flatMap((p) => (p.fixes ?? []).filter((f) => f.safe && !f.changesOutcome).slice(0, 1));
    if (safe.length) {
      applied.set('safe fix-all', (applied.get('safe fix-all') ?? 0) + 1);
      const fixed = apply(d.text, combineFixes(safe));
      const after = countBy(lint(parseLetter(fixed), RULES));
      const added = [...after].filter(([r, n]) => n > Math.max(countBy(problems).get(r) ?? 0, original.get(r) ?? 0)).map(([r]) => r);
      if (added.length) failures.push(`${l.id} [${d.kind}] safe fix-all added ${added.join(', ')}`);
    }
  }
}

test('every quick fix on injected defects removes its problem and adds none', () => {
  const total = [...applied.values()].reduce((a, b) => a + b, 0);
  console.log(`  ${defects} defects in ${letters.length} letters; ${total} fixes applied, ${failures.length} left a problem`);
  for (const [rule, n] of [...applied].sort((a, b) => b[1] - a[1])) console.log(`    ${rule}: ${n}`);
  // The kinds of failure (defect, fix, what it left), most frequent first.
  const kinds = countBy(failures.map((f) => ({ rule: f.replace(/^\S+ /, '') }) as unknown as Problem));
  for (const [k, n] of [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`    FAILED ${n}x ${k}`);
  assert.ok(defects >= 1000 && total >= 500, `only ${defects} defects and ${total} fixes`);
  assert.deepEqual(failures.slice(0, 15), [], `${failures.length} fixes left a problem`);
});

test('a fix that changes an outcome is never the first fix offered when another exists', () => {
  assert.equal(outcomeFixesPreferred, 0);
});

test("a missing heading goes above its own text, and one missing heading does not change the letter's format", () => {
  let placed = 0;
  const wrong: string[] = [];
  for (const l of letters) {
    const letter = parseLetter(l.text);
    for (const s of letter.sections) {
      const text = deleteLine(letter, s.headingSpan.start);
      const damaged = parseLetter(text);
      if (damaged.format !== letter.format) wrong.push(`${l.id}: deleting "${s.title}" made it ${damaged.format}`);
      const p = lint(damaged, RULES).find((q) => q.rule === 'missing-section' && q.message.includes(`"${s.title}"`));
      if (!p) {
        wrong.push(`${l.id}: no missing-section for "${s.title}"`);
        continue;
      }
      const at = p.fixes![0].edits[0].span.start;
      // The text that followed the heading follows the inserted heading again.
      const following = text.slice(at).trimStart().slice(0, 40);
      const original = l.text.slice(s.headingSpan.end).trimStart().slice(0, 40);
      if (following !== original) wrong.push(`${l.id}: "${s.title}" inserted above "${following}", not above "${original}"`);
      else placed++;
    }
  }
  console.log(`  ${placed} deleted headings put back above their own text`);
  assert.ok(placed >= minimumFor(400, letters));
  assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} misplaced`);
});

test('the rest of a guideline line whose first line is deleted ("Section(s): Special Studies.") is never an item', () => {
  let checked = 0;
  const phantoms: string[] = [];
  for (const l of letters) {
    const letter = parseLetter(l.text);
    for (const item of letter.items) {
      for (const f of [item.claimsAdministrator, item.maximus]) {
        if (!f) continue;
        const first = letter.lines.find((x) => x.start <= f.label.span.start && f.label.span.start <= x.end)!;
        if (f.span.end <= first.next) continue;
        checked++;
        const damaged = parseLetter(cut(letter.text, first.start, first.next));
        if (damaged.items.length !== letter.items.length)
          phantoms.push(
            `${l.id}: ${letter.items.length} items became ${damaged.items.length} (${damaged.items.map((i) => i.request.text.slice(0, 30)).join(' | ')})`,
          );
      }
    }
  }
  console.log(`  ${checked} wrapped guideline lines cut`);
  assert.ok(checked >= minimumFor(300, letters));
  assert.deepEqual(phantoms.slice(0, 10), [], `${phantoms.length} phantom items`);
});
