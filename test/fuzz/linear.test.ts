// Work linear in the input, checked by counting work, never by timing it (speed is `npm run bench`'s): for
// each input shape, the work for 8n is compared with the work for n. Work is what the built-in string, regex
// and array operations touch (test/fuzz/work.ts): characters scanned, elements visited. Linear code gives a
// ratio near 8 and quadratic code near 64, so a ratio above 16 fails; the counts are the same on every run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../server/src/letter';
import { lint, RULES } from '../../server/src/rules';
import { documentSymbols } from '../../server/src/features/symbols';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { realTexts } from './mutate';
import { countWork } from './work';

const GROWTH = 8;
const MAX_RATIO = 16;

const letter = realTexts()[0];
const head = letter.slice(0, Math.max(0, letter.indexOf('IMR ISSUES'))) + 'IMR ISSUES, DECISIONS AND RATIONALES\n';
const item =
  'Norco 10/325mg #120: Upheld\nClaims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2009, Section(s): Opioids.\nMAXIMUS guideline: Decision based on Non-MTUS Citation ODG.\nDecision rationale: The request is not medically necessary.\n';
const partial =
  'Norco 10/325mg #120 was the original request. Norco 10/325mg #60 was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Norco 10/325mg #60 is: Upheld\n';

/** Input shapes: text for `k` units of repetition. */
const SHAPES: { name: string; n: number; build: (k: number) => string }[] = [
  { name: 'items', n: 400, build: (k) => head + item.repeat(k) },
  { name: 'item headers without fields', n: 1000, build: (k) => head + 'Norco 10/325mg #120: Upheld\n'.repeat(k) },
  { name: 'partial authorisation headers', n: 300, build: (k) => head + (partial + item.slice(item.indexOf('\n') + 1)).repeat(k) },
  { name: 'whole letters one after another', n: 4, build: (k) => letter.repeat(k) },
  { name: 'one long line of letter text', n: 4, build: (k) => letter.replace(/\r\n|\r|\n/g, ' ').repeat(k) },
  { name: 'CR-only line ends', n: 4, build: (k) => letter.replace(/\r\n|\n/g, '\r').repeat(k) },
  {
    name: 'a whitespace run in a rationale',
    n: 40_000,
    build: (k) => head + item.replace('Decision rationale:', `Decision rationale:${' '.repeat(k)}`),
  },
  {
    name: 'citations in one field',
    n: 200,
    build: (k) =>
      head +
      'X: Upheld\nClaims Administrator guideline: ' +
      'Decision based on MTUS Low Back Complaints 2004, Section(s): Surgical Considerations, '.repeat(k) +
      '\n',
  },
  {
    name: 'a long Section(s) list',
    n: 1000,
    build: (k) =>
      head +
      'X: Upheld\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2009, Section(s): ' +
      'Opioids, Weaning of Medications, '.repeat(k) +
      '\n',
  },
  { name: 'lines ending in a colon', n: 4000, build: (k) => head + 'Request for something:\n'.repeat(k) },
  { name: 'header labels', n: 2000, build: (k) => 'Case Number: Date Assigned: Application\nReceived: '.repeat(k) },
  {
    name: 'rationale sentences',
    n: 400,
    build: (k) => head + item.replace('The request is not medically necessary.', 'It is not medically necessary. '.repeat(k)),
  },
];

/** Shapes whose work grows faster than linearly, as "name: work(n) -> work(8n)". */
function superLinear(work: (text: string) => void): string[] {
  const out: string[] = [];
  for (const s of SHAPES) {
    const small = s.build(s.n);
    const large = s.build(s.n * GROWTH);
    // Once first, so that work done only once per process (tables built on first use) counts in neither.
    work(small);
    const a = countWork(() => work(small));
    const b = countWork(() => work(large));
    if (b / a > MAX_RATIO)
      out.push(`${s.name}: ${a} -> ${b} units of work for ${GROWTH}x the input (${large.length} chars), ${(b / a).toFixed(1)}x`);
  }
  return out;
}

test('the letter model parses in time linear in the input', { timeout: 600_000 }, () => {
  assert.deepEqual(
    superLinear((t) => parseLetter(t)),
    [],
  );
});

test('the rules and the outline run in time linear in the input', { timeout: 600_000 }, () => {
  assert.deepEqual(
    superLinear((t) => {
      const l = parseLetter(t);
      toDiagnostics(l, lint(l, RULES), 'file:///x.imr');
      documentSymbols(l);
    }),
    [],
  );
});

test('the count of work tells linear code from quadratic code', () => {
  const lines = (k: number): string => 'Decision rationale: not medically necessary.\n'.repeat(k);
  // Linear: one pass of split and regex. Quadratic: for every line, a search from the start of the text.
  const linear = (t: string): void => void t.split('\n').filter((l) => /necessary/.test(l));
  const quadratic = (t: string): void => void t.split('\n').forEach((_l, i) => t.indexOf(`${i}`.repeat(40)));
  const ratio = (f: (t: string) => void): number => countWork(() => f(lines(100 * GROWTH))) / countWork(() => f(lines(100)));
  assert.ok(ratio(linear) < MAX_RATIO / 1.5, `linear: ${ratio(linear)}`);
  assert.ok(ratio(quadratic) > MAX_RATIO * 2, `quadratic: ${ratio(quadratic)}`);
});
