import { dictionary } from '../dictionary.js';
import { describe, type Descriptive } from './descriptive.js';
import { exactMean, exactSampleVariance } from './exact-moments.js';
import type { ValueCounts } from './value-counts.js';

export interface ScoreSummary extends Descriptive {
  /** Respondents in the selection without a score (too few items answered). */
  unscored: number;
  /** Band id -> respondents in it, every band listed (0 when empty), lowest band first. */
  bands: Record<string, number>;
}

/**
 * The cohort figures of one theme or facet: n, mean, sample SD, min, median, max of the person
 * scores (NaN = no score), and the count in each band (`bandIndex[r]` is the index into `bandIds`
 * of person r's band, NaN for none).
 */
export function summariseScores(scores: ArrayLike<number>, bandIndex: ArrayLike<number>, bandIds: readonly string[]): ScoreSummary {
  const summary = describe(scores);
  const counts = new Array<number>(bandIds.length).fill(0);
  for (let r = 0; r < bandIndex.length; r++) {
    const band = bandIndex[r]!;
    if (!Number.isNaN(band)) counts[band]!++;
  }
  const bands = dictionary(bandIds.map((id, i) => [id, counts[i]!] as const));
  return { ...summary, unscored: scores.length - summary.n, bands };
}

/**
 * The same figures from scores counted by value (`rows` respondents in the selection): n, min,
 * median and max as summariseScores finds them, and the mean and SD computed exactly from the
 * counts and rounded once, where summariseScores adds the scores up one by one.
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
