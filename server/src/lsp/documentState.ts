// Everything the server keeps for one open document, in one object: closing the document drops it whole,
// so no map keyed by URI can be forgotten on close.
import type { Diagnostic } from 'vscode-languageserver';
import type { Letter } from '../letter';
import { lintMemo, type LintMemo, type Problem } from '../rules';
import type { AnalysisSettings } from '../analysis';

/** A document's settings: `imrLetters.*` over the workspace folder's .imr-lint.json (see analysis/). */
export type Settings = AnalysisSettings;

/** The parse of one version of a document, and what its lint found under the settings it was linted with. */
export interface Analysis {
  readonly version: number;
  /** Why the text was not parsed: too large for the size limit, or binary (not a letter at all). */
  readonly declined?: 'tooLarge' | 'binary';
  readonly letter: Letter;
  problems?: Problem[];
  diagnostics?: Diagnostic[];
  settings?: Settings;
}

export interface DocumentState {
  /** The parse of the current version, shared by every feature. */
  analysis?: Analysis;
  /** What its last lint found per item, so a lint after an edit checks only the edited items. */
  readonly memo: LintMemo;
  /** Its settings, read once and again after a configuration change. */
  settings?: Promise<Settings>;
  /** Its size limit (MB), from its settings once they have been read. */
  maxFileSizeMB?: number;
  /** The last full diagnostics report sent for it (pull model), by the result id it was sent with. */
  report?: { readonly resultId: string; readonly diagnostics: Diagnostic[] };
}

export class DocumentStates {
  private readonly states = new Map<string, DocumentState>();

  /** The state of a document, made on first use. */
  of(uri: string): DocumentState {
    let s = this.states.get(uri);
    if (!s) this.states.set(uri, (s = { memo: lintMemo() }));
    return s;
  }

  has(uri: string): boolean {
    return this.states.has(uri);
  }

  /** The document closed: everything kept for it goes. */
  forget(uri: string): void {
    this.states.delete(uri);
  }

  /** Settings may have changed: every document reads its settings again. */
  forgetSettings(): void {
    for (const s of this.states.values()) s.settings = undefined;
  }
}
