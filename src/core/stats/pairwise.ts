/**
 * Sums over pairwise-complete observations, from which R's cov(x, use = "pairwise") and
 * cor(x, use = "pairwise") follow exactly. Every array is k x k, row-major; entry (i, j) covers the
 * rows where items i and j are both answered, and (i, i) the rows where item i is answered.
 * Values are shifted by a constant per item (its first observed value) before summing: that leaves
 * every covariance unchanged but keeps the sums small, so sum-of-products formulas lose no precision
 * (and stay exact integers for answers on a scale).
 */
export interface PairwiseMoments {
  readonly k: number;
  readonly shift: Float64Array;
  /** Rows where both items are present. Symmetric. */
  readonly count: Float64Array;
  /** (i, j): sum of item i's shifted values over the rows where i and j are both present. */
  readonly sum: Float64Array;
  /** (i, j): sum of item i's squared shifted values over the same rows. */
  readonly sumSquares: Float64Array;
  /** Sum of products of the shifted values of i and j. Symmetric. */
  readonly cross: Float64Array;
}

/** Moments of a subset of the items (a facet within its theme), in the order given. */
export function selectMoments(m: PairwiseMoments, items: ArrayLike<number>): PairwiseMoments {
  const k = items.length;
  const pick = (from: Float64Array) => {
    const to = new Float64Array(k * k);
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) to[a * k + b] = from[items[a]! * m.k + items[b]!]!;
    return to;
  };
  const shift = new Float64Array(k);
  for (let a = 0; a < k; a++) shift[a] = m.shift[items[a]!]!;
  return { k, shift, count: pick(m.count), sum: pick(m.sum), sumSquares: pick(m.sumSquares), cross: pick(m.cross) };
}

/**
 * Covariance matrix as R's cov(x, use = "pairwise"): each entry from its own pairwise-complete rows,
 * with their own means and an n - 1 denominator; NaN where fewer than 2 rows have both items.
 */
export function pairwiseCovariance(m: PairwiseMoments): Float64Array {
  const { k, count, sum, cross } = m;
  const cov = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      const ij = i * k + j;
      const n = count[ij]!;
      // n * cross - sum_i * sum_j is exact for whole-number answers; one division rounds it.
      const value = n < 2 ? NaN : (n * cross[ij]! - sum[ij]! * sum[j * k + i]!) / (n * (n - 1));
      cov[ij] = value;
      cov[j * k + i] = value;
    }
  }
  return cov;
}

/**
 * Correlation matrix as R's cor(x, use = "pairwise"): each entry from its own pairwise-complete rows
 * (their own means and SDs); NaN where either item has no variance on those rows.
 */
export function pairwiseCorrelation(m: PairwiseMoments): Float64Array {
  const { k, count, sum, sumSquares, cross } = m;
  const cor = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      const ij = i * k + j;
      const ji = j * k + i;
      const n = count[ij]!;
      const si = sum[ij]!;
      const sj = sum[ji]!;
      const varI = n * sumSquares[ij]! - si * si;
      const varJ = n * sumSquares[ji]! - sj * sj;
      if (n < 2 || varI <= 0 || varJ <= 0) {
        cor[ij] = cor[ji] = NaN;
        continue;
      }
      if (i === j) {
        cor[ij] = 1;
        continue;
      }
      let value = (n * cross[ij]! - si * sj) / Math.sqrt(varI * varJ);
      // As R does: rounding can carry a correlation a hair past +-1.
      if (value > 1) value = 1;
      else if (value < -1) value = -1;
      cor[ij] = value;
      cor[ji] = value;
    }
  }
  return cor;
}
