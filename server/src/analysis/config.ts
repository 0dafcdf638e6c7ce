// `.imr-lint.json`, the workspace's rule levels, shared by the command line and the language server so
// that CI and the editor agree. Pure: callers read the file; this parses, checks and merges its contents.
import { RULES, type LevelSetting } from '../rules';

export const CONFIG_FILE_NAME = '.imr-lint.json';

export interface LintFileConfig {
  /** Rule levels by rule name (or id): "error", "warning", "information", "hint" or "off". */
  readonly rules: Readonly<Record<string, LevelSetting>>;
  /** Globs (relative to the config file's folder) the command line skips when it expands folders. */
  readonly ignore: readonly string[];
}

export interface ConfigParse {
  readonly config: LintFileConfig;
  /** What was wrong with the file, one sentence each; the usable parts are kept. */
  readonly errors: readonly string[];
}

const NAME_BY_ID: ReadonlyMap<string, string> = new Map(RULES.map((r) => [r.id, r.name]));
const KNOWN_RULES: ReadonlySet<string> = new Set(RULES.flatMap((r) => [r.id, r.name]));

/** A rule's name for a key that may be its id ("IMR003") or its name. */
export function canonicalRuleName(key: string): string {
  return NAME_BY_ID.get(key) ?? key;
}

/** The start of the error for a file that is not JSON at all (nothing in it can be used). */
export const INVALID_JSON = 'not valid JSON';
export const NOT_AN_OBJECT = 'expected a JSON object like {"rules": {"missing-outcome": "error"}}';

/** The key that sets every rule at once. */
export const ALL_RULES = '*';

export const EMPTY_CONFIG: LintFileConfig = { rules: {}, ignore: [] };

const LEVELS: ReadonlySet<string> = new Set(['error', 'warning', 'information', 'hint', 'off']);

/**
 * Parses the contents of a `.imr-lint.json`. Unknown rule names are reported but kept, so a config
 * written for a newer version does not break an older one.
 */
export function parseConfig(text: string): ConfigParse {
  const errors: string[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    // Engines word JSON errors differently; the place is what helps.
    const at = /position (\d+)/.exec((e as Error).message);
    let where = '';
    if (at) {
      const before = text
        .replace(/^\uFEFF/, '')
        .slice(0, Number(at[1]))
        .split('\n');
      where = ` at line ${before.length}, column ${before[before.length - 1].length + 1}`;
    }
    return { config: EMPTY_CONFIG, errors: [`${INVALID_JSON}${where}`] };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { config: EMPTY_CONFIG, errors: [NOT_AN_OBJECT] };
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (key !== 'rules' && key !== 'ignore' && key !== '$schema') errors.push(`unknown key "${key}" (expected "rules" or "ignore")`);
  }
  const rules: Record<string, LevelSetting> = {};
  if (obj.rules !== undefined) {
    if (!obj.rules || typeof obj.rules !== 'object' || Array.isArray(obj.rules))
      errors.push('"rules" must be an object of rule name to level');
    else {
      for (const [name, level] of Object.entries(obj.rules as Record<string, unknown>)) {
        if (typeof level !== 'string' || !LEVELS.has(level)) {
          errors.push(`rule "${name}": level must be one of error, warning, information, hint, off (got ${JSON.stringify(level)})`);
          continue;
        }
        if (name !== ALL_RULES && !KNOWN_RULES.has(name)) errors.push(`rule "${name}" is not a known rule`);
        rules[name === ALL_RULES ? name : canonicalRuleName(name)] = level as LevelSetting;
      }
    }
  }
  const ignore: string[] = [];
  if (obj.ignore !== undefined) {
    if (!Array.isArray(obj.ignore) || obj.ignore.some((g) => typeof g !== 'string'))
      errors.push('"ignore" must be an array of glob strings');
    else ignore.push(...(obj.ignore as string[]));
  }
  return { config: { rules, ignore }, errors };
}

/**
 * Rule levels in force: the config file's, then each later layer (editor settings, --rule flags) on top.
 * `canonical` maps a rule id to its name so "IMR003" in one layer and "missing-outcome" in another meet.
 */
export function mergeRules(
  layers: readonly (Readonly<Record<string, LevelSetting>> | undefined)[],
  canonical: (key: string) => string = canonicalRuleName,
): Record<string, LevelSetting> {
  const out: Record<string, LevelSetting> = {};
  for (const layer of layers) {
    if (!layer) continue;
    // "*" sets every rule, before the layer's own rule names: {"*": "off", "missing-outcome": "error"}.
    const all = layer[ALL_RULES];
    if (all) for (const r of RULES) out[r.name] = all;
    for (const [key, level] of Object.entries(layer)) if (key !== ALL_RULES) out[canonical(key)] = level;
  }
  return out;
}

/** Parses "name=level" as given to `--rule`. */
export function parseRuleFlag(flag: string): { name: string; level: LevelSetting } | string {
  const m = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/.exec(flag);
  if (!m) return `--rule expects name=level, got "${flag}"`;
  if (!LEVELS.has(m[2])) return `--rule ${m[1]}: level must be one of error, warning, information, hint, off (got "${m[2]}")`;
  return { name: m[1], level: m[2] as LevelSetting };
}
