import { statisticsFromMoments, type ItemStatistics } from '../../../src/core/stats/item-statistics.js';
import type { PairwiseMoments } from '../../../src/core/stats/pairwise.js';
import type { ItemMatrix } from './matrix.js';

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

/** Per-item n, missing, mean and SD and the pairwise-complete covariances of the given columns and rows. */
export function itemStatistics(matrix: ItemMatrix, columns: ArrayLike<number>, rows: ArrayLike<number>): ItemStatistics {
  return statisticsFromMoments(pairwiseMoments(matrix, columns, rows), rows.length);
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
