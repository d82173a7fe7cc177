import { dictionary } from '../dictionary.js';
import { exactMean, exactSampleVariance } from './exact-moments.js';
import type { ValueCounts } from './value-counts.js';

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

export interface ScoreSummary extends Descriptive {
  /** Respondents in the selection without a score (too few items answered). */
  unscored: number;
  /** Band id -> respondents in it, every band listed (0 when empty), lowest band first. */
  bands: Record<string, number>;
}

/**
 * The same figures from scores counted by value (`rows` respondents in the selection): n, min,
 * median and max, and the mean and SD computed exactly from the
 * counts and rounded once: the same whatever the order of the rows.
 */
export function summariseCounts(scores: ValueCounts, bandCounts: ArrayLike<number>, rows: number, bandIds: readonly string[]): ScoreSummary {
  const { values, counts } = scores.sorted();
  const n = scores.n;
  const bands = dictionary(bandIds.map((id, i) => [id, bandCounts[i]!] as const));
  if (n === 0) return { n, mean: null, sd: null, min: null, median: null, max: null, unscored: rows, bands };
  const mean = exactMean(values, counts);
  const mid = n >> 1;
  const upper = nthValue(values, counts, mid);
  const median = n % 2 === 1 ? upper : (nthValue(values, counts, mid - 1) + upper) / 2;
  return {
    n,
    mean,
    sd: n > 1 ? Math.sqrt(exactSampleVariance(values, counts, mean)) : null,
    min: values[0]!,
    median,
    max: values[values.length - 1]!,
    unscored: rows - n,
    bands,
  };
}

/** The k-th smallest (0-based) of values counted by value, in ascending order. */
export function nthValue(values: ArrayLike<number>, counts: ArrayLike<number>, k: number): number {
  let seen = 0;
  for (let i = 0; i < values.length; i++) {
    seen += counts[i]!;
    if (k < seen) return values[i]!;
  }
  throw new RangeError(`no value ${k} among ${seen}`);
}
