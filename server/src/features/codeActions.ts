// Code actions: every fix a rule offered for a diagnostic in the requested range, "fix all" of that rule,
// and `source.fixAll.imrLetters` (every safe fix of the document at once). Edits never overlap: when two
// fixes clash (analysis/fixes.ts, the rule imr-lint --fix uses too), the first one wins and the other waits.
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type Range,
  type SnippetTextEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { Letter } from '../letter';
import type { Edit, Fix, Problem } from '../rules';
import { combineFixes, safeFixes } from '../analysis';
import { rangeOf } from './positions';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.imrLetters`;
export const CODE_ACTION_KINDS: readonly string[] = [CodeActionKind.QuickFix, FIX_ALL_KIND];

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

function toTextEdits(letter: Letter, edits: readonly Edit[]): TextEdit[] {
  return edits.map((e) => ({ range: rangeOf(letter, e.span), newText: e.newText }));
}

/**
 * One fix as a workspace edit. An editor that takes snippet edits (LSP 3.18 `snippetEditSupport`) gets the
 * snippet, so the cursor lands on the placeholder where the citation goes; others get the plain text.
 */
function fixEdit(letter: Letter, uri: string, edits: readonly Edit[], snippets: boolean): WorkspaceEdit {
  if (!snippets || !edits.some((e) => e.snippet)) return { changes: { [uri]: toTextEdits(letter, edits) } };
  const out: (TextEdit | SnippetTextEdit)[] = edits.map((e) =>
    e.snippet
      ? { range: rangeOf(letter, e.span), snippet: { kind: 'snippet', value: e.snippet } }
      : { range: rangeOf(letter, e.span), newText: e.newText },
  );
  return { documentChanges: [{ textDocument: { uri, version: null }, edits: out }] };
}

const firstKeepingOutcome = (p: Problem): Fix | undefined => p.fixes?.find((f) => !f.changesOutcome);

const wants = (only: readonly string[] | undefined, kind: string): boolean =>
  !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));

export function codeActions(
  letter: Letter,
  uri: string,
  problems: readonly Problem[],
  diagnostics: readonly Diagnostic[],
  range: Range,
  only?: readonly string[],
  /** The editor applies snippet edits (workspace.workspaceEdit.snippetEditSupport). */
  snippets = false,
): CodeAction[] {
  const out: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    const fixAllOffered = new Set<string>();
    problems.forEach((p, index) => {
      if (!p.fixes?.length) return;
      const diagnostic = diagnostics[index];
      if (!diagnostic || !overlaps(diagnostic.range, range)) return;
      // A fix that changes an outcome (the decision) is offered, never preferred.
      const preferred = p.fixes.findIndex((f) => !f.changesOutcome);
      p.fixes.forEach((fix, k) => {
        out.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: k === preferred,
          edit: fixEdit(letter, uri, fix.edits, snippets),
        });
      });
      // "Fix all" of this rule: the first fix of each of its problems that keeps the outcome, when there is more than one.
      if (fixAllOffered.has(p.rule)) return;
      const same = problems.filter((q) => q.rule === p.rule && firstKeepingOutcome(q));
      if (same.length < 2) return;
      fixAllOffered.add(p.rule);
      const edits = combineFixes(same.map((q) => firstKeepingOutcome(q)!));
      out.push({
        title: `Fix all ${p.rule} problems in this letter`,
        kind: CodeActionKind.QuickFix,
        diagnostics: problems
          .map((q, i) => (q.rule === p.rule && firstKeepingOutcome(q) ? diagnostics[i] : undefined))
          .filter((d): d is Diagnostic => d !== undefined),
        edit: { changes: { [uri]: toTextEdits(letter, edits) } },
      });
    });
  }
  if (only && only.some((k) => FIX_ALL_KIND === k || FIX_ALL_KIND.startsWith(`${k}.`) || k === CodeActionKind.Source)) {
    const action = fixAll(letter, uri, problems);
    if (action) out.push(action);
  }
  return out;
}

/** `source.fixAll.imrLetters`: every fix marked safe (one whose right edit is certain), in one edit. */
export function fixAll(letter: Letter, uri: string, problems: readonly Problem[]): CodeAction | undefined {
  const safe = safeFixes(problems);
  if (!safe.length) return undefined;
  return {
    title: 'Fix all safe IMR letter problems',
    kind: FIX_ALL_KIND,
    edit: { changes: { [uri]: toTextEdits(letter, combineFixes(safe)) } },
  };
}
