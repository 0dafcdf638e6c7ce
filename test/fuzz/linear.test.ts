// Time linear in the input, checked without absolute timings: for each input shape, the time for 8n is
// compared with the time for n in the same process. Each time is the fastest of several runs (noise only
// ever adds time), and the bound is generous: linear work gives a ratio near 8, quadratic work near 64, so a
// ratio above 24 fails. The small size is grown until it takes tens of milliseconds, far above timer noise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { parseLetter } from '../../server/src/letter';
import { lint, RULES } from '../../server/src/rules';
import { documentSymbols } from '../../server/src/features/symbols';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { realTexts } from './mutate';

const GROWTH = 8;
const MAX_RATIO = 24;
const RUNS = 3;

const letter = realTexts()[0];
const head = letter.slice(0, Math.max(0, letter.indexOf('IMR ISSUES'))) + 'IMR ISSUES, DECISIONS AND RATIONALES\n';
const item =
  'Norco 10/325mg #120: Upheld\nClaims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2009, Section(s): Opioids.\nMAXIMUS guideline: Decision based on Non-MTUS Citation ODG.\nDecision rationale: The request is not medically necessary.\n';
const partial = 'Norco 10/325mg #120 was the original request. Norco 10/325mg #60 was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Norco 10/325mg #60 is: Upheld\n';

/** Input shapes: text for `k` units of repetition. */
const SHAPES: { name: string; n: number; build: (k: number) => string }[] = [
  { name: 'items', n: 400, build: (k) => head + item.repeat(k) },
  { name: 'item headers without fields', n: 1000, build: (k) => head + 'Norco 10/325mg #120: Upheld\n'.repeat(k) },
  { name: 'partial authorisation headers', n: 300, build: (k) => head + (partial + item.slice(item.indexOf('\n') + 1)).repeat(k) },
  { name: 'whole letters one after another', n: 4, build: (k) => letter.repeat(k) },
  { name: 'one long line of letter text', n: 4, build: (k) => letter.replace(/\r\n|\r|\n/g, ' ').repeat(k) },
  { name: 'CR-only line ends', n: 4, build: (k) => letter.replace(/\r\n|\n/g, '\r').repeat(k) },
  { name: 'a whitespace run in a rationale', n: 40_000, build: (k) => head + item.replace('Decision rationale:', `Decision rationale:${' '.repeat(k)}`) },
  { name: 'citations in one field', n: 200, build: (k) => head + 'X: Upheld\nClaims Administrator guideline: ' + 'Decision based on MTUS Low Back Complaints 2004, Section(s): Surgical Considerations, '.repeat(k) + '\n' },
  { name: 'a long Section(s) list', n: 1000, build: (k) => head + 'X: Upheld\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2009, Section(s): ' + 'Opioids, Weaning of Medications, '.repeat(k) + '\n' },
  { name: 'lines ending in a colon', n: 4000, build: (k) => head + 'Request for something:\n'.repeat(k) },
  { name: 'header labels', n: 2000, build: (k) => 'Case Number: Date Assigned: Application\nReceived: '.repeat(k) },
  { name: 'rationale sentences', n: 400, build: (k) => head + item.replace('The request is not medically necessary.', 'It is not medically necessary. '.repeat(k)) },
];

function fastest(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Shapes whose work grows faster than linearly, as "name: t(n) ms -> t(8n) ms". */
function superLinear(work: (text: string) => void): string[] {
  const out: string[] = [];
  for (const s of SHAPES) {
    // Grow the small size until it takes long enough to measure (tens of milliseconds).
    let n = s.n;
    let a = fastest(() => work(s.build(n)));
    while (a < 10 && n < s.n * 64) {
      n *= 2;
      const small = s.build(n);
      a = fastest(() => work(small));
    }
    const large = s.build(n * GROWTH);
    const b = fastest(() => work(large));
    if (b / a > MAX_RATIO) out.push(`${s.name}: ${a.toFixed(1)} ms -> ${b.toFixed(1)} ms for ${GROWTH}x the input (${large.length} chars)`);
  }
  return out;
}

test('the letter model parses in time linear in the input', { timeout: 600_000 }, () => {
  assert.deepEqual(superLinear((t) => parseLetter(t)), []);
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
