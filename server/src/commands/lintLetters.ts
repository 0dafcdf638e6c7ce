// "IMR: Lint Workspace": diagnostics for letters the editor has not opened, sent in batches by the client
// (which reads the files, so this works in any workspace, local, remote or virtual). Each letter goes through
// the same pipeline as an open document: ignored, binary and too-large files get no problems.
import type { Diagnostic } from 'vscode-languageserver-types';
import { parseLetter } from '../letter';
import { declined, lintLetter, type AnalysisSettings } from '../analysis';
import { toDiagnostics } from '../features/diagnostics';
import { isLetterFile } from '../workspace/workspaceIndex';
import type { LetterText } from './export';

export interface LintedLetter {
  readonly uri: string;
  /** False for a .txt file that is not a letter: it gets no diagnostics. */
  readonly isLetter: boolean;
  readonly diagnostics: Diagnostic[];
}

export type LintSettings = AnalysisSettings;

export async function lintLetters(
  letters: readonly LetterText[],
  settingsFor: (uri: string) => Promise<LintSettings>,
  docsBase?: string,
): Promise<LintedLetter[]> {
  const out: LintedLetter[] = [];
  for (const l of letters) {
    const text = typeof l.text === 'string' ? l.text : '';
    if (!isLetterFile(l.uri, text)) {
      out.push({ uri: l.uri, isLetter: false, diagnostics: [] });
      continue;
    }
    const settings = await settingsFor(l.uri);
    if (declined(l.uri, text, settings)) {
      out.push({ uri: l.uri, isLetter: true, diagnostics: [] });
      continue;
    }
    const letter = parseLetter(text);
    out.push({ uri: l.uri, isLetter: true, diagnostics: toDiagnostics(letter, lintLetter(letter, settings), l.uri, docsBase) });
  }
  return out;
}
