// A seeded random source: the same seed gives the same dataset, so two runs (or SQLite and
// PostgreSQL) measure the same rows.
export type Rng = {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
  // Minutes until a reply: log-normal, so most answers come within hours and a tail takes days.
  logNormal(median: number, spread: number): number;
};

export function rng(seed = 20261122): Rng {
  let s = seed >>> 0;
  const next = () => {
    // mulberry32
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const gauss = () => Math.sqrt(-2 * Math.log(next() || 1e-12)) * Math.cos(2 * Math.PI * next());
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    weighted(choices) {
      const total = choices.reduce((sum, [, w]) => sum + w, 0);
      let x = next() * total;
      for (const [value, w] of choices) if ((x -= w) < 0) return value;
      return choices[choices.length - 1][0];
    },
    logNormal: (median, spread) => median * Math.exp(spread * gauss()),
  };
}

// Ids shaped like Prisma's cuids (25 lowercase alphanumerics starting with "c"), unique per run.
let counter = 0;
export function cuid(r: Rng): string {
  counter++;
  let tail = "";
  while (tail.length < 16) tail += Math.floor(r.next() * 36).toString(36);
  return `c${counter.toString(36).padStart(8, "0")}${tail}`;
}
