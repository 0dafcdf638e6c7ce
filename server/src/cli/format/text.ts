// The readable report: `file:line:col level rule message`, grouped by letter, coloured on a terminal.
// The plain line shape is what the VS Code problem matcher ("$imr-lint") reads.
import type { Level } from '../../rules';
import { countLevels, type FileResult } from '../results';

export interface Paint {
  readonly file: (s: string) => string;
  readonly level: (level: Level, s: string) => string;
  readonly dim: (s: string) => string;
}

const code = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const LEVEL_COLOUR: Record<Level, (s: string) => string> = {
  error: code(31, 39),
  warning: code(33, 39),
  information: code(36, 39),
  hint: code(90, 39),
};

export const COLOURS: Paint = { file: code(1, 22), level: (l, s) => LEVEL_COLOUR[l](s), dim: code(2, 22) };
export const PLAIN: Paint = { file: (s) => s, level: (_l, s) => s, dim: (s) => s };

function plural(n: number, one: string, many = one + 's'): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function formatText(results: readonly FileResult[], paint: Paint = PLAIN): string {
  const out: string[] = [];
  for (const r of results) {
    const problems = r.report?.problems ?? [];
    if (!problems.length) continue;
    for (const p of problems) {
      const where = `${r.file}:${p.range.start.line + 1}:${p.range.start.character + 1}`;
      out.push(`${paint.file(where)} ${paint.level(p.level, p.level)} ${paint.dim(p.rule)} ${oneLine(p.message)}`);
    }
    out.push('');
  }
  const c = countLevels(results);
  const total = c.error + c.warning + c.information + c.hint;
  const letters = results.filter((r) => r.report).length;
  if (total === 0) out.push(`No problems in ${plural(letters, 'letter')}.`);
  else {
    const parts = [plural(c.error, 'error'), plural(c.warning, 'warning'), `${c.information} information`, plural(c.hint, 'hint')];
    out.push(`${plural(total, 'problem')} (${parts.join(', ')}) in ${c.files} of ${plural(letters, 'letter')}.`);
    if (c.fixable) out.push(`${plural(c.fixable, 'problem')} can be fixed with --fix.`);
  }
  const fixed = results.reduce((n, r) => n + (r.report?.fixesApplied ?? 0), 0);
  if (fixed) out.push(`Fixed ${plural(fixed, 'problem')} in ${plural(results.filter((r) => r.report?.fixesApplied).length, 'letter')}.`);
  return out.join('\n') + '\n';
}

/** A message on one line: line breaks and the spaces around them become one space (no regex that rescans spaces). */
function oneLine(message: string): string {
  return message
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(' ');
}
