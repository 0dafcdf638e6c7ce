// Quick fixes: every fix a rule offered for a diagnostic in the requested range, as a workspace edit.
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { Letter } from '../letter';
import type { Fix, Problem } from '../rules';
import { rangeOf } from './positions';

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

function edits(letter: Letter, fix: Fix): TextEdit[] {
  return fix.edits.map((e) => ({ range: rangeOf(letter, e.span), newText: e.newText }));
}

export function codeActions(letter: Letter, uri: string, problems: readonly Problem[], diagnostics: readonly Diagnostic[], range: Range, only?: readonly string[]): CodeAction[] {
  const out: CodeAction[] = [];
  const wantsQuickFix = !only || only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k === CodeActionKind.QuickFix);
  if (!wantsQuickFix) return out;
  problems.forEach((p, index) => {
    if (!p.fixes?.length) return;
    const diagnostic = diagnostics[index];
    if (!diagnostic || !overlaps(diagnostic.range, range)) return;
    p.fixes.forEach((fix, k) => {
      out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: k === 0, edit: { changes: { [uri]: edits(letter, fix) } } });
    });
  });
  return out;
}
