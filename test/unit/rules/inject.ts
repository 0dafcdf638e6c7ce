// Injecting defects into real letters, for the tests of each rule (test/unit/rules/<rule>.test.ts): the rule
// fires on the line of the defect, and its quick fix (when it offers one), applied and re-linted, removes that
// diagnostic and changes nothing else. The unmutated letters are covered by rules.corpus.test.ts.
import assert from 'node:assert/strict';
import { lineAt, parseLetter, type Item, type Letter } from '../../../server/src/letter';
import { lint, RULES, type Fix, type Problem } from '../../../server/src/rules';
import { allRealLetters, corpusLetters, isFullCorpus, type RealLetter } from '../../helpers/letters';
import { digest, Goldens } from '../../helpers/golden';

export interface Mutation {
  readonly text: string;
  /** An offset in the mutated text on the line where the diagnostic is due. */
  readonly at: number;
}

export const splice = (text: string, start: number, end: number, insert: string): string => text.slice(0, start) + insert + text.slice(end);

export function lineOf(letter: Letter, offset: number): number {
  return lineAt(letter.lines, offset);
}

export function problemsOf(text: string): { letter: Letter; problems: Problem[] } {
  const letter = parseLetter(text);
  return { letter, problems: lint(letter, RULES) };
}

export function applyFix(text: string, p: Problem, fix = p.fixes?.[0]): string {
  const edits = [...(fix?.edits ?? [])].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const e of edits) out = splice(out, e.span.start, e.span.end, e.newText);
  return out;
}

export const signature = (ps: readonly Problem[]) => ps.map((p) => `${p.rule}|${p.level}`).sort();

/**
 * The fixed letter's other diagnostics are those of the defective one, except that a finding of the real
 * letter itself may come back (the defect hid it; the fix restored the text it reads).
 */
export function sameOrRestored(after: readonly string[], before: readonly string[], original: readonly string[]): boolean {
  const left = [...after];
  for (const b of before) {
    const i = left.indexOf(b);
    if (i < 0) return false;
    left.splice(i, 1);
  }
  const spare = [...original];
  for (const a of left) {
    const i = spare.indexOf(a);
    if (i < 0) return false;
    spare.splice(i, 1);
  }
  return true;
}

/**
 * Runs a mutation over letters; expects `rule` to fire on the mutation's line in every mutated letter and,
 * when `fix` is set, checks the fix. Returns how many letters were mutated.
 */
export function check(
  rule: string,
  letters: readonly RealLetter[],
  mutate: (letter: Letter, text: string) => Mutation | undefined,
  opts: {
    fix?: 'required' | 'optional';
    restores?: boolean;
    /** A stub the user completes may be reported by this rule until then. */
    stubReportedBy?: string;
    /** Another rule that sees the same injected defect from its side (the conclusion against the mutated count): its finding may go with the fix. */
    alsoResolves?: string;
    /** Which of the fixes to apply (the first by default). */
    pick?: (f: Fix) => boolean;
  } = {},
): number {
  let n = 0;
  const failures: string[] = [];
  const seen: string[] = [];
  const injected: string[] = [];
  for (const l of letters) {
    const original = parseLetter(l.text);
    const m = mutate(original, l.text);
    if (!m) continue;
    n++;
    injected.push(digest(m.text));
    const { letter, problems } = problemsOf(m.text);
    const line = lineOf(letter, m.at);
    const hit = problems.find((p) => p.rule === rule && lineOf(letter, p.span.start) <= line && line <= lineOf(letter, p.span.end));
    if (!hit) {
      failures.push(
        `${l.id}: ${rule} not reported on line ${line + 1} (got ${problems.map((p) => `${p.rule}@${lineOf(letter, p.span.start) + 1}`).join(', ') || 'nothing'})`,
      );
      continue;
    }
    seen.push(`${l.id}: ${describe(hit)}`);
    if (!opts.fix) continue;
    if (!hit.fixes?.length) {
      if (opts.fix === 'required') failures.push(`${l.id}: ${rule} offers no fix`);
      continue;
    }
    const chosen = opts.pick ? hit.fixes.find(opts.pick) : hit.fixes[0];
    if (!chosen) {
      failures.push(`${l.id}: ${rule} offers no such fix (${hit.fixes.map((f) => f.title).join(' | ')})`);
      continue;
    }
    const fixed = applyFix(m.text, hit, chosen);
    const after = problemsOf(fixed).problems.filter((p) => p.rule !== opts.stubReportedBy || !p.message.includes('cites no guideline'));
    const before = problems.filter((p) => p !== hit);
    const sameRuleBefore = before.filter((p) => p.rule === rule).length;
    if (after.filter((p) => p.rule === rule).length !== sameRuleBefore)
      failures.push(`${l.id}: the fix "${chosen.title}" did not remove the ${rule} diagnostic`);
    else if (
      !sameOrRestored(
        signature(after.filter((p) => p.rule !== opts.alsoResolves)),
        signature(before.filter((p) => p.rule !== opts.alsoResolves)),
        signature(lint(original, RULES)),
      )
    ) {
      failures.push(
        `${l.id}: the fix "${chosen.title}" changed other diagnostics: ${JSON.stringify(signature(before))} -> ${JSON.stringify(signature(after))}`,
      );
    }
    if (opts.restores && fixed !== l.text) failures.push(`${l.id}: the fix did not restore the original text`);
  }
  assert.deepEqual(failures.slice(0, 10), [], `${failures.length} failures`);
  checkSeen(rule, digest(injected.join()), letters, seen);
  return n;
}

