// Every regular expression in server/src is run against adversarial inputs (its unbounded repetitions pumped
// 20,000 characters long, with suffixes that make the match fail) in a worker thread. A linear regex answers
// such an input in well under a millisecond; a quadratic one needs about a second and an exponential one
// never returns. So the budget (250 ms, best of two) is 100x above linear and far below polynomial, and a
// watchdog kills the worker when one regex does not come back at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import ts from 'typescript';
import { attackStrings, runRegex, type RegexUnderTest } from '../fuzz/regex-attacks';
import { ROOT, allRealLetters } from '../helpers/letters';

const LENGTH = 20_000;
const BUDGET_MS = 250;
const WATCHDOG_MS = 20_000;

interface Found extends RegexUnderTest {
  readonly where: string;
}

/**
 * `new RegExp(<expression>)` sites whose pattern is built at run time, with why the built patterns are safe.
 * Their actual patterns are captured at run time and tested as well; a new dynamic site fails the test until
 * it is reviewed and listed here.
 */
const REVIEWED_DYNAMIC: Record<string, string> = {
  'server/src/letter/citations.ts': 'chapter labels from the kb, escaped, words joined by \\s+, anchored with ^: one path per input',
  'server/src/rules/partial-authorization-mismatch.ts': 'one escaped literal word between (?<![\\w]) and (?![\\w]): no repetition at all',
  'server/src/letter/detect.ts': 'escaped literal labels from letter/labels.ts joined by |, after ^\\s* or alone: no nested repetition',
  'server/src/letter/quantities.ts': 'built at load from constant fragments (NUM, RANGE, UNIT); captured when the server modules load and tested below',
  'server/src/letter/namedRequest.ts': 'one escaped literal word (a request\'s first name word, letters and hyphens) after \\b: no repetition at all',
  'server/src/letter/amounts.ts': 'built at load from constant fragments (number words, units); captured when the server modules load and tested below',
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
        const literal = (e: ts.Expression | undefined): string | undefined => (e && (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) ? e.text : undefined);
        const src = literal(pattern);
        if (src !== undefined && (flags === undefined || literal(flags) !== undefined)) found.push({ source: src, flags: literal(flags) ?? '', where: where(n) });
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
      if (typeof args[0] === 'string') built.set(`${re.source}/${re.flags}`, { source: re.source, flags: re.flags, where: 'built at run time' });
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
    require('../../server/src/server');
    for (const l of allRealLetters().slice(0, 40)) lint(parseLetter(l.text), RULES);
  } finally {
    globalThis.RegExp = Original;
  }
  return [...built.values()];
}

interface SlowReport {
  readonly index: number;
  readonly ms: number;
  readonly input: string;
}

function checkInWorker(): void {
  const { regexes } = workerData as { regexes: Found[] };
  regexes.forEach((r, index) => {
    parentPort!.postMessage({ type: 'start', index });
    const re = new RegExp(r.source, r.flags);
    for (const input of attackStrings(r, LENGTH)) {
      const time = (): number => {
        const t0 = performance.now();
        runRegex(re, input);
        return performance.now() - t0;
      };
      let ms = time();
      if (ms > BUDGET_MS) ms = Math.min(ms, time());
      if (ms > BUDGET_MS) {
        const shown = JSON.stringify(input.slice(0, 40)) + (input.length > 40 ? `... (${input.length} chars, ends ${JSON.stringify(input.slice(-3))})` : '');
        parentPort!.postMessage({ type: 'slow', index, ms: Math.round(ms), input: shown } satisfies SlowReport & { type: string });
        break;
      }
    }
  });
  parentPort!.postMessage({ type: 'done' });
}

function checkAll(regexes: readonly Found[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const problems: string[] = [];
    const worker = new Worker(__filename, { workerData: { regexes } });
    let current = -1;
    let watchdog: NodeJS.Timeout;
    const arm = (): void => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        const r = regexes[current];
        problems.push(`/${r.source}/${r.flags} (${r.where}) did not finish on an adversarial input within ${WATCHDOG_MS / 1000} s (polynomial or exponential backtracking)`);
        void worker.terminate().then(() => resolve(problems));
      }, WATCHDOG_MS);
    };
    arm();
    worker.on('message', (m: { type: string } & SlowReport) => {
      if (m.type === 'start') {
        current = m.index;
        arm();
      } else if (m.type === 'slow') {
        const r = regexes[m.index];
        problems.push(`/${r.source}/${r.flags} (${r.where}) took ${m.ms} ms on ${m.input}`);
      } else if (m.type === 'done') {
        clearTimeout(watchdog);
        void worker.terminate().then(() => resolve(problems));
      }
    });
    worker.on('error', (e) => {
      clearTimeout(watchdog);
      reject(e);
    });
  });
}

if (isMainThread) {
  const { found, dynamic } = regexesInSources();

  test('the regex scan finds the regular expressions of the letter model', () => {
    assert.ok(found.length >= 30, `only ${found.length} regular expressions found in server/src`);
    assert.ok(found.some((r) => r.where.startsWith('server/src/letter/items.ts')));
  });

  test('every dynamically built RegExp in server/src has been reviewed', () => {
    const unreviewed = [...new Set(dynamic)].filter((f) => !REVIEWED_DYNAMIC[f]);
    assert.deepEqual(unreviewed, [], 'new RegExp(<expression>) here: make sure its patterns are safe and list the file in REVIEWED_DYNAMIC');
  });

  test('no regular expression in server/src backtracks catastrophically', { timeout: 300_000 }, async () => {
    const all = new Map<string, Found>();
    const built = regexesBuiltAtRunTime();
    // The dynamic sites really were captured (the quantity patterns, built when their module loads).
    assert.ok(built.some((r) => r.source.includes('(?:times|x|visits?|sessions?)')), 'the quantity patterns were built under the proxy');
    for (const r of [...found, ...built]) if (!all.has(`${r.source}/${r.flags}`)) all.set(`${r.source}/${r.flags}`, r);
    const problems = await checkAll([...all.values()]);
    assert.deepEqual(problems, []);
  });
} else {
  checkInWorker();
}
