// Measurements through a real stdio connection, the same for our built server and for a peer server:
// open -> diagnostics, documentSymbol, keystrokes -> fresh diagnostics, memory with many letters.
import { positionOf, type LspSession } from './lspClient';
import { summarize, timeRuns, type Summary } from './stats';

export interface OpenResult {
  readonly diagnostics: Summary;
  readonly symbols: Summary;
}

let serial = 0;

/** Opens `text` as a fresh document `runs` times: open -> diagnostics, then documentSymbol, then close. */
export async function openAndSymbols(s: LspSession, ext: string, text: string, runs: number, warmup = 1): Promise<OpenResult> {
  const diag: number[] = [];
  const sym: number[] = [];
  for (let i = -warmup; i < runs; i++) {
    const uri = `file:///bench/doc-${++serial}${ext}`;
    const t0 = performance.now();
    const published = s.diagnostics(uri);
    await s.open(uri, text);
    await published;
    const t1 = performance.now();
    await s.request('textDocument/documentSymbol', { textDocument: { uri } });
    const t2 = performance.now();
    if (i >= 0) {
      diag.push(t1 - t0);
      sym.push(t2 - t1);
    }
    await s.close(uri);
  }
  return { diagnostics: summarize(diag), symbols: summarize(sym) };
}

/** The end of the non-blank line nearest the middle of `text` that `accept` likes. */
export function middleLineEnd(text: string, accept: (line: string) => boolean = (l) => l.trim().length > 20): number {
  const lines = text.split('\n');
  let offset = 0;
  const starts = lines.map((l) => ((offset += l.length + 1), offset - l.length - 1));
  for (let d = 0; d < lines.length; d++) {
    for (const i of [(lines.length >> 1) + d, (lines.length >> 1) - d]) {
      if (i >= 0 && i < lines.length && accept(lines[i])) return starts[i] + lines[i].replace(/\r$/, '').length;
    }
  }
  return text.length >> 1;
}

export interface EditResult {
  /** Each keystroke waited for its diagnostics before the next. */
  readonly keystroke: Summary;
  /** Keystrokes sent back to back: time from the last one to its diagnostics. */
  readonly burst: Summary;
}

/** Types `count` characters at `offset` (one didChange each) and times change -> diagnostics for that version. */
export async function keystrokes(
  s: LspSession,
  ext: string,
  text: string,
  offset: number,
  count: number,
  bursts: number,
): Promise<EditResult> {
  const uri = `file:///bench/edit-${++serial}${ext}`;
  const opened = s.diagnostics(uri, 1);
  await s.open(uri, text, 1);
  await opened;
  const at = positionOf(text, offset);
  let version = 1;
  let typed = 0;
  const type = (): Promise<void> => {
    const pos = { line: at.line, character: at.character + typed++ };
    return s.change(uri, ++version, [{ range: { start: pos, end: pos }, text: 'x' }]);
  };
  const keystroke = await timeRuns(count, 3, async () => {
    const fresh = s.diagnostics(uri, version + 1);
    await type();
    await fresh;
  });
  const burst: number[] = [];
  for (let b = 0; b < bursts; b++) {
    for (let k = 0; k < 9; k++) await type();
    const fresh = s.diagnostics(uri, version + 1);
    const t0 = performance.now();
    await type();
    await fresh;
    burst.push(performance.now() - t0);
  }
  await s.close(uri);
  return { keystroke: summarize(keystroke), burst: summarize(burst) };
}

/** RSS of the server after opening `count` documents (cycling through `texts`) and receiving their diagnostics. */
export async function memoryWithOpen(
  s: LspSession,
  ext: string,
  texts: readonly string[],
  count: number,
): Promise<{ idle: number; open: number }> {
  await new Promise((r) => setTimeout(r, 200));
  const idle = s.rss();
  const pending: Promise<unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const uri = `file:///bench/many-${++serial}${ext}`;
    pending.push(s.diagnostics(uri));
    await s.open(uri, texts[i % texts.length]);
    // Keep the pipe from filling: settle in batches, as files opened one by one would.
    if (pending.length >= 50) await Promise.all(pending.splice(0));
  }
  await Promise.all(pending);
  await new Promise((r) => setTimeout(r, 500));
  return { idle, open: s.rss() };
}
