// Runs the rules over a Letter with the user's levels. Pure: the server, the CLI and the web worker share it.
// With a LintMemo (one per document), a lint after an edit checks again only the items the edit touched:
// the problems of every other item are taken from the previous lint, moved by the edit's length.
import { editBetween, itemSerial, movedFrom, type Item, type Letter } from '../../letter';
import type { Level, LevelSetting, Problem, Report, Rule } from '../types';
import { eol } from '../helpers/util';
import { sameItemShape, shiftProblem, within } from './memo';
import { draftProblems } from '../drafting';

export interface LintConfig {
  /** Per-rule level overrides by rule name; "off" disables a rule. */
  readonly rules?: Readonly<Record<string, LevelSetting>>;
  /**
   * "final" (the default) for finished letters (imr-lint, Lint Workspace, files on disk): everything is reported.
   * "draft" for a letter open in the editor: what is not written yet is one "still to write" note at the end.
   */
  readonly mode?: LintMode;
}

export type LintMode = 'draft' | 'final';

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
  /** Reports into the plan's current sink. */
  readonly report: Report;
}

/** Where reports go during one lint: the letter's list, or the list of the item being checked. */
interface Sink {
  problems: Problem[];
  order: number[];
}

/** The rules to run under one configuration, with their reporters: made once per rule list and settings object. */
interface Plan {
  readonly letterRules: readonly Active[];
  readonly itemRules: readonly Active[];
  readonly configKey: string;
  /** The rules that judge a rationale's content (they wait for it in a draft). */
  readonly judges: ReadonlySet<string>;
  sink: Sink;
}

const plans = new WeakMap<readonly Rule[], { unset?: Plan; bySettings: WeakMap<object, Plan> }>();

function planFor(rules: readonly Rule[], config: LintConfig): Plan {
  let cache = plans.get(rules);
  if (!cache) plans.set(rules, (cache = { bySettings: new WeakMap() }));
  const settings = config.rules;
  const cached = settings ? cache.bySettings.get(settings) : cache.unset;
  if (cached) return cached;
  const plan: Plan = {
    letterRules: [],
    itemRules: [],
    configKey: JSON.stringify(settings ?? {}),
    judges: new Set(rules.filter((r) => r.judgesRationale).map((r) => r.name)),
    sink: { problems: [], order: [] },
  };
  rules.forEach((rule, order) => {
    const setting = settings?.[rule.name] ?? settings?.[rule.id];
    if (setting === 'off') return;
    const forced = !!setting && LEVELS.has(setting);
    const level = forced ? (setting as Level) : rule.defaultLevel;
    const name = rule.name;
    const report: Report = (p) => {
      plan.sink.problems.push({
        rule: name,
        span: p.span,
        message: p.message,
        level: forced ? level : (p.level ?? level),
        fixes: p.fixes,
        related: p.related,
        ...(p.due ? { due: p.due } : {}),
      });
      plan.sink.order.push(order);
    };
    const active: Active = { rule, order, level, forced, report };
    if (rule.checkItem) (plan.itemRules as Active[]).push(active);
    if (!rule.checkItem || rule.checkOutsideItems) (plan.letterRules as Active[]).push(active);
  });
  // Settings objects are replaced, not changed in place, when the user edits them; a changed one is caught by its key.
  if (settings) cache.bySettings.set(settings, plan);
  else cache.unset = plan;
  return plan;
}

export function lint(letter: Letter, rules: readonly Rule[], config: LintConfig = {}, memo?: LintMemo): Problem[] {
  let plan = planFor(rules, config);
  if (config.rules && plan.configKey !== JSON.stringify(config.rules)) {
    plans.get(rules)!.bySettings.delete(config.rules);
    plan = planFor(rules, config);
  }
  const problems: Problem[] = [];
  const order: number[] = [];
  const sink: Sink = { problems, order };
  plan.sink = sink;
  let failed: Set<Rule> | undefined;
  const fail = (a: Active, e: unknown): void => {
    // A rule bug must not take the others down; it shows up as its own problem instead.
    (failed ??= new Set()).add(a.rule);
    plan.sink.problems.push({
      rule: a.rule.name,
      span: { start: 0, end: 0 },
      message: `Internal error in rule ${a.rule.name}: ${(e as Error).message}`,
      level: 'hint',
    });
    plan.sink.order.push(a.order);
  };

  for (const a of plan.letterRules) {
    try {
      if (a.rule.checkItem) a.rule.checkOutsideItems!(letter, a.report);
      else a.rule.check(letter, a.report);
    } catch (e) {
      fail(a, e);
    }
  }

  const itemRules = plan.itemRules;
  const configKey = plan.configKey;
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
      // The same item, or one the model moved from it unchanged, needs no comparison of its parts.
      const moved = movedFrom(item);
      const quick =
        old &&
        (old.item === item || (moved?.from === itemSerial(old.item) && moved.d === d)) &&
        (old.item.index === 0) === (item.index === 0);
      const same = old && (quick || sameItemShape(old.item, item, d));
      if (old && same)
        entry = d === 0 ? { ...old, item } : { item, problems: old.problems.map((p) => shiftProblem(p, d)), order: old.order };
    }
    if (!entry) {
      const found: Sink = { problems: [], order: [] };
      plan.sink = found;
      for (const a of itemRules) {
        if (failed?.has(a.rule)) continue;
        try {
          a.rule.checkItem!(letter, item, a.report);
        } catch (e) {
          fail(a, e);
        }
      }
      plan.sink = sink;
      entry = { item, problems: found.problems, order: found.order };
    }
    for (let k = 0; k < entry.problems.length; k++) {
      problems.push(entry.problems[k]);
      order.push(entry.order[k]);
    }
    // Only problems that stay inside their item can move with it.
    if (memo && entry.problems.every((p) => within(p, item.span))) entries.set(item.span.start, entry);
  }
  if (failed && usable) {
    // A rule that fails stops at the failing item: only a lint from scratch says which problems it found first.
    if (memo) memo.last = undefined;
    return lint(letter, rules, config);
  }
  if (memo) memo.last = failed ? undefined : { text: letter.text, rules, configKey, context, items: entries };

  // By position, then in rule order; a rule's own problems keep the order it reported them in (item by item).
  const index = problems.map((_, k) => k);
  index.sort(
    (x, y) =>
      problems[x].span.start - problems[y].span.start || problems[x].span.end - problems[y].span.end || order[x] - order[y] || x - y,
  );
  const sorted = index.map((k) => problems[k]);
  return config.mode === 'draft' ? draftProblems(letter, sorted, (rule) => plan.judges.has(rule)) : sorted;
}
