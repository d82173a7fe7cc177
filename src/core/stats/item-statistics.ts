import { pairwiseCovariance, type PairwiseMoments } from './pairwise.js';

export interface ItemSummary {
  /** Rows where the item was answered. */
  n: number;
  missing: number;
  mean: number | null;
  /** Sample SD (n - 1). */
  sd: number | null;
}

export interface ItemStatistics {
  items: ItemSummary[];
  /** Pairwise-complete covariance matrix, k x k row-major (R's cov(x, use = "pairwise")). */
  covariance: Float64Array;
  /** The sums behind it, for the statistics of a subset of the items without another pass. */
  moments: PairwiseMoments;
}

/** Per-item n, missing, mean and SD and the pairwise-complete covariances, from pairwise moments (a facet's picked from its theme's). */
export function statisticsFromMoments(moments: PairwiseMoments, rows: number): ItemStatistics {
  const covariance = pairwiseCovariance(moments);
  const { k, count, sum, shift } = moments;
  const items: ItemSummary[] = [];
  for (let i = 0; i < k; i++) {
    const ii = i * k + i;
    const n = count[ii]!;
    const variance = covariance[ii]!;
    items.push({
      n,
      missing: rows - n,
      mean: n > 0 ? shift[i]! + sum[ii]! / n : null,
      sd: Number.isNaN(variance) ? null : Math.sqrt(variance),
    });
  }
  return { items, covariance, moments };
}
