import { rateSplit, type TextPart } from '../letter';
import type { Rule } from './types';
import { itemRule } from './helpers/util';
import { partialCounts, strengthNumbers, strengthsOf, type Count } from '../letter';

const same = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

export const partialAuthorizationMismatch: Rule = itemRule({
  id: 'IMR025',
  name: 'partial-authorization-mismatch',
  category: 'decision',
  description: 'In a partly authorised request, original − authorised ≠ remaining, or the strengths differ.',
  defaultLevel: 'warning',
  docs: `When the Claims Administrator authorised part of a request, the header states the arithmetic: "X was the original request. Y was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Z is: Upheld". The numbers must add up (original − authorised = remaining: "Cyclobenzaprine 7.5mg #90 ... #63 ... #27"), and a drug's strength is the same in all three (a real letter reads "Trezix 320.5" in one place and "30.5" in another). Otherwise the decision covers a quantity nobody requested.

Counts are read as "#N", "N sessions/visits", "N times a week for M weeks", "times N", "(N)" totals and number words. When the parts differ in a rate ("Home health care 12 hours per day for 4 weeks", 6 hours per day authorised, 6 hours per day remaining), the rate is what was split and is what must add up (hours per day, hours or days per week, times per day or week). Requests whose parts cannot be compared (different items, refills) are not checked. The quick fix rewrites the remaining count when it is a single number.

Measured with \`node scripts/measure-rules.mjs\` on the 146 corpus letters in both extractions (292 texts; 339 items in each extraction) and the 5 seed letters, findings labelled in test/fixtures/finding-labels.json: 0 findings (the one real strength mismatch known, Trezix 320.5 against 30.5, is in a letter outside the corpus).`,
  example: {
    bad: 'Baclofen 100mg #30 was the original request. Baclofen 100mg #27 was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Baclofen 100mg #13 is: Upheld',
    good: 'Baclofen 100mg #30 was the original request. Baclofen 100mg #27 was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Baclofen 100mg #3 is: Upheld',
  },
  checkItem(letter, item, report) {
    const p = item.partial;
    if (!p?.original || !p.authorized) return;
    const parts = [p.original, p.authorized, ...(p.form === 'remaining' && p.remaining ? [p.remaining] : [])];
    // Strengths: every part that names one names the same (a unit may be left out in one of them).
    const strengths = parts.map((x) => ({
      part: x,
      n: strengthNumbers(x.text),
      shown: strengthsOf(x.text)
        .map((s) => s.text)
        .join(', '),
    }));
    const withStrength = strengths.filter((x) => x.n !== undefined);
    const ref = withStrength.find((x) => x.shown) ?? withStrength[0];
    const odd = withStrength.find((x) => x !== ref && !same(x.n!, ref.n!));
    if (ref && odd && strengthsOf(ref.part.text).length > 0) {
      const show = (x: typeof ref) => x.shown || x.n!.join('/');
      report({
        span: odd.part.span,
        message: `The strength differs between the parts of this partly authorised request: "${show(ref)}" and "${show(odd)}".`,
        related: [{ span: ref.part.span, message: show(ref) }],
      });
      return;
    }
    // A split rate: original − authorised = remaining in that rate ("12 hours per day" − 6 = 6).
    const rate = p.form === 'remaining' && p.remaining ? rateSplit(p.original.text, p.authorized.text, p.remaining.text) : undefined;
    if (rate && p.remaining) {
      if (rate.original - rate.authorized !== rate.remaining) {
        report({
          span: p.remaining.span,
          message: `The remaining portion should be ${rate.original - rate.authorized} ${rate.unit} (original ${rate.original} − authorised ${rate.authorized}), not ${rate.remaining}.`,
        });
      }
      return;
    }
    const counts = partialCounts(p);
    if (!counts) return;
    const { original: o, authorized: a, remaining: r, remainingPart } = counts;
    if (o.value - a.value === r.value) return;
    const expected = o.value - a.value;
    if (expected < 0) {
      report({ span: p.authorized.span, message: `More was authorised (${a.value}) than originally requested (${o.value}).` });
      return;
    }
    report({
      span: remainingPart.span,
      message: `The remaining portion should be ${expected} (original ${o.value} − authorised ${a.value}), not ${r.value}.`,
      fixes: fixFor(letter.text, remainingPart, r, expected),
    });
  },
});

function fixFor(text: string, remaining: TextPart, count: Count, expected: number) {
  if (!count.token) return undefined;
  // The count's token is relative to the collapsed text: find it in the document by its text near the same place.
  const doc = text.slice(remaining.span.start, remaining.span.end);
  const collapsedBefore = remaining.text.slice(0, count.token.start);
  const occurrences = collapsedBefore.split(count.token.text).length - 1;
  let at = -1;
  for (let k = 0, from = 0; k <= occurrences; k++) {
    at = findWord(doc, count.token.text, from);
    if (at < 0) return undefined;
    from = at + count.token.text.length;
  }
  const word = /^\d+$/.test(count.token.text) ? String(expected) : numberWord(expected, count.token.text);
  if (word === undefined) return undefined;
  const start = remaining.span.start + at;
  return [
    { title: `Change the remaining count to ${word}`, edits: [{ span: { start, end: start + count.token.text.length }, newText: word }] },
  ];
}

function findWord(s: string, w: string, from: number): number {
  const re = new RegExp(`(?<![\\w])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'gi');
  re.lastIndex = from;
  return re.exec(s)?.index ?? -1;
}

const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
function numberWord(n: number, like: string): string | undefined {
  const w = WORDS[n];
  if (!w) return String(n);
  return like[0] === like[0].toUpperCase() ? w[0].toUpperCase() + w.slice(1) : w;
}
