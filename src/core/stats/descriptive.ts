/** Summary of a set of numbers; every figure is null when there are none (sd also when only one). */
export interface Descriptive {
  n: number;
  mean: number | null;
  /** Sample standard deviation (n - 1 denominator), as R's sd(). */
  sd: number | null;
  min: number | null;
  median: number | null;
  max: number | null;
}

/** n, mean, sample SD, min, median and max of the non-missing values (NaN is missing). */
export function describe(values: ArrayLike<number>): Descriptive {
  const sorted = presentValues(values).sort();
  const n = sorted.length;
  if (n === 0) return { n, mean: null, sd: null, min: null, median: null, max: null };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i]!;
  const mean = sum / n;
  // Two passes, as R's var(): summing squared deviations from the mean avoids the cancellation
  // of sum(x^2) - n * mean^2.
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (sorted[i]! - mean) ** 2;
  const mid = n >> 1;
  return {
    n,
    mean,
    sd: n > 1 ? Math.sqrt(squares / (n - 1)) : null,
    min: sorted[0]!,
    median: n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2,
    max: sorted[n - 1]!,
  };
}

function presentValues(values: ArrayLike<number>): Float64Array {
  const present = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) present[n++] = v;
  }
  return present.subarray(0, n);
}
