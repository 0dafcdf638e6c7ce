// What must hold for any text at all: the model and the rules do not throw, every offset they report lies
// inside the document, and every LSP range the features build lies inside it too.
import { parseLetter, type Letter } from '../../server/src/letter';
import { lint, RULES, type Problem } from '../../server/src/rules';
import { documentSymbols } from '../../server/src/features/symbols';
import { hover } from '../../server/src/features/hover';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { codeActions } from '../../server/src/features/codeActions';

/** Every {start, end} offset pair anywhere in `value`, with a function naming where it is (built only when needed). */
export function spansIn(
  value: unknown,
  path: () => string = () => 'letter',
  out: { path: () => string; start: number; end: number }[] = [],
): typeof out {
  if (value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) spansIn(value[i], () => `${path()}[${i}]`, out);
    return out;
  }
  const o = value as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') out.push({ path, start: o.start, end: o.end });
  for (const k in o) if (typeof o[k] === 'object') spansIn(o[k], () => `${path()}.${k}`, out);
  return out;
}

/** Problems with the offsets of a letter and its problems; empty when all is well. */
export function offsetProblems(letter: Letter, problems: readonly Problem[]): string[] {
  const n = letter.text.length;
  const bad: string[] = [];
  const check = (where: string, s: number, e: number): void => {
    if (!(Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s <= e && e <= n)) bad.push(`${where} = [${s}, ${e}) outside [0, ${n}]`);
  };
  const { lines, ...rest } = letter;
  for (const sp of spansIn(rest)) if (!(0 <= sp.start && sp.start <= sp.end && sp.end <= n)) check(sp.path(), sp.start, sp.end);
  lines.forEach((l, i) => {
    check(`lines[${i}]`, l.start, l.end);
    if (l.next < l.end || l.next > n || (i > 0 && l.start !== lines[i - 1].next))
      bad.push(`lines[${i}] = ${JSON.stringify(l)} does not follow on`);
  });
  if (lines.length === 0 || lines[0].start !== 0 || lines[lines.length - 1].end !== n) bad.push('lines do not cover the text');
  problems.forEach((p, i) => {
    if (/^Internal error in rule/.test(p.message)) bad.push(`rule ${p.rule} threw: ${p.message}`);
    check(`problems[${i}] (${p.rule})`, p.span.start, p.span.end);
    p.fixes?.forEach((f, j) => {
      const edits = [...f.edits].sort((a, b) => a.span.start - b.span.start);
      edits.forEach((e, k) => {
        check(`problems[${i}].fixes[${j}].edits[${k}] (${p.rule})`, e.span.start, e.span.end);
        if (k > 0 && e.span.start < edits[k - 1].span.end) bad.push(`problems[${i}].fixes[${j}] (${p.rule}) has overlapping edits`);
      });
    });
    p.related?.forEach((r, j) => check(`problems[${i}].related[${j}] (${p.rule})`, r.span.start, r.span.end));
  });
  return bad;
}

interface Pos {
  line: number;
  character: number;
}

/** Every LSP {start, end} position pair in `value` that is not inside the document (lines of `letter`). */
export function rangeProblems(letter: Letter, value: unknown, what: string): string[] {
  const bad: string[] = [];
  const inside = (p: Pos): boolean =>
    Number.isInteger(p.line) &&
    Number.isInteger(p.character) &&
    p.line >= 0 &&
    p.line < letter.lines.length &&
    p.character >= 0 &&
    p.character <= letter.lines[p.line].end - letter.lines[p.line].start;
  const walk = (v: unknown, path: () => string): void => {
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) walk(v[i], () => `${path()}[${i}]`);
      return;
    }
    const o = v as Record<string, unknown>;
    const s = o.start as Pos | undefined;
    const e = o.end as Pos | undefined;
    if (s && e && typeof s === 'object' && typeof e === 'object' && typeof s.line === 'number') {
      const ordered = s.line < e.line || (s.line === e.line && s.character <= e.character);
      if (!inside(s) || !inside(e) || !ordered) bad.push(`${path()} = ${JSON.stringify({ start: s, end: e })}`);
    }
    for (const k in o) if (typeof o[k] === 'object') walk(o[k], () => `${path()}.${k}`);
  };
  walk(value, () => what);
  return bad;
}

/** Parses, lints and runs the pure features on `text`; returns everything that went wrong. */
export function analyseAndCheck(text: string, positions: readonly Pos[] = []): string[] {
  const letter = parseLetter(text);
  const problems = lint(letter, RULES);
  const bad = offsetProblems(letter, problems);
  const uri = 'file:///fuzz.imr';
  const diagnostics = toDiagnostics(letter, problems, uri);
  bad.push(...rangeProblems(letter, diagnostics, 'diagnostics'));
  bad.push(...rangeProblems(letter, documentSymbols(letter), 'symbols'));
  const whole = { start: { line: 0, character: 0 }, end: { line: letter.lines.length - 1, character: 0 } };
  bad.push(...rangeProblems(letter, codeActions(letter, uri, problems, diagnostics, whole), 'codeActions'));
  for (const p of positions) bad.push(...rangeProblems(letter, hover(letter, p), `hover@${p.line}:${p.character}`));
  return bad;
}
