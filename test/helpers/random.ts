// A small seeded generator for tests that need repeatable "random" edits (same seed, same edits, every run).
export function seededRandom(seed: number): { random: () => number; pick: <T>(list: readonly T[]) => T } {
  let state = seed;
  const random = (): number => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  return { random, pick: (list) => list[Math.floor(random() * list.length)] };
}
