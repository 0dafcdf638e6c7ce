// Runs the rules over a Letter with the user's levels. Pure: the server, the CLI and the web worker share it.
// With a LintMemo (one per document), a lint after an edit checks again only the items the edit touched:
// the problems of every other item are taken from the previous lint, moved by the edit's length.
import { editBetween, type Item, type Letter } from '../letter';
import type { Level, LevelSetting, Problem, Report, Rule } from './types';
import { eol } from './util';
import { sameItemShape, shiftProblem, within } from './lint-memo';

export interface LintConfig {
  /** Per-rule level overrides by rule name; "off" disables a rule. */
  readonly rules?: Readonly<Record<string, LevelSetting>>;
}

const LEVELS = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** The problems of one item from every item rule, in rule order, as lint found them for `item`. */
interface ItemEntry {
  readonly item: Item;
  readonly problems: readonly Problem[];
  /** Rule order of each problem (for the final sort). */
  readonly order: readonly number[];
}

/** What lint keeps of a document's previous lint; opaque to callers (make one per document with lintMemo()). */
export interface LintMemo {
  last?: {
    readonly text: string;
    readonly rules: readonly Rule[];
    readonly configKey: string;
    readonly context: string;
    /** By the item's start offset in `text`. */
    readonly items: ReadonlyMap<number, ItemEntry>;
  };
}

export function lintMemo(): LintMemo {
  return {};
}

interface Active {
  readonly rule: Rule;
  readonly order: number;
  readonly level: Level;
  /** True when the configured level overrides the level a rule reports with. */
  readonly forced: boolean;
}

export function lint(letter: Letter, rules: readonly Rule[], config: LintConfig = {}, memo?: LintMemo): Problem[] {
  const active: Active[] = [];
  rules.forEach((rule, order) => {
    const setting = config.rules?.[rule.name] ?? config.rules?.[rule.id];
    if (setting === 'off') return;
    const forced = !!setting && LEVELS.has(setting);
    active.push({ rule, order, level: forced ? (setting as Level) : rule.defaultLevel, forced });
  });
  const problems: Problem[] = [];
  const order: number[] = [];
  const failed = new Set<Rule>();
  // Where reports go: the letter's list, or the list of the item being checked.
  let into = problems;
  let orders = order;
  const reporters = new Map<Rule, Report>(
    active.map((a) => [
      a.rule,
      (p) => {
        into.push({ rule: a.rule.name, span: p.span, message: p.message, level: a.forced ? a.level : (p.level ?? a.level), fixes: p.fixes, related: p.related });
        orders.push(a.order);
      },
    ]),
  );
  const fail = (a: Active, e: unknown): void => {
    // A rule bug must not take the others down; it shows up as its own problem instead.
    failed.add(a.rule);
    into.push({ rule: a.rule.name, span: { start: 0, end: 0 }, message: `Internal error in rule ${a.rule.name}: ${(e as Error).message}`, level: 'hint' });
    orders.push(a.order);
  };

  for (const a of active) {
    if (a.rule.checkItem) continue;
    try {
      a.rule.check(letter, reporters.get(a.rule)!);
    } catch (e) {
      fail(a, e);
    }
  }

  const itemRules = active.filter((a) => a.rule.checkItem).map((a) => ({ ...a, report: reporters.get(a.rule)! }));
  const configKey = JSON.stringify(config.rules ?? {});
  // What an item check may read besides the item: the format and the line break of the letter.
  const context = `${letter.format}\u0000${eol(letter)}`;
  const last = memo?.last;
  const usable = last && last.rules === rules && last.configKey === configKey && last.context === context ? last : undefined;
  const edit = usable && editBetween(usable.text, letter.text);
  const entries = new Map<number, ItemEntry>();
  for (const item of letter.items) {
    let entry: ItemEntry | undefined;
    if (usable) {
      // An item wholly before or after the edit has the same text as before; its old start is known.
      const before = !edit || item.span.end < edit.start;
      const after = edit && item.span.start > edit.newEnd;
      const delta = edit ? edit.newEnd - edit.oldEnd : 0;
      const old = before ? usable.items.get(item.span.start) : after ? usable.items.get(item.span.start - delta) : undefined;
      const d = before ? 0 : delta;
      if (old && sameItemShape(old.item, item, d)) entry = d === 0 ? { ...old, item } : { item, problems: old.problems.map((p) => shiftProblem(p, d)), order: old.order };
    }
    if (!entry) {
      const found: Problem[] = [];
      const foundOrder: number[] = [];
      into = found;
      orders = foundOrder;
      for (const a of itemRules) {
        if (failed.has(a.rule)) continue;
        try {
          a.rule.checkItem!(letter, item, a.report);
        } catch (e) {
          fail(a, e);
        }
      }
      into = problems;
      orders = order;
      entry = { item, problems: found, order: foundOrder };
    }
    for (let k = 0; k < entry.problems.length; k++) {
      problems.push(entry.problems[k]);
      order.push(entry.order[k]);
    }
    // Only problems that stay inside their item can move with it.
    if (entry.problems.every((p) => within(p, item.span))) entries.set(item.span.start, entry);
  }
  if (failed.size && usable) {
    // A rule that fails stops at the failing item: only a lint from scratch says which problems it found first.
    if (memo) memo.last = undefined;
    return lint(letter, rules, config);
  }
  if (memo) memo.last = failed.size ? undefined : { text: letter.text, rules, configKey, context, items: entries };

  // By position, then in rule order; a rule's own problems keep the order it reported them in (item by item).
  const index = problems.map((_, k) => k);
  index.sort((x, y) => problems[x].span.start - problems[y].span.start || problems[x].span.end - problems[y].span.end || order[x] - order[y] || x - y);
  return index.map((k) => problems[k]);
}
