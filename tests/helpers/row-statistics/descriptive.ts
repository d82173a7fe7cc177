import type { Descriptive } from '../../../src/core/stats/scores.js';

/** n, mean, sample SD, min, median and max of the non-missing values (NaN is missing). */
export function describe(values: ArrayLike<number>): Descriptive {
  const present = new Float64Array(values.length);
  let n = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    present[n++] = v;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (n === 0) return { n, mean: null, sd: null, min: null, median: null, max: null };
  const mean = sum / n;
  // Two passes, as R's var(): summing squared deviations from the mean avoids the cancellation
  // of sum(x^2) - n * mean^2.
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (present[i]! - mean) ** 2;
  return { n, mean, sd: n > 1 ? Math.sqrt(squares / (n - 1)) : null, min, median: median(present.subarray(0, n)), max };
}

/** The median, by selection rather than sorting (linear time); reorders `values`. */
function median(values: Float64Array): number {
  const mid = values.length >> 1;
  const upper = select(values, mid);
  if (values.length % 2 === 1) return upper;
  // After selection everything before `mid` is at most `upper`: the lower middle is their maximum.
  let lower = -Infinity;
  for (let i = 0; i < mid; i++) if (values[i]! > lower) lower = values[i]!;
  return (lower + upper) / 2;
}

/** The k-th smallest value (0-based), moving smaller values before k and larger after (Hoare). */
function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (hi > lo) {
    const pivot = medianOfThree(a[lo]!, a[(lo + hi) >> 1]!, a[hi]!);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break; // between j and i every value equals the pivot
  }
  return a[k]!;
}

function medianOfThree(a: number, b: number, c: number): number {
  return a < b ? (b < c ? b : Math.max(a, c)) : a < c ? a : Math.max(b, c);
}
