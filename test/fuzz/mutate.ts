// Hostile variations of real letters, as fast-check arbitraries: lines deleted, duplicated, swapped and
// truncated, letters spliced together, words misspelt or re-cased, random characters, NULs, lone
// surrogates, and the line ends switched to CR only or CRLF.
import fc from 'fast-check';
import { allRealLetters } from '../helpers/letters';

let cache: string[] | undefined;
/** Every real letter's text (corpus in both extractions, and the seeds). */
export function realTexts(): string[] {
  cache ??= allRealLetters().map((l) => l.text);
  return cache;
}

/** How many cases each property runs: IMR_FUZZ_COUNT (set by `npm run fuzz -- --count N`) or the CI default. */
export function fuzzCount(ciDefault: number): number {
  const n = Number(process.env.IMR_FUZZ_COUNT);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : ciDefault;
}

/** The seed every run uses, so CI tests the same cases on every run. */
export const FIXED_SEED = 20161209;

/**
 * One random seed per run (scripts/test.mjs picks it and prints it; a bare `node --test` picks its own), so
 * runs also explore new cases; a failure under it is replayed with `npm run fuzz -- --seed N`.
 */
const RANDOM_SEED = Number(process.env.IMR_FUZZ_RANDOM_SEED) || Math.floor(Math.random() * 0x7fffffff) + 1;

/**
 * The seeds a property of `numRuns` cases runs with: IMR_FUZZ_SEED alone (a replay), else the fixed seed and
 * the random one, the random one with half the cases (it adds variety; the fixed one is the guarantee).
 */
export function fuzzSeeds(numRuns: number): { seed: number; numRuns: number }[] {
  const replay = Number(process.env.IMR_FUZZ_SEED);
  if (process.env.IMR_FUZZ_SEED && Number.isInteger(replay)) return [{ seed: replay, numRuns }];
  return [
    { seed: FIXED_SEED, numRuns },
    { seed: RANDOM_SEED, numRuns: Math.ceil(numRuns / 2) },
  ];
}

/** The message that says how to replay a failed seed, put in front of fast-check's own. */
function replayable(e: unknown, seed: number, numRuns: number): unknown {
  if (e instanceof Error)
    e.message = `fuzz seed ${seed} failed; replay with: npm run fuzz -- --seed ${seed} --count ${numRuns}\n${e.message}`;
  return e;
}

/** fc.assert under each of fuzzSeeds(), each failure naming the command that replays it. */
export function fuzzAssert<Ts>(property: fc.IProperty<Ts>, params: fc.Parameters<Ts> & { numRuns: number }): void;
export function fuzzAssert<Ts>(property: fc.IAsyncProperty<Ts>, params: fc.Parameters<Ts> & { numRuns: number }): Promise<void>;
export function fuzzAssert<Ts>(
  property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>,
  params: fc.Parameters<Ts> & { numRuns: number },
): void | Promise<void> {
  const runs = fuzzSeeds(params.numRuns);
  if (property.isAsync()) {
    return runs.reduce<Promise<void>>(
      (done, { seed, numRuns }) =>
        done.then(() =>
          fc
            .assert(property as fc.IAsyncProperty<Ts>, { ...params, seed, numRuns })
            .catch((e: unknown) => Promise.reject(replayable(e, seed, numRuns))),
        ),
      Promise.resolve(),
    );
  }
  for (const { seed, numRuns } of runs) {
    try {
      fc.assert(property as fc.IProperty<Ts>, { ...params, seed, numRuns });
    } catch (e) {
      throw replayable(e, seed, numRuns);
    }
  }
}

export type Mutation =
  | { op: 'delete'; at: number; count: number }
  | { op: 'duplicate'; at: number; count: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'truncate'; at: number }
  | { op: 'splice'; other: number; at: number; otherAt: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'word'; at: number; how: 'delete' | 'double' | 'upper' | 'lower' | 'transpose' }
  | { op: 'outcome'; at: number; word: string }
  | { op: 'lineEnds'; to: '\r' | '\r\n' | '\n' };

const ratio = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

/** Odd characters: NUL, lone surrogates, form feeds, BOM, no-break and zero-width spaces, CR alone, emoji. */
const oddChar = fc.constantFrom(
  '\u0000',
  '\ud800',
  '\udfff',
  '\f',
  '\ufeff',
  '\u00a0',
  '\u200b',
  '\r',
  '\u2028',
  '\ud83d\ude00',
  '\t',
  '\u000b',
  ':',
  '.',
);
const insertion = fc.oneof(
  fc.string({ maxLength: 20, unit: oddChar }),
  fc.string({ maxLength: 40, unit: 'binary' }),
  fc.constantFrom(
    'Upheld',
    'Overturned',
    ': Upheld',
    'Decision rationale:',
    'MAXIMUS guideline:',
    'Claims Administrator guideline:',
    'IMR ISSUES, DECISIONS AND RATIONALES',
    'Decision based on MTUS',
    ', Section(s): ',
    'Page(s): 24-',
    'is not medically necessary.',
    'was the original request.',
    'Case Number:',
    '\n\n\n',
    ':\n',
  ),
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: ratio, count: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: ratio, count: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ op: fc.constant('swap' as const), at: ratio, with: ratio }),
  fc.record({ op: fc.constant('truncate' as const), at: ratio }),
  fc.record({ op: fc.constant('splice' as const), other: fc.nat(), at: ratio, otherAt: ratio }),
  fc.record({ op: fc.constant('insert' as const), at: ratio, text: insertion }),
  fc.record({
    op: fc.constant('word' as const),
    at: ratio,
    how: fc.constantFrom('delete' as const, 'double' as const, 'upper' as const, 'lower' as const, 'transpose' as const),
  }),
  fc.record({
    op: fc.constant('outcome' as const),
    at: ratio,
    word: fc.constantFrom('', 'Uphold', 'upheld', 'OVERTURNED', 'Denied', 'Partially overturned', 'Upheld Upheld', 'Overturned.'),
  }),
  fc.record({ op: fc.constant('lineEnds' as const), to: fc.constantFrom('\r' as const, '\r\n' as const, '\n' as const) }),
);

