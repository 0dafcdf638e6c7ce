// Runs the rules over a Letter with the user's levels. Pure: the server, the CLI and the web worker share it.
import type { Letter } from '../letter';
import type { Level, LevelSetting, Problem, Rule } from './types';

export interface LintConfig {
  /** Per-rule level overrides by rule name; "off" disables a rule. */
  readonly rules?: Readonly<Record<string, LevelSetting>>;
}

const LEVELS = new Set(['error', 'warning', 'information', 'hint', 'off']);

export function lint(letter: Letter, rules: readonly Rule[], config: LintConfig = {}): Problem[] {
  const problems: Problem[] = [];
  for (const rule of rules) {
    const setting = config.rules?.[rule.name] ?? config.rules?.[rule.id];
    if (setting === 'off') continue;
    const level: Level = setting && LEVELS.has(setting) ? (setting as Level) : rule.defaultLevel;
    try {
      rule.check(letter, (p) => problems.push({ rule: rule.name, span: p.span, message: p.message, level: setting && LEVELS.has(setting) ? level : (p.level ?? level), fixes: p.fixes, related: p.related }));
    } catch (e) {
      // A rule bug must not take the others down; it shows up as its own problem instead.
      problems.push({ rule: rule.name, span: { start: 0, end: 0 }, message: `Internal error in rule ${rule.name}: ${(e as Error).message}`, level: 'hint' });
    }
  }
  problems.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return problems;
}
