import type { ItemMatrix } from './matrix.js';

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

/**
 * Accumulates pairwise moments of the given columns over the given rows in one pass. A missing
 * value counts as 0 in the cross products, which then need no per-pair bookkeeping at all; the
 * per-item totals are kept once, and for each missing value only what the items present in that
 * row lose from their pairs with it is subtracted afterwards. So a row costs the same k(k-1)/2
 * products whether or not it has gaps, plus k per missing value.
 */
export function pairwiseMoments(matrix: ItemMatrix, columns: ArrayLike<number>, rows: ArrayLike<number>): PairwiseMoments {
  const k = columns.length;
  const width = matrix.columns;
  const data = matrix.values;
  const shift = firstObserved(matrix, columns, rows);
  const count = new Float64Array(k * k);
  const sum = new Float64Array(k * k);
  const sumSquares = new Float64Array(k * k);
  const cross = new Float64Array(k * k); // upper triangle while accumulating

  const answered = new Float64Array(k);
  const total = new Float64Array(k);
  const totalSquares = new Float64Array(k);
  // (i, j): over the rows where i is present and j is missing, how many, and i's sum and sum of squares.
  const lostCount = new Float64Array(k * k);
  const lostSum = new Float64Array(k * k);
  const lostSquares = new Float64Array(k * k);
  const value = new Float64Array(k);
  const missing = new Int32Array(k);

  for (let r = 0; r < rows.length; r++) {
    const base = rows[r]! * width;
    let gaps = 0;
    for (let c = 0; c < k; c++) {
      const v = data[base + columns[c]!]!;
      if (v === v) {
        // not NaN
        const x = v - shift[c]!;
        value[c] = x;
        answered[c]!++;
        total[c]! += x;
        totalSquares[c]! += x * x;
      } else {
        value[c] = 0;
        missing[gaps++] = c;
      }
    }
    for (let i = 0; i < k; i++) {
      const vi = value[i]!;
      if (vi === 0) continue; // a missing value, or one equal to the shift: adds nothing
      const rowStart = i * k;
      for (let j = i + 1; j < k; j++) cross[rowStart + j]! += vi * value[j]!;
    }
    for (let g = 0; g < gaps; g++) {
      const j = missing[g]!;
      let next = 0; // the next missing position, skipped as i
      for (let i = 0; i < k; i++) {
        if (next < gaps && missing[next] === i) {
          next++;
          continue;
        }
        const vi = value[i]!;
        const ij = i * k + j;
        lostCount[ij]!++;
        lostSum[ij]! += vi;
        lostSquares[ij]! += vi * vi;
      }
    }
  }

  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const ij = i * k + j;
      count[ij] = answered[i]! - lostCount[ij]!;
      sum[ij] = total[i]! - lostSum[ij]!;
      sumSquares[ij] = totalSquares[i]! - lostSquares[ij]!;
    }
    cross[i * k + i] = totalSquares[i]!;
    for (let j = i + 1; j < k; j++) cross[j * k + i] = cross[i * k + j]!;
  }
  return { k, shift, count, sum, sumSquares, cross };
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

function firstObserved(matrix: ItemMatrix, columns: ArrayLike<number>, rows: ArrayLike<number>): Float64Array {
  const shift = new Float64Array(columns.length);
  for (let c = 0; c < columns.length; c++) {
    for (let r = 0; r < rows.length; r++) {
      const v = matrix.values[rows[r]! * matrix.columns + columns[c]!]!;
      if (!Number.isNaN(v)) {
        shift[c] = v;
        break;
      }
    }
  }
  return shift;
}
