// In-process measurements: parse + lint throughput over the real corpus, and our pure service beside VS Code's
// Markdown language service on Markdown twins of the same letters (both without any transport).
import { parseLetter, updateLetter } from '../../server/src/letter';
import { lint, lintMemo, RULES } from '../../server/src/rules';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { documentSymbols } from '../../server/src/features/symbols';
import type { Corpus } from './corpus';
import { markdownService } from './markdown';
import { summarize, timeRuns, type Summary } from './stats';

export interface Throughput {
  readonly rounds: Summary;
  readonly mbPerSecond: { median: number; p99: number };
  readonly parseOnly: { median: number; p99: number };
  readonly perLetter: Summary;
}

/** Parse + lint over every corpus text, `rounds` times; MB/s from the median and the p99 round. */
export async function throughput(corpus: Corpus, rounds: number): Promise<Throughput> {
  const mbytes = corpus.bytes / 1048576;
  const perLetter: number[] = [];
  const all = await timeRuns(rounds, 2, () => {
    for (const text of corpus.texts) {
      const t0 = performance.now();
      lint(parseLetter(text), RULES);
      perLetter.push(performance.now() - t0);
    }
  });
  const parseRounds = summarize(await timeRuns(rounds, 1, () => corpus.texts.forEach((t) => parseLetter(t))));
  const rs = summarize(all);
  return {
    rounds: rs,
    mbPerSecond: { median: mbytes / (rs.median / 1000), p99: mbytes / (rs.p99 / 1000) },
    parseOnly: { median: mbytes / (parseRounds.median / 1000), p99: mbytes / (parseRounds.p99 / 1000) },
    perLetter: summarize(perLetter),
  };
}

export interface ServicePair {
  readonly diagnostics: { ours: Summary; peer: Summary };
  readonly symbols: { ours: Summary; peer: Summary };
}

/** Fresh text -> diagnostics, then document symbols of the same version; ours and the Markdown service. */
export async function beside(letter: string, twin: string, runs: number): Promise<ServicePair> {
  const md = markdownService();
  let parsed = parseLetter(letter);
  const oursDiag = await timeRuns(runs, 2, () => {
    // A fresh string each run, as a new document version would be.
    parsed = parseLetter((' ' + letter).slice(1));
    toDiagnostics(parsed, lint(parsed, RULES), 'file:///bench.imr');
  });
  const oursSym = await timeRuns(runs, 2, () => documentSymbols(parsed));
  let version = 0;
  const peerDiag = await timeRuns(runs, 2, async () => {
    await md.diagnostics(md.document(`file:///bench.md`, ++version, twin));
  });
  const doc = md.document('file:///bench.md', ++version, twin);
  await md.diagnostics(doc);
  const peerSym = await timeRuns(runs, 2, () => md.symbols(doc));
  md.dispose();
  return {
    diagnostics: { ours: summarize(oursDiag), peer: summarize(peerDiag) },
    symbols: { ours: summarize(oursSym), peer: summarize(peerSym) },
  };
}

export interface Breakdown {
  readonly parse: Summary;
  readonly lint: Summary;
  readonly diagnostics: Summary;
  readonly symbols: Summary;
  /** One character typed mid-document: updateLetter against the previous version. */
  readonly keystrokeParse: Summary;
  /** Then lint with the document's memo (only the edited item is checked again). */
  readonly keystrokeLint: Summary;
  readonly symbolsJsonBytes: number;
  /** Milliseconds per rule (median), slowest first. */
  readonly rules: { name: string; letter: number; corpus: number }[];
}

/** Where the time of one large letter goes, rule by rule, and the same rules over the whole corpus. */
export async function breakdown(letter: string, corpus: Corpus, runs: number, middle: number): Promise<Breakdown> {
  const parsed = parseLetter(letter);
  const parse = summarize(await timeRuns(runs, 1, () => parseLetter((' ' + letter).slice(1))));
  let problems = lint(parsed, RULES);
  const lintTimes = summarize(await timeRuns(runs, 1, () => (problems = lint(parsed, RULES))));
  const diagnostics = summarize(await timeRuns(runs, 1, () => toDiagnostics(parsed, problems, 'file:///bench.imr')));
  const symbols = summarize(await timeRuns(runs, 1, () => documentSymbols(parsed)));
  let previous = parsed;
  let at = middle;
  const memo = lintMemo();
  lint(previous, RULES, {}, memo);
  const parseTimes: number[] = [];
  const lintTimesAfterEdit: number[] = [];
  for (let k = -3; k < runs * 5; k++) {
    const next = previous.text.slice(0, at) + 'x' + previous.text.slice(at++);
    const t0 = performance.now();
    previous = updateLetter(previous, next);
    const t1 = performance.now();
    lint(previous, RULES, {}, memo);
    const t2 = performance.now();
    if (k >= 0) {
      parseTimes.push(t1 - t0);
      lintTimesAfterEdit.push(t2 - t1);
    }
  }
  const keystrokeParse = summarize(parseTimes);
  const keystrokeLint = summarize(lintTimesAfterEdit);
  const letters = corpus.texts.map((t) => parseLetter(t));
  const rules = RULES.map((rule) => {
    const one = summarize(timeSync(runs, () => rule.check(parsed, () => undefined))).median;
    const all = summarize(timeSync(Math.max(3, runs >> 2), () => letters.forEach((l) => rule.check(l, () => undefined)))).median;
    return { name: rule.name, letter: one, corpus: all };
  }).sort((a, b) => b.letter + b.corpus - (a.letter + a.corpus));
  return {
    parse,
    lint: lintTimes,
    diagnostics,
    symbols,
    keystrokeParse,
    keystrokeLint,
    symbolsJsonBytes: JSON.stringify(documentSymbols(parsed)).length,
    rules,
  };
}

function timeSync(runs: number, fn: () => void): number[] {
  fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}
