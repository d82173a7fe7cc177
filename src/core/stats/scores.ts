import { dictionary } from '../dictionary.js';
import { describe, type Descriptive } from './descriptive.js';

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
