import type { PairwiseMoments } from './pairwise.js';

/** How figures gathered apart are put in order when added: by row number, or part after part. */
export type MergeOrder = 'rows' | 'parts';

/**
 * The pairwise moments of k items folded in one row at a time, so that no row is kept: per item, the
 * rows that answered it, their sum and sum of squares; per pair, the cross products (a missing value
 * counts as 0, so only answered pairs add) and what each item loses over the rows where the other is
 * missing. Answers are whole numbers, so every sum is an exact integer in a double, and tallies of
 * separate rows add up to the tally of them all, in any order.
 *
 * Also kept, per item: its first answer and that row's number, since PairwiseMoments shift each
 * item by its first observed value and the item means (shift + sum / n) round by that shift.
 */
export class PairwiseTally {
  readonly k: number;
  readonly answered: Float64Array;
  readonly total: Float64Array;
  readonly totalSquares: Float64Array;
  /** (i, j), i < j: sum of products over the rows where both are answered. */
  readonly cross: Float64Array;
  /** (i, j): over the rows where i is answered and j missing, how many, and i's sum and sum of squares. */
  readonly lostCount: Float64Array;
  readonly lostSum: Float64Array;
  readonly lostSquares: Float64Array;
  /** Per item: the row number of its first answer (Infinity: none yet), and that answer. */
  readonly firstRow: Float64Array;
  readonly firstValue: Float64Array;
  private readonly value: Float64Array;
  private readonly missing: Int32Array;

  constructor(k: number) {
    this.k = k;
    this.answered = new Float64Array(k);
    this.total = new Float64Array(k);
    this.totalSquares = new Float64Array(k);
    this.cross = new Float64Array(k * k);
    this.lostCount = new Float64Array(k * k);
    this.lostSum = new Float64Array(k * k);
    this.lostSquares = new Float64Array(k * k);
    this.firstRow = new Float64Array(k).fill(Infinity);
    this.firstValue = new Float64Array(k);
    this.value = new Float64Array(k);
    this.missing = new Int32Array(k);
  }

  /** Folds in row number `row`: item c's value is `values[positions[c]]` (NaN: missing). */
  add(values: Float64Array, positions: Int32Array, row: number): void {
    const { k, value, missing, cross } = this;
    let gaps = 0;
    for (let c = 0; c < k; c++) {
      const x = values[positions[c]!]!;
      if (x === x) {
        value[c] = x;
        if (row < this.firstRow[c]!) {
          this.firstRow[c] = row;
          this.firstValue[c] = x;
        }
        this.answered[c]!++;
        this.total[c]! += x;
        this.totalSquares[c]! += x * x;
      } else {
        value[c] = 0;
        missing[gaps++] = c;
      }
    }
    for (let i = 0; i < k - 1; i++) {
      const vi = value[i]!;
      if (vi === 0) continue; // missing, or a 0 answer: adds nothing
      const start = i * k;
      for (let j = i + 1; j < k; j++) cross[start + j]! += vi * value[j]!;
    }
    for (let g = 0; g < gaps; g++) {
      const j = missing[g]!;
      let next = 0;
      for (let i = 0; i < k; i++) {
        if (next < gaps && missing[next] === i) {
          next++;
          continue;
        }
        const vi = value[i]!;
        const ij = i * k + j;
        this.lostCount[ij]!++;
        this.lostSum[ij]! += vi;
        this.lostSquares[ij]! += vi * vi;
      }
    }
  }

  /**
   * Adds another tally of other rows. An item's first answer is the earlier row's (`rows`), or, when
   * the rows are taken part after part (`parts`, this tally's before the other's), this tally's own
   * unless it has none.
   */
  merge(other: PairwiseTally, order: MergeOrder): void {
    addInto(this.answered, other.answered);
    addInto(this.total, other.total);
    addInto(this.totalSquares, other.totalSquares);
    addInto(this.cross, other.cross);
    addInto(this.lostCount, other.lostCount);
    addInto(this.lostSum, other.lostSum);
    addInto(this.lostSquares, other.lostSquares);
    for (let c = 0; c < this.k; c++) {
      const takes = order === 'rows' ? other.firstRow[c]! < this.firstRow[c]! : this.firstRow[c] === Infinity;
      if (takes) {
        this.firstRow[c] = other.firstRow[c]!;
        this.firstValue[c] = other.firstValue[c]!;
      }
    }
  }

  /**
   * The PairwiseMoments of the same rows taken in the same order: shifted by each item's
   * first answer, found from these sums exactly (integers all the way).
   */
  moments(): PairwiseMoments {
    const { k } = this;
    const shift = new Float64Array(k);
    for (let i = 0; i < k; i++) shift[i] = this.firstRow[i] === Infinity ? 0 : this.firstValue[i]!;
    const count = new Float64Array(k * k);
    const sum = new Float64Array(k * k);
    const sumSquares = new Float64Array(k * k);
    const cross = new Float64Array(k * k);
    // Over the rows where both i and j are answered: n, and i's raw sum and sum of squares.
    const pairN = (i: number, j: number) => this.answered[i]! - this.lostCount[i * k + j]!;
    const pairSum = (i: number, j: number) => this.total[i]! - this.lostSum[i * k + j]!;
    const pairSquares = (i: number, j: number) => this.totalSquares[i]! - this.lostSquares[i * k + j]!;
    for (let i = 0; i < k; i++) {
      const si = shift[i]!;
      for (let j = 0; j < k; j++) {
        const ij = i * k + j;
        const n = pairN(i, j);
        const s = pairSum(i, j);
        count[ij] = n;
        sum[ij] = s - n * si;
        sumSquares[ij] = pairSquares(i, j) - 2 * si * s + n * si * si;
      }
      cross[i * k + i] = sumSquares[i * k + i]!;
      for (let j = i + 1; j < k; j++) {
        const sj = shift[j]!;
        const n = pairN(i, j);
        const value = this.cross[i * k + j]! - sj * pairSum(i, j) - si * pairSum(j, i) + n * si * sj;
        cross[i * k + j] = value;
        cross[j * k + i] = value;
      }
    }
    return { k, shift, count, sum, sumSquares, cross };
  }
}

function addInto(to: Float64Array, from: Float64Array): void {
  for (let i = 0; i < to.length; i++) to[i]! += from[i]!;
}