/** What a rule reported on one injected defect: every part of the problem, offsets included. */
function describe(p: Problem): string {
  const fixes = (p.fixes ?? []).map(
    (f) =>
      `fix ${JSON.stringify(f.title)}${f.safe ? ' safe' : ''}${f.changesOutcome ? ' changesOutcome' : ''} ` +
      f.edits
        .map(
          (e) =>
            `${e.span.start}-${e.span.end} ${JSON.stringify(e.newText)}${e.snippet === undefined ? '' : ` snippet ${JSON.stringify(e.snippet)}`}`,
        )
        .join(' '),
  );
  const related = (p.related ?? []).map((r) => `related ${r.span.start}-${r.span.end} ${JSON.stringify(r.message)}`);
  const due = p.due
    ? [`due ${p.due.at} ${JSON.stringify(p.due.what)}${p.due.item === undefined ? '' : ` ${JSON.stringify(p.due.item)}`}`]
    : [];
  return [`${p.span.start}-${p.span.end} ${p.level} ${JSON.stringify(p.message)}`, ...related, ...fixes, ...due].join(' | ');
}

/**
 * What each injection made a rule report, on every letter, against a golden file (test/golden/rules/<rule>/<key>.txt,
 * the key a digest of the letters as injected): the first three letters in full, a digest of each other letter's
 * problem. Only on the full corpus: a clone without ../shared has other letters.
 */
const ruleGoldens = new Goldens('rules');
function checkSeen(rule: string, key: string, letters: readonly RealLetter[], seen: readonly string[]): void {
  if (!isFullCorpus(letters)) return;
  const lines = seen.map((line, k) => (k < 3 ? line : `${line.slice(0, line.indexOf(': '))}: #${digest(line)}`));
  ruleGoldens.check(`${rule}/${key}.txt`, `${lines.join('\n')}\n`);
}

export const corpus = corpusLetters();
export const real = allRealLetters();
export const firstItem = (letter: Letter): Item | undefined => letter.items[0];

/** A small letter of one item (for limits the corpus does not reach): the decisions section and one item. */
export function oneItemLetter(header: string, opts: { outcome?: string; maximus?: string; rationale?: string } = {}): string {
  return `IMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on decisions for the disputed items/services set forth below:\n${header}: ${opts.outcome ?? 'Upheld'}\nClaims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment.\nMAXIMUS guideline: ${opts.maximus ?? 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment.'}\nDecision rationale: ${opts.rationale ?? 'The request is not medically necessary.'}\n`;
}

/** The problems `rule` reports on `text`. */
export function reported(rule: string, text: string): Problem[] {
  return lint(parseLetter(text), RULES).filter((p) => p.rule === rule);
}
