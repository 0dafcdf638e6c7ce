// Which safe fixes go together: one clash rule for the editor's "fix all" and imr-lint --fix. Two edits clash
// when they overlap, start at the same place, or one inserts where the other ends (their order would be a guess).
import type { Edit, Fix, Problem } from '../rules/types';

export function editsClash(a: Edit, b: Edit): boolean {
  if (a.span.start < b.span.end && b.span.start < a.span.end) return true;
  if (a.span.start === b.span.start) return true;
  return (a.span.start === a.span.end && a.span.start === b.span.end) || (b.span.start === b.span.end && b.span.start === a.span.end);
}

/** The edits of several fixes in text order, skipping any fix that clashes with one already taken (it waits for the next round). */
export function combineFixes(fixes: readonly Fix[]): Edit[] {
  const taken: Edit[] = [];
  for (const fix of fixes) {
    if (fix.edits.length === 0 || fix.edits.some((e) => taken.some((t) => editsClash(e, t)))) continue;
    taken.push(...fix.edits);
  }
  return taken.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/**
 * The first safe fix of each problem, in problem order: what "fix all safe problems" and imr-lint --fix
 * apply. A fix that changes an outcome (the decision) is never among them.
 */
export function safeFixes(problems: readonly Problem[]): Fix[] {
  return problems.flatMap((p) => (p.fixes ?? []).filter((f) => f.safe && !f.changesOutcome).slice(0, 1));
}

/** The text with the first safe fix of each problem applied, when it clashes with none taken before it. */
export function applySafeFixes(text: string, problems: readonly Problem[]): { text: string; applied: number } {
  let applied = 0;
  const taken: Edit[] = [];
  for (const fix of safeFixes(problems)) {
    if (fix.edits.length === 0 || fix.edits.some((e) => taken.some((t) => editsClash(e, t)))) continue;
    taken.push(...fix.edits);
    applied++;
  }
  if (!applied) return { text, applied };
  taken.sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let out = text;
  for (const e of taken) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return { text: out, applied };
}
