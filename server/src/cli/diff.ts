// A unified diff (3 lines of context) of a letter before and after its safe fixes, for --fix-dry-run.
type Op = { kind: ' ' | '-' | '+'; line: string };

function splitLines(text: string): string[] {
  const lines = text.match(/[^\r\n]*(\r\n|\n|\r)|[^\r\n]+$/g) ?? [];
  return lines;
}

/** Line operations: common head and tail kept, the middle by longest common subsequence. */
function operations(a: string[], b: string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const am = a.slice(head, a.length - tail);
  const bm = b.slice(head, b.length - tail);
  const ops: Op[] = a.slice(0, head).map((line) => ({ kind: ' ', line }));
  if (am.length * bm.length > 25_000_000) {
    // Too big to align: show the middle as replaced.
    ops.push(...am.map((line) => ({ kind: '-' as const, line })), ...bm.map((line) => ({ kind: '+' as const, line })));
  } else {
    const w = bm.length + 1;
    const lcs = new Uint32Array((am.length + 1) * w);
    for (let i = am.length - 1; i >= 0; i--)
      for (let j = bm.length - 1; j >= 0; j--)
        lcs[i * w + j] = am[i] === bm[j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
    let i = 0;
    let j = 0;
    while (i < am.length || j < bm.length) {
      if (i < am.length && j < bm.length && am[i] === bm[j]) {
        ops.push({ kind: ' ', line: am[i++] });
        j++;
      } else if (i < am.length && (j === bm.length || lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])) ops.push({ kind: '-', line: am[i++] });
      else ops.push({ kind: '+', line: bm[j++] });
    }
  }
  ops.push(...a.slice(a.length - tail).map((line) => ({ kind: ' ' as const, line })));
  return ops;
}

/** A diff line keeps the letter's own line break (CRLF stays CRLF), so `patch` applies it as is. */
function show(op: Op): string {
  const body = op.line.replace(/(\r\n|\n|\r)$/, '');
  const eol = op.line.slice(body.length);
  return eol === '' ? `${op.kind}${body}\n\\ No newline at end of file\n` : `${op.kind}${op.line}`;
}

export function unifiedDiff(file: string, before: string, after: string, context = 3): string {
  const ops = operations(splitLines(before), splitLines(after));
  const changed = ops.map((o, k) => (o.kind !== ' ' ? k : -1)).filter((k) => k >= 0);
  if (!changed.length) return '';
  const out = [`--- a/${file}\n`, `+++ b/${file}\n`];
  let k = 0;
  while (k < changed.length) {
    const from = Math.max(0, changed[k] - context);
    let to = changed[k];
    while (k < changed.length && changed[k] - context <= to + context) to = changed[k++];
    const end = Math.min(ops.length, to + context + 1);
    // Line numbers where the hunk starts on each side.
    let aLine = 1;
    let bLine = 1;
    for (let x = 0; x < from; x++) {
      if (ops[x].kind !== '+') aLine++;
      if (ops[x].kind !== '-') bLine++;
    }
    const hunk = ops.slice(from, end);
    const aCount = hunk.filter((o) => o.kind !== '+').length;
    const bCount = hunk.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${aCount ? aLine : aLine - 1},${aCount} +${bCount ? bLine : bLine - 1},${bCount} @@\n`);
    out.push(...hunk.map(show));
  }
  return out.join('');
}