const LINE_RE = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
function linesOf(text: string): string[] {
  const out = text.match(LINE_RE) ?? [];
  if (out.length && out[out.length - 1] === '') out.pop();
  return out;
}

export function applyMutation(text: string, m: Mutation): string {
  const texts = realTexts();
  const lines = linesOf(text);
  const line = (r: number): number => Math.floor(r * lines.length);
  const at = (r: number): number => Math.floor(r * (text.length + 1));
  switch (m.op) {
    case 'delete':
      return [...lines.slice(0, line(m.at)), ...lines.slice(line(m.at) + m.count)].join('');
    case 'duplicate': {
      const i = line(m.at);
      return [...lines.slice(0, i + m.count), ...lines.slice(i, i + m.count), ...lines.slice(i + m.count)].join('');
    }
    case 'swap': {
      const copy = [...lines];
      const i = line(m.at);
      const j = line(m.with);
      if (i < copy.length && j < copy.length) [copy[i], copy[j]] = [copy[j], copy[i]];
      return copy.join('');
    }
    case 'truncate':
      return text.slice(0, at(m.at));
    case 'splice': {
      const other = texts[m.other % texts.length];
      return text.slice(0, at(m.at)) + other.slice(Math.floor(m.otherAt * other.length));
    }
    case 'insert':
      return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at));
    case 'word': {
      const words = [...text.matchAll(/[A-Za-z]{2,}/g)];
      if (!words.length) return text;
      const w = words[Math.floor(m.at * words.length)];
      const s = w[0];
      const changed =
        m.how === 'delete'
          ? ''
          : m.how === 'double'
            ? `${s} ${s}`
            : m.how === 'upper'
              ? s.toUpperCase()
              : m.how === 'lower'
                ? s.toLowerCase()
                : s[1] + s[0] + s.slice(2);
      return text.slice(0, w.index) + changed + text.slice(w.index! + s.length);
    }
    case 'outcome': {
      const words = [...text.matchAll(/\b(?:Upheld|Overturned)\b/g)];
      if (!words.length) return text;
      const w = words[Math.floor(m.at * words.length)];
      return text.slice(0, w.index) + m.word + text.slice(w.index! + w[0].length);
    }
    case 'lineEnds':
      return text.replace(/\r\n|\r|\n/g, m.to);
  }
}

export interface MutatedLetter {
  readonly base: number;
  readonly mutations: readonly Mutation[];
  readonly text: string;
}

/** A real letter with 0 to `max` mutations applied in turn. */
export function mutatedLetter(max = 5): fc.Arbitrary<MutatedLetter> {
  return fc.record({ base: fc.nat(), mutations: fc.array(mutation, { maxLength: max }) }).map(({ base, mutations }) => {
    const texts = realTexts();
    let text = texts[base % texts.length];
    for (const m of mutations) text = applyMutation(text, m);
    return { base: base % texts.length, mutations, text };
  });
}

/** Inputs of the sizes the issue names, built from real letters: a 1 MB line, 100,000 items, and other extremes. */
export function giantInputs(): { name: string; text: string }[] {
  const letter = realTexts()[0];
  const oneLine = letter.replace(/\r\n|\r|\n/g, ' ');
  const item =
    'Norco 10/325mg #120: Upheld\nClaims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2009, Section(s): Opioids.\nMAXIMUS guideline: Decision based on Non-MTUS Citation ODG.\nDecision rationale: The request is not medically necessary.\n';
  const head =
    letter.slice(0, letter.indexOf('IMR ISSUES') > 0 ? letter.indexOf('IMR ISSUES') : 0) + 'IMR ISSUES, DECISIONS AND RATIONALES\n';
  const items = process.env.IMR_FUZZ_COUNT ? 100_000 : 20_000;
  return [
    { name: 'a 1 MB line of letter text', text: oneLine.repeat(Math.ceil(1048576 / oneLine.length)) },
    {
      name: 'a 1 MB line of spaces inside a letter',
      text: letter.replace('Decision rationale:', `Decision rationale:${' '.repeat(1048576)}x`),
    },
    { name: 'a 1 MB line of colons', text: ':'.repeat(1048576) },
    // 100,000 full items are 21 MB, beyond what the server analyses by default: `npm run fuzz` only; CI uses 20,000.
    { name: `${items.toLocaleString('en-US')} items`, text: head + item.repeat(items) },
    { name: '100,000 item headers without fields', text: head + 'Norco 10/325mg #120: Upheld\n'.repeat(100_000) },
    { name: '100,000 blank lines', text: '\n'.repeat(100_000) + letter },
    { name: '100,000 CR-only line ends', text: '\r'.repeat(100_000) },
    { name: 'a letter repeated 200 times', text: letter.repeat(200) },
    {
      name: '20,000 citations in one field',
      text:
        head +
        'X: Upheld\nClaims Administrator guideline: ' +
        'Decision based on MTUS Low Back Complaints 2004, Section(s): Surgical Considerations, '.repeat(20_000) +
        '\n',
    },
    {
      name: 'a 1 MB Section(s) list',
      text:
        head +
        'X: Upheld\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2009, Section(s): ' +
        'Opioids, '.repeat(110_000) +
        '\n',
    },
    { name: '1 MB of NULs and lone surrogates', text: '\u0000\ud800'.repeat(524288) },
  ];
}
