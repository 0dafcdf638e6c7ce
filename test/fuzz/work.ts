// Counts the work a piece of code does, without a clock: the built-in string, regex and array operations it
// calls are wrapped for the duration, each adding what it touches (characters scanned from where it started,
// elements visited or copied). Regex work is counted once, in exec, which test, match, matchAll, replace,
// search and split all go through while it is wrapped. Plain loops are not seen; the operations inside them are.
type Cost = (self: unknown, args: unknown[], result: unknown) => number;

const len = (x: unknown): number => (x as { length?: number })?.length ?? 0;
const scanned = (self: unknown, from: unknown, found: unknown, needle: unknown): number => {
  const start = typeof from === 'number' ? Math.max(0, from) : 0;
  return (typeof found === 'number' && found >= 0 ? found + len(needle) : len(self)) - start + 1;
};

const STRING: Record<string, Cost> = {
  indexOf: (s, [n, from], r) => scanned(s, from, r, n),
  includes: (s, [n, from]) => len(s) - (typeof from === 'number' ? from : 0) + len(n),
  lastIndexOf: (s) => len(s),
  slice: (_s, _a, r) => len(r) + 1,
  substring: (_s, _a, r) => len(r) + 1,
  split: (s) => len(s) + 1,
  toLowerCase: (s) => len(s) + 1,
  toUpperCase: (s) => len(s) + 1,
  trim: (s) => len(s) + 1,
  normalize: (s) => len(s) + 1,
  repeat: (_s, _a, r) => len(r) + 1,
};
const ARRAY: Record<string, Cost> = Object.fromEntries(
  [
    'map',
    'filter',
    'forEach',
    'some',
    'every',
    'find',
    'findIndex',
    'findLast',
    'reduce',
    'indexOf',
    'includes',
    'join',
    'slice',
    'concat',
    'sort',
    'flatMap',
    'reverse',
  ].map((m) => [m, (self: unknown, _a: unknown[], r: unknown) => len(self) + (m === 'concat' ? len(r) : 0) + 1]),
);

let total = 0;

function wrap(proto: object, costs: Record<string, Cost>): () => void {
  const saved: [string, PropertyDescriptor][] = [];
  for (const [name, cost] of Object.entries(costs)) {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (!d || typeof d.value !== 'function') continue;
    const original = d.value as (...a: unknown[]) => unknown;
    saved.push([name, d]);
    Object.defineProperty(proto, name, {
      ...d,
      value: function (this: unknown, ...args: unknown[]) {
        const r = original.apply(this, args);
        total += cost(this, args, r);
        return r;
      },
    });
  }
  return () => saved.forEach(([name, d]) => Object.defineProperty(proto, name, d));
}

/** The units of work `run` does. Not reentrant; the wrappers are removed before it returns. */
export function countWork(run: () => void): number {
  const exec = Object.getOwnPropertyDescriptor(RegExp.prototype, 'exec')!;
  const original = exec.value as (s: string) => RegExpExecArray | null;
  Object.defineProperty(RegExp.prototype, 'exec', {
    ...exec,
    value: function (this: RegExp, input: string) {
      const from = this.global || this.sticky ? this.lastIndex : 0;
      const m = original.call(this, input);
      total += (m ? m.index + m[0].length : len(input)) - from + 1;
      return m;
    },
  });
  const restore = [wrap(String.prototype, STRING), wrap(Array.prototype, ARRAY)];
  total = 0;
  try {
    run();
    return total;
  } finally {
    Object.defineProperty(RegExp.prototype, 'exec', exec);
    restore.forEach((r) => r());
  }
}
