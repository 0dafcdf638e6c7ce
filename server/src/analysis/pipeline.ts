// The analysis pipeline shared by the editor (lsp/), Lint Workspace (commands/lintLetters.ts) and imr-lint
// (cli/analyse.ts): whether a text is analysed at all, what is ignored, the lint with the settings in force,
// and the safe fixes. Every front end asks these questions here, so they cannot answer them differently.
import { parseLetter, type Letter } from '../letter';
import { lint, RULES, type LevelSetting, type LintConfig, type LintMemo, type LintMode, type Problem } from '../rules';
import { applySafeFixes } from './fixes';
import { isIgnored } from './ignore';

/** Documents larger than this many MB are not analysed unless the settings say otherwise. */
export const DEFAULT_MAX_FILE_SIZE_MB = 20;

/** The settings one letter is analysed with: editor settings over the workspace's .imr-lint.json. */
export interface AnalysisSettings {
  readonly rules: Readonly<Record<string, LevelSetting>>;
  readonly maxFileSizeMB: number;
  /** Globs of files that are not linted (see ignore.ts for their meaning). */
  readonly ignore: readonly string[];
  /** The folder the ignore globs are relative to (URI or path); absent: the whole path. */
  readonly ignoreBase?: string;
}

export const DEFAULT_SETTINGS: AnalysisSettings = { rules: {}, maxFileSizeMB: DEFAULT_MAX_FILE_SIZE_MB, ignore: [] };

/**
 * Why a text gets no problems: too large for the size limit (it gets a notice instead), binary (a NUL in the
 * first 8 KB, as git and editors judge it: not a letter at all), or ignored by the settings.
 */
export type Declined = 'tooLarge' | 'binary' | 'ignored';

/** Editors drop a byte order mark when they open a file; so does the pipeline, so positions agree. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Whether the text can be parsed at all (the editor parses before it knows a document's ignore settings). */
export function unparsable(text: string, maxFileSizeMB: number): 'tooLarge' | 'binary' | undefined {
  if (text.length > maxFileSizeMB * 1048576) return 'tooLarge';
  if (text.lastIndexOf('\0', 8192) >= 0) return 'binary';
  return undefined;
}

/** Why the file at `target` (URI or path; absent for standard input) with this text is not linted, if it is not. */
export function declined(target: string | undefined, text: string, settings: AnalysisSettings): Declined | undefined {
  if (target !== undefined && isIgnored(target, settings.ignore, settings.ignoreBase)) return 'ignored';
  return unparsable(text, settings.maxFileSizeMB);
}

/** The one notice a declined text gets: a too-large document says why it has no problems. */
export function declinedNotice(
  reason: Declined | undefined,
  text: string,
  settings: AnalysisSettings,
): { code: string; message: string } | undefined {
  if (reason !== 'tooLarge') return undefined;
  return {
    code: 'too-large',
    message: `This document is too large to analyse (${(text.length / 1048576).toFixed(1)} MB; limit ${settings.maxFileSizeMB} MB, setting imrLetters.maxFileSizeMB).`,
  };
}

/** How strictly a letter is judged: a final letter, or a draft still being written (rules/drafting.ts decides what that changes). */
export type { LintMode };

export interface LintOptions {
  readonly mode?: LintMode;
  /** The document's memo, so a lint after an edit checks only the items the edit touched. */
  readonly memo?: LintMemo;
}

/** The problems of a letter under the settings in force. */
export function lintLetter(letter: Letter, settings: Pick<AnalysisSettings, 'rules'>, options: LintOptions = {}): Problem[] {
  const config: LintConfig = options.mode ? { rules: settings.rules, mode: options.mode } : { rules: settings.rules };
  return lint(letter, RULES, config, options.memo);
}

/** Fixes can uncover or settle other problems, so fixing repeats (a few passes at most) until nothing changes. */
const FIX_PASSES = 10;

export interface Fixed {
  readonly text: string;
  readonly applied: number;
  /** The letter and problems of the final text. */
  readonly letter: Letter;
  readonly problems: Problem[];
}

/** Every safe fix, round after round, as imr-lint --fix and the editor's "fix all" choose them. */
export function fixSafely(text: string, settings: Pick<AnalysisSettings, 'rules'>, options: Omit<LintOptions, 'memo'> = {}): Fixed {
  let letter = parseLetter(text);
  let problems = lintLetter(letter, settings, options);
  let applied = 0;
  for (let pass = 0; pass < FIX_PASSES; pass++) {
    const fixed = applySafeFixes(text, problems);
    if (!fixed.applied || fixed.text === text) break;
    applied += fixed.applied;
    text = fixed.text;
    letter = parseLetter(text);
    problems = lintLetter(letter, settings, options);
  }
  return { text, applied, letter, problems };
}
