// Every regular expression in server/src is analysed by recheck (a ReDoS checker that models a backtracking
// matcher and counts its steps, by automaton analysis or by fuzzing with a fixed seed), so the verdict
// "linear" is a bound on steps, never a timing. Checking all 200-odd patterns costs about a minute, so the
// verdicts are kept in test/unit/regex-safety.json, keyed by pattern: only new or changed patterns are
// checked on a run, and `IMR_UPDATE_REGEX_VERDICTS=1` rewrites the file (review its diff).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { checkSync } from 'recheck';
import { ROOT, allRealLetters } from '../helpers/letters';

const VERDICTS = join(ROOT, 'test', 'unit', 'regex-safety.json');
const UPDATE = process.env.IMR_UPDATE_REGEX_VERDICTS === '1';

interface RegexUnderTest {
  readonly source: string;
  readonly flags: string;
}

interface Found extends RegexUnderTest {
  readonly where: string;
}

/**
 * Patterns recheck reports super-linear, each reviewed: either its input is bounded (then the quadratic cost is
 * too), or recheck's fuzzer misjudged it (its attack string at 4x the length costs V8 under 4x: the growth it
 * saw comes from a bounded repetition). Keys are the start of `source/flags`; anything else must be linear.
 */
const REVIEWED_POLYNOMIAL: readonly { readonly starts: string; readonly why: string }[] = [
  {
    starts: String.raw`\(.*?\)/g`,
    why: 'quadratic on "((((": run on page-table topic names and one cited Section(s) topic, a few dozen characters',
  },
  {
    starts: String.raw`(?:IMR\s+eligible\s+portion`,
    why: 'quadratic: run on at most four lines of one item header (items.ts extendHeader)',
  },
  {
    starts: String.raw`(?:Case\s+Number|Date\s+Assigned`,
    why: 'quadratic: run on the text before the cursor on one line when completion is asked for',
  },
  { starts: String.raw`\((\d+)(?:\s+(?:sessions?`, why: 'quadratic: run on one item request (its header), a few lines' },
  {
    starts: String.raw`\b((?:\d+|twenty-four`,
    why: 'quantity patterns, run on one item request (its header); three of the four are fuzzer misjudgements (bounded alternations)',
  },
  {
    starts: String.raw`,\s+and\s+(?=(`,
    why: 'fuzzer misjudgement: the lookahead is bounded to 80 characters, so each comma costs at most a constant',
  },
];
const reviewed = (key: string): boolean => REVIEWED_POLYNOMIAL.some((r) => key.startsWith(r.starts));

/**
 * `new RegExp(<expression>)` sites whose pattern is built at run time, with why the built patterns are safe.
 * Their actual patterns are captured at run time and tested as well; a new dynamic site fails the test until
 * it is reviewed and listed here.
 */
const REVIEWED_DYNAMIC: Record<string, string> = {
  'server/src/letter/citations.ts': 'chapter labels from the kb, escaped, words joined by \\s+, anchored with ^: one path per input',
  'server/src/rules/partial-authorization-mismatch.ts': 'one escaped literal word between (?<![\\w]) and (?![\\w]): no repetition at all',
  'server/src/letter/detect.ts': 'escaped literal labels from letter/labels.ts joined by |, after ^\\s* or alone: no nested repetition',
  'server/src/letter/quantities.ts':
    'built at load from constant fragments (NUM, RANGE, UNIT); captured when the server modules load and tested below',
  'server/src/letter/namedRequest.ts':
    "one escaped literal word (a request's first name word, letters and hyphens) after \\b: no repetition at all",
  'server/src/letter/amounts.ts':
    'built at load from constant fragments (number words, units); captured when the server modules load and tested below',
  'server/src/features/completion.ts': 'built at load from the kb chapter labels; captured when the server modules load and tested below',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? sourceFiles(p) : e.endsWith('.ts') ? [p] : [];
  });
}

