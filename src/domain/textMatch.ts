/** Fuzzy text comparison for labels people type by hand. */

/**
 * Levenshtein distance, capped at max + 1 when a finite `max` is given. With a cap only the
 * diagonal band the answer can lie in is kept (2·max + 1 cells a row), so two pasted
 * 30,000-letter cells cost a few hundred thousand steps, not a billion.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (!Number.isFinite(max)) return fullDistance(a, b);
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const over = max + 1;
  const width = 2 * max + 1;
  // Row i keeps columns j = i - max … i + max at index j - i + max.
  let prev = Array.from({ length: width }, (_, k) => {
    const j = k - max;
    return j < 0 || j > b.length ? over : j;
  });
  let cur = new Array<number>(width);
  for (let i = 1; i <= a.length; i++) {
    let rowMin = over;
    for (let k = 0; k < width; k++) {
      const j = i + k - max;
      if (j < 0 || j > b.length) {
        cur[k] = over;
        continue;
      }
      if (j === 0) cur[k] = Math.min(i, over);
      else {
        const del = k + 1 < width ? prev[k + 1] + 1 : over;
        const ins = k > 0 ? cur[k - 1] + 1 : over;
        const sub = prev[k] + (a[i - 1] === b[j - 1] ? 0 : 1);
        cur[k] = Math.min(del, ins, sub, over);
      }
      if (cur[k] < rowMin) rowMin = cur[k];
    }
    if (rowMin > max) return over;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length - a.length + max];
}

function fullDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** 1 for equal strings, 0 for nothing in common, by edit distance over the longer length. */
export function similarity(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  return n === 0 ? 1 : 1 - editDistance(a, b) / n;
}
