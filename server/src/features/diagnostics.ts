// Problems from the rules, as LSP diagnostics: code = rule name, with a link to the rule's documentation.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Letter } from '../letter';
import type { Level, Problem } from '../rules';
import { STILL_TO_WRITE } from '../rules/drafting';
import { rangeOf } from './positions';

const SEVERITY: Record<Level, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'imr-letters';

/** `docsBase` is where rule pages live (a folder URI ending in "/"), when known. */
/** What the client said it accepts in a diagnostic (LSP publishDiagnostics client capabilities). */
export interface DiagnosticSupport {
  /** relatedInformation: the other places a problem names. */
  readonly related: boolean;
  /** codeDescriptionSupport: a link to the rule's page. */
  readonly codeDescription: boolean;
}

const EVERYTHING: DiagnosticSupport = { related: true, codeDescription: true };

/** The drafting note is no rule: it links to the page on drafting, beside the rule pages' folder. */
function draftingPage(docsBase: string): string {
  try {
    return new URL('../drafting.md', docsBase).href;
  } catch {
    return `${docsBase}../drafting.md`; // not a URL a parser takes: the same path, unresolved
  }
}

export function toDiagnostics(
  letter: Letter,
  problems: readonly Problem[],
  uri: string,
  docsBase?: string,
  support: DiagnosticSupport = EVERYTHING,
): Diagnostic[] {
  return problems.map((p) => {
    const d: Diagnostic = {
      range: rangeOf(letter, p.span),
      severity: SEVERITY[p.level],
      code: p.rule,
      source: DIAGNOSTIC_SOURCE,
      message: p.message,
    };
    if (docsBase && support.codeDescription)
      d.codeDescription = { href: p.rule === STILL_TO_WRITE ? draftingPage(docsBase) : `${docsBase}${p.rule}.md` };
    if (p.related?.length && support.related)
      d.relatedInformation = p.related.map((r) => ({ location: { uri, range: rangeOf(letter, r.span) }, message: r.message }));
    return d;
  });
}
