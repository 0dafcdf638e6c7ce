// Problems from the rules, as LSP diagnostics: code = rule name, with a link to the rule's documentation.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Letter } from '../letter';
import type { Level, Problem } from '../rules';
import { rangeOf } from './positions';

const SEVERITY: Record<Level, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'imr-letters';

/** `docsBase` is where rule pages live (a folder URI ending in "/"), when known. */
export function toDiagnostics(letter: Letter, problems: readonly Problem[], uri: string, docsBase?: string): Diagnostic[] {
  return problems.map((p, index) => {
    const d: Diagnostic = {
      range: rangeOf(letter, p.span),
      severity: SEVERITY[p.level],
      code: p.rule,
      source: DIAGNOSTIC_SOURCE,
      message: p.message,
      data: { index },
    };
    if (docsBase) d.codeDescription = { href: `${docsBase}${p.rule}.md` };
    if (p.related?.length) d.relatedInformation = p.related.map((r) => ({ location: { uri, range: rangeOf(letter, r.span) }, message: r.message }));
    return d;
  });
}
