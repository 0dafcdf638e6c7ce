// The analysis of an open document: its Letter, parsed once per version (after an edit only the items around
// it are parsed again), and its diagnostics through the analysis pipeline with the document's settings.
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseLetter, updateLetter } from '../letter';
import { declined, declinedNotice, lintLetter, unparsable } from '../analysis';
import { toDiagnostics, DIAGNOSTIC_SOURCE, type DiagnosticSupport } from '../features/diagnostics';
import type { Analysis, DocumentStates } from './documentState';
import type { SettingsStore } from './settings';

export class DocumentAnalyser {
  /** Only what the client accepts goes into a diagnostic (VS Code and Neovim take related places; minimal clients may not). */
  support: DiagnosticSupport = { related: false, codeDescription: false };

  constructor(
    private readonly states: DocumentStates,
    private readonly settings: SettingsStore,
    private readonly docsBase: string | undefined,
  ) {}

  /** The parsed letter for the document's current version: parsed once, shared by every feature. */
  analysis(doc: TextDocument): Analysis {
    const state = this.states.of(doc.uri);
    const hit = state.analysis;
    const raw: unknown = doc.getText();
    const text = typeof raw === 'string' ? raw : ''; // a didOpen without text
    const reason = unparsable(text, state.maxFileSizeMB ?? this.settings.maxFileSizeMB);
    if (hit && hit.version === doc.version && hit.declined === reason) return hit;
    const letter = reason ? parseLetter('') : hit && !hit.declined ? updateLetter(hit.letter, text) : parseLetter(text);
    state.analysis = { version: doc.version, declined: reason, letter };
    return state.analysis;
  }

  async diagnose(doc: TextDocument): Promise<{ a: Analysis; diagnostics: Diagnostic[] }> {
    const state = this.states.of(doc.uri);
    const settings = await this.settings.for(doc.uri);
    state.maxFileSizeMB = settings.maxFileSizeMB;
    const a = this.analysis(doc);
    if (a.diagnostics && a.settings === settings) return { a, diagnostics: a.diagnostics };
    const text = doc.getText();
    const reason = declined(doc.uri, text, settings);
    const notice = declinedNotice(reason, text, settings);
    if (reason) {
      // Not a letter, a file the user asked not to lint, or one too large: no problems, at most a notice why.
      a.problems = [];
      a.diagnostics = notice
        ? [
            {
              range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
              severity: 3,
              source: DIAGNOSTIC_SOURCE,
              code: notice.code,
              message: notice.message,
            },
          ]
        : [];
    } else {
      // An open document is being written: what is not written yet is one note, not errors (rules/drafting.ts).
      a.problems = lintLetter(a.letter, settings, { memo: state.memo, mode: 'draft' });
      a.diagnostics = toDiagnostics(a.letter, a.problems, doc.uri, this.docsBase, this.support);
    }
    a.settings = settings;
    return { a, diagnostics: a.diagnostics };
  }
}