/** Regex literals and `new RegExp('literal')` calls, and the dynamic `RegExp(...)` sites, in server/src. */
function regexesInSources(): { found: Found[]; dynamic: string[] } {
  const found: Found[] = [];
  const dynamic: string[] = [];
  for (const file of sourceFiles(join(ROOT, 'server', 'src'))) {
    const rel = relative(ROOT, file).split('\\').join('/');
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (n: ts.Node): string => `${rel}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const visit = (n: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(n)) {
        const text = n.text;
        const slash = text.lastIndexOf('/');
        found.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: where(n) });
      } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
        const [pattern, flags] = n.arguments ?? [];
        const literal = (e: ts.Expression | undefined): string | undefined =>
          e && (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) ? e.text : undefined;
        const src = literal(pattern);
        if (src !== undefined && (flags === undefined || literal(flags) !== undefined))
          found.push({ source: src, flags: literal(flags) ?? '', where: where(n) });
        else dynamic.push(rel);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { found, dynamic };
}

/** The patterns `new RegExp` builds while the server's modules load and analyse real letters. */
function regexesBuiltAtRunTime(): Found[] {
  const built = new Map<string, Found>();
  const Original = RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const re = Reflect.construct(target, args) as RegExp;
      // Not the sentinels brace-expansion (under minimatch, for imrLetters.ignore) builds when it loads: literal
      // text between NUL characters, with a random number that would make a new key on every run.
      if (typeof args[0] === 'string' && !args[0].includes('\u0000'))
        built.set(`${re.source}/${re.flags}`, { source: re.source, flags: re.flags, where: 'built at run time' });
      return re;
    },
  });
  try {
    // Loaded here, not imported at the top, so that module-level patterns are built under the proxy.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { parseLetter } = require('../../server/src/letter') as typeof import('../../server/src/letter');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { lint, RULES } = require('../../server/src/rules') as typeof import('../../server/src/rules');
    // The server and every feature it wires in, for their module-level patterns.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../../server/src/lsp/server');
    for (const l of allRealLetters().slice(0, 40)) lint(parseLetter(l.text), RULES);
  } finally {
    globalThis.RegExp = Original;
  }
  return [...built.values()];
}

type Verdict = { status: string; complexity?: string; attack?: string };

/** recheck's verdict: deterministic (fixed seed, no time limit), its limits are counts of steps and sizes. */
function analyse(r: RegexUnderTest): Verdict {
  const res = checkSync(r.source, r.flags, { timeout: null, randomSeed: 20161209 });
  const complexity =
    res.status === 'unknown' ? undefined : res.complexity.type + ('degree' in res.complexity ? ` ${res.complexity.degree}` : '');
  return { status: res.status, complexity, ...(res.status === 'vulnerable' ? { attack: res.attack.pattern } : {}) };
}

{
  const { found, dynamic } = regexesInSources();

  test('the regex scan finds the regular expressions of the letter model', () => {
    assert.ok(found.length >= 30, `only ${found.length} regular expressions found in server/src`);
    assert.ok(found.some((r) => r.where.startsWith('server/src/letter/items.ts')));
  });

  test('every dynamically built RegExp in server/src has been reviewed', () => {
    const unreviewed = [...new Set(dynamic)].filter((f) => !REVIEWED_DYNAMIC[f]);
    assert.deepEqual(
      unreviewed,
      [],
      'new RegExp(<expression>) here: make sure its patterns are safe and list the file in REVIEWED_DYNAMIC',
    );
  });

  test('every regular expression in server/src matches in a number of steps linear in its input', { timeout: 1_800_000 }, () => {
    const all = new Map<string, Found>();
    const built = regexesBuiltAtRunTime();
    // The dynamic sites really were captured (the quantity patterns, built when their module loads).
    assert.ok(
      built.some((r) => r.source.includes('(?:times|x|visits?|sessions?|treatments?)')),
      'the quantity patterns were built under the proxy',
    );
    for (const r of [...found, ...built]) if (!all.has(`${r.source}/${r.flags}`)) all.set(`${r.source}/${r.flags}`, r);
    const known: Record<string, Verdict> = existsSync(VERDICTS) && !UPDATE ? JSON.parse(readFileSync(VERDICTS, 'utf8')) : {};
    const verdicts: Record<string, Verdict> = {};
    const problems: string[] = [];
    let analysed = 0;
    for (const [key, r] of [...all].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const v = known[key] ?? (analysed++, analyse(r));
      verdicts[key] = v;
      if (v.status === 'safe' || reviewed(key)) continue;
      problems.push(`/${key} (${r.where}): ${v.status}${v.complexity ? `, ${v.complexity}` : ''}${v.attack ? ` on ${v.attack}` : ''}`);
    }
    if (UPDATE) writeFileSync(VERDICTS, JSON.stringify(verdicts, null, 1) + '\n');
    else if (analysed)
      console.log(`${analysed} patterns not in ${relative(ROOT, VERDICTS)} were analysed: IMR_UPDATE_REGEX_VERDICTS=1 records them`);
    assert.deepEqual(problems, [], 'a super-linear pattern: make it linear, or bound its input and list it in REVIEWED_POLYNOMIAL');
    // A reviewed exception that is gone or now linear is dropped from the list.
    const flagged = Object.entries(verdicts)
      .filter(([, v]) => v.status === 'vulnerable')
      .map(([k]) => k);
    assert.deepEqual(
      REVIEWED_POLYNOMIAL.filter((r) => !flagged.some((k) => k.startsWith(r.starts))).map((r) => r.starts),
      [],
      'REVIEWED_POLYNOMIAL lists patterns that are gone or linear',
    );
  });

  test('the step analysis tells a linear pattern from a catastrophic one', () => {
    assert.equal(analyse({ source: '^(?:a+)+$', flags: '' }).complexity, 'exponential');
    assert.equal(analyse({ source: '\\s*x\\s*$', flags: '' }).complexity, 'polynomial 2');
    assert.equal(analyse({ source: '^Decision rationale:\\s*', flags: 'm' }).status, 'safe');
  });
}
