// One letter through the same parse, rules and diagnostics conversion as the language server, so a
// problem's range and message are exactly what the editor shows. Pure: runs in a worker or the main thread.
import type { Range } from 'vscode-languageserver-types';
import { parseLetter, type Letter } from '../letter';
import { RULES_BY_NAME, type Level, type LevelSetting, type Problem } from '../rules';
import {
  DEFAULT_MAX_FILE_SIZE_MB,
  declined,
  declinedNotice,
  fixSafely,
  lintLetter,
  stripBom,
  type AnalysisSettings,
  type LintMode,
} from '../analysis';
import { toDiagnostics } from '../features/diagnostics';
import { rangeOf } from '../features/positions';
import { decisionRows, type DecisionRow } from '../features/decisionTable';

/** As the server: documents larger than this are not analysed. */
export const MAX_FILE_SIZE_MB = DEFAULT_MAX_FILE_SIZE_MB;

export interface CliProblem {
  /** The rule name (the diagnostic code). */
  readonly rule: string;
  /** The rule id, e.g. IMR003 (absent for the "too-large" notice). */
  readonly id?: string;
  readonly level: Level;
  readonly message: string;
  /** 0-based, UTF-16 columns: the LSP range the editor shows. */
  readonly range: Range;
  readonly related?: readonly { readonly range: Range; readonly message: string }[];
  /** A safe fix exists (applied by --fix). */
  readonly fixable: boolean;
  /** The fixes the editor offers as quick fixes, with their edits (LSP ranges). */
  readonly fixes?: readonly CliFix[];
}

export interface CliFix {
  readonly title: string;
  /** Safe to apply without looking: what --fix applies. */
  readonly safe: boolean;
  readonly edits: readonly { readonly range: Range; readonly newText: string }[];
}

export interface LetterReport {
  readonly problems: readonly CliProblem[];
  /** The text after safe fixes, when asked to fix and something changed. */
  readonly fixedText?: string;
  readonly fixesApplied: number;
  readonly rows?: readonly DecisionRow[];
}

export interface AnalyseOptions {
  readonly rules: Readonly<Record<string, LevelSetting>>;
  readonly fix?: boolean;
  readonly rows?: boolean;
  readonly mode?: LintMode;
}

const LEVEL_OF_SEVERITY: Record<number, Level> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

function reportOf(letter: Letter, problems: readonly Problem[]): CliProblem[] {
  const diagnostics = toDiagnostics(letter, problems, '');
  return diagnostics.map((d, i) => ({
    rule: String(d.code),
    id: RULES_BY_NAME.get(String(d.code))?.id,
    level: LEVEL_OF_SEVERITY[d.severity ?? 1],
    message: typeof d.message === 'string' ? d.message : d.message.value,
    range: d.range,
    ...(d.relatedInformation ? { related: d.relatedInformation.map((r) => ({ range: r.location.range, message: r.message })) } : {}),
    fixable: !!problems[i].fixes?.some((f) => f.safe),
    ...(problems[i].fixes?.length
      ? {
          fixes: problems[i].fixes!.map((f) => ({
            title: f.title,
            safe: !!f.safe,
            edits: f.edits.map((e) => ({ range: rangeOf(letter, e.span), newText: e.newText })),
          })),
        }
      : {}),
  }));
}

/**
 * One letter's report. The caller has already decided the file is not ignored (imr-lint checks the letters it
 * is named, and skips ignored ones only when it expands folders and globs), so this asks only about the text.
 */
export function analyseLetter(raw: string, options: AnalyseOptions): LetterReport {
  const text = stripBom(raw);
  const settings: AnalysisSettings = { rules: options.rules, maxFileSizeMB: MAX_FILE_SIZE_MB, ignore: [] };
  const reason = declined(undefined, text, settings);
  if (reason) {
    const notice = declinedNotice(reason, text, settings);
    const problems: CliProblem[] = notice
      ? [
          {
            rule: notice.code,
            level: 'information',
            message: notice.message,
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            fixable: false,
          },
        ]
      : [];
    return { problems, fixesApplied: 0, rows: options.rows ? [] : undefined };
  }
  const lintOptions = options.mode ? { mode: options.mode } : {};
  if (options.fix) {
    const fixed = fixSafely(text, settings, lintOptions);
    return {
      problems: reportOf(fixed.letter, fixed.problems),
      fixedText: fixed.applied ? fixed.text : undefined,
      fixesApplied: fixed.applied,
      rows: options.rows ? decisionRows(fixed.letter) : undefined,
    };
  }
  const letter = parseLetter(text);
  return {
    problems: reportOf(letter, lintLetter(letter, settings, lintOptions)),
    fixesApplied: 0,
    rows: options.rows ? decisionRows(letter) : undefined,
  };
}
