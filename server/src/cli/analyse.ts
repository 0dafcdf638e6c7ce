// One letter through the same parse, rules and diagnostics conversion as the language server, so a
// problem's range and message are exactly what the editor shows. Pure: runs in a worker or the main thread.
import type { Range } from 'vscode-languageserver-types';
import { parseLetter } from '../letter';
import { lint, RULES, RULES_BY_NAME, type Edit, type Level, type LevelSetting, type Problem } from '../rules';
import { toDiagnostics } from '../features/diagnostics';
import { rangeOf } from '../features/positions';
import { decisionRows, type DecisionRow } from '../features/decisionTable';

/** As the server: documents larger than this are not analysed. */
export const MAX_FILE_SIZE_MB = 20;

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
}

const LEVEL_OF_SEVERITY: Record<number, Level> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

/** Editors drop a byte order mark when they open a file; so do we, so positions agree. */
export function decode(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function tooLarge(text: string): CliProblem {
  const size = text.length;
  return {
    rule: 'too-large',
    level: 'information',
    message: `This document is too large to analyse (${(size / 1048576).toFixed(1)} MB; limit ${MAX_FILE_SIZE_MB} MB, setting imrLetters.maxFileSizeMB).`,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    fixable: false,
  };
}

function problemsOf(text: string, rules: AnalyseOptions['rules']): { problems: Problem[]; report: CliProblem[] } {
  const letter = parseLetter(text);
  const problems = lint(letter, RULES, { rules });
  const diagnostics = toDiagnostics(letter, problems, '');
  const report = diagnostics.map((d, i) => ({
    rule: String(d.code),
    id: RULES_BY_NAME.get(String(d.code))?.id,
    level: LEVEL_OF_SEVERITY[d.severity ?? 1],
    message: typeof d.message === 'string' ? d.message : d.message.value,
    range: d.range,
    ...(d.relatedInformation ? { related: d.relatedInformation.map((r) => ({ range: r.location.range, message: r.message })) } : {}),
    fixable: !!problems[i].fixes?.some((f) => f.safe),
    ...(problems[i].fixes?.length
      ? { fixes: problems[i].fixes!.map((f) => ({ title: f.title, safe: !!f.safe, edits: f.edits.map((e) => ({ range: rangeOf(letter, e.span), newText: e.newText })) })) }
      : {}),
  }));
  return { problems, report };
}

/** Applies the first safe fix of each problem whose edits do not touch an edit already taken. */
export function applySafeFixes(text: string, problems: readonly Problem[]): { text: string; applied: number } {
  const taken: Edit[] = [];
  const clashes = (e: Edit) => taken.some((t) => (e.span.start < t.span.end && t.span.start < e.span.end) || e.span.start === t.span.start || (e.span.start === e.span.end && e.span.start === t.span.end) || (t.span.start === t.span.end && t.span.start === e.span.end));
  let applied = 0;
  for (const p of problems) {
    const fix = p.fixes?.find((f) => f.safe);
    if (!fix || fix.edits.length === 0 || fix.edits.some(clashes)) continue;
    taken.push(...fix.edits);
    applied++;
  }
  if (!applied) return { text, applied };
  taken.sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let out = text;
  for (const e of taken) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return { text: out, applied };
}

/** Fixes can uncover or settle other problems, so fixing repeats (a few passes at most) until nothing changes. */
const FIX_PASSES = 10;

export function analyseLetter(raw: string, options: AnalyseOptions): LetterReport {
  let text = decode(raw);
  if (text.length > MAX_FILE_SIZE_MB * 1048576) return { problems: [tooLarge(text)], fixesApplied: 0, rows: options.rows ? [] : undefined };
  // As the server: a NUL in the first 8 KB means a binary file, not a letter; it gets no diagnostics.
  if (text.lastIndexOf('\0', 8192) >= 0) return { problems: [], fixesApplied: 0, rows: options.rows ? [] : undefined };
  let fixesApplied = 0;
  let result = problemsOf(text, options.rules);
  if (options.fix) {
    for (let pass = 0; pass < FIX_PASSES; pass++) {
      const fixed = applySafeFixes(text, result.problems);
      if (!fixed.applied || fixed.text === text) break;
      fixesApplied += fixed.applied;
      text = fixed.text;
      result = problemsOf(text, options.rules);
    }
  }
  return {
    problems: result.report,
    fixedText: fixesApplied ? text : undefined,
    fixesApplied,
    rows: options.rows ? decisionRows(parseLetter(text)) : undefined,
  };
}
