/**
 * A small seeded pseudo-random generator for sample data. Math.random cannot be seeded, and
 * sample plans must be reproducible: a failing test or a bug report names a seed, and the
 * same seed must rebuild the same workbook on any machine.
 *
 * The core is sfc32 (Chris Doty-Humphrey's Small Fast Chaotic generator), seeded through
 * splitmix32 so that neighbouring seeds (1, 2, 3 …) still start far apart.
 */

export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** Uniform integer in [min, max] that is a multiple of step (min and max should be multiples too). */
  step(min: number, max: number, step: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** Pick by relative weight; items with weight ≤ 0 are never chosen. */
  weighted<T>(items: readonly T[], weightOf: (item: T) => number): T;
  /** A shuffled copy; the input is left alone. */
  shuffle<T>(items: readonly T[]): T[];
  /** n distinct items in random order (all of them when n ≥ length). */
  sample<T>(items: readonly T[], n: number): T[];
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new RangeError(`Seed must be a finite number, got ${seed}`);
  // Fold fractional and large seeds into 32 bits without losing the high part entirely.
  const folded = (Math.trunc(seed) ^ Math.trunc(seed / 0x100000000)) >>> 0;
  const mix = splitmix32(folded);
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();

  const nextU32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // The first outputs of a freshly seeded sfc32 are still correlated with the seed.
  for (let i = 0; i < 12; i++) nextU32();

  const next = (): number => nextU32() / 0x100000000;

  const int = (min: number, max: number): number => {
    if (max < min) throw new RangeError(`int(${min}, ${max}): max < min`);
    return min + Math.floor(next() * (max - min + 1));
  };

  const rng: Rng = {
    next,
    int,
    step(min, max, step) {
      if (step <= 0) throw new RangeError(`step must be positive, got ${step}`);
      return min + step * int(0, Math.floor((max - min) / step));
    },
    pick(items) {
      if (items.length === 0) throw new RangeError("pick from an empty list");
      return items[Math.floor(next() * items.length)];
    },
    chance(p) {
      return next() < p;
    },
    weighted(items, weightOf) {
      let total = 0;
      for (const it of items) total += Math.max(0, weightOf(it));
      if (!(total > 0)) throw new RangeError("weighted pick with no positive weight");
      let r = next() * total;
      for (const it of items) {
        const w = Math.max(0, weightOf(it));
        if (r < w) return it;
        r -= w;
      }
      // Float rounding can leave r a hair above the last bucket.
      for (let i = items.length - 1; i >= 0; i--) if (weightOf(items[i]) > 0) return items[i];
      throw new RangeError("unreachable");
    },
    shuffle(items) {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const t = out[i];
        out[i] = out[j];
        out[j] = t;
      }
      return out;
    },
    sample(items, n) {
      return rng.shuffle(items).slice(0, Math.max(0, n));
    },
  };
  return rng;
}

/** A precomputed weighted table for hot loops: O(log n) picks instead of a linear scan. */
export class WeightedTable<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(
    private readonly items: readonly T[],
    weightOf: (item: T) => number,
  ) {
    let sum = 0;
    for (const it of items) {
      sum += Math.max(0, weightOf(it));
      this.cumulative.push(sum);
    }
    if (!(sum > 0)) throw new RangeError("WeightedTable with no positive weight");
    this.total = sum;
  }

  pick(rng: Rng): T {
    const r = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
}
