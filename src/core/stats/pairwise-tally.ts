import type { PairwiseMoments } from './pairwise.js';
import { PatternCounts } from './pattern-counts.js';

/**
 * Three cross products share a double, 17 bits apart (51 in all: exact), for items whose values are
 * whole numbers from 0 to `max`: a row adds at most max^2 to a lane, so lanes are moved out into
 * the sums every (2^17 - 1) / max^2 rows, before one could reach the next.
 */
const LANE = 2 ** 17;
const LANES = 3;
/** Rows between moves below which sharing is not worth it (max over 45). */
const MIN_PACKED_ROWS = 64;

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
 *
 * Given the items' scales, rows are counted by their pattern of answers (./pattern-counts.ts) and
 * the sums worked out per pattern when they are wanted: the same whole numbers, at a fraction of
 * the cost per row.
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
  private readonly patterns: PatternCounts | undefined;
  /** The latest row among the first answers (Infinity while an item has none): a later row changes none. */
  private firstBound = Infinity;
  private readonly inOrder: Int32Array;
  /** With values 0 .. max: per row the values LANES to a double, and per item i and such double the products summed since the last move. */
  private readonly packing: { max: number; every: number; rows: number; words: Float64Array; sums: Float64Array } | undefined;

  /** `scale`: per item, its scale's lowest point and number of points, when rows are to be counted by pattern. */
  constructor(k: number, scale?: { mins: Int32Array; points: Int32Array }) {
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
    this.patterns = scale && new PatternCounts(scale.mins, scale.points);
    this.inOrder = Int32Array.from({ length: k }, (_, c) => c);
    let max = 0;
    let lowest = 0;
    for (let c = 0; c < k; c++) {
      max = Math.max(max, scale ? scale.mins[c]! + scale.points[c]! - 1 : Infinity);
      lowest = Math.min(lowest, scale ? scale.mins[c]! : -Infinity);
    }
    const every = Math.floor((LANE - 1) / Math.max(1, max * max));
    const words = Math.ceil(k / LANES);
    this.packing = lowest >= 0 && every >= MIN_PACKED_ROWS && k > LANES ? { max, every, rows: 0, words: new Float64Array(words), sums: new Float64Array(k * words) } : undefined;
  }

  /** Folds in row number `row`: item c's value is `values[positions[c]]` (NaN: missing). */
  add(values: Float64Array, positions: Int32Array, row: number): void {
    if (row < this.firstBound) this.noteFirsts(values, positions, row);
    if (this.patterns?.add(values, positions)) return;
    this.addRow(values, positions, 1);
  }

  private noteFirsts(values: Float64Array, positions: Int32Array, row: number): void {
    let bound = -Infinity;
    for (let c = 0; c < this.k; c++) {
      const x = values[positions[c]!]!;
      if (x === x && row < this.firstRow[c]!) {
        this.firstRow[c] = row;
        this.firstValue[c] = x;
      }
      bound = Math.max(bound, this.firstRow[c]!);
    }
    this.firstBound = bound;
  }

  /** Adds `times` rows of these values to the sums. */
  private addRow(values: Float64Array, positions: Int32Array, times: number): void {
    const { k, value, missing, cross, packing } = this;
    let gaps = 0;
    let packs = times === 1 && packing !== undefined;
    for (let c = 0; c < k; c++) {
      const x = values[positions[c]!]!;
      if (x === x) {
        value[c] = x;
        if (packs && !(x >= 0 && x <= packing!.max && (x | 0) === x)) packs = false;
        this.answered[c]! += times;
        this.total[c]! += times * x;
        this.totalSquares[c]! += times * x * x;
      } else {
        value[c] = 0;
        missing[gaps++] = c;
      }
    }
    if (packs) this.addPacked(packing!);
    else {
      for (let i = 0; i < k - 1; i++) {
        const vi = value[i]!;
        if (vi === 0) continue; // missing, or a 0 answer: adds nothing
        const start = i * k;
        const wi = times * vi;
        for (let j = i + 1; j < k; j++) cross[start + j]! += wi * value[j]!;
      }
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
        this.lostCount[ij]! += times;
        this.lostSum[ij]! += times * vi;
        this.lostSquares[ij]! += times * vi * vi;
      }
    }
  }

  /** The cross products of the row in `value`, LANES at a time (see LANE). */
  private addPacked(packing: NonNullable<PairwiseTally['packing']>): void {
    const { k, value } = this;
    const { words, sums } = packing;
    const count = words.length;
    for (let w = 0, c = 0; w < count; w++, c += LANES) words[w] = value[c]! + (value[c + 1] ?? 0) * LANE + (value[c + 2] ?? 0) * LANE * LANE;
    for (let i = 0; i < k - 1; i++) {
      const vi = value[i]!;
      if (vi === 0) continue;
      // Products with the items after i: from the double that holds item i + 1 on (lanes of j <= i are never read).
      const start = i * count;
      for (let w = Math.floor((i + 1) / LANES); w < count; w++) sums[start + w]! += vi * words[w]!;
    }
    if (++packing.rows === packing.every) this.unpack(packing);
  }

  /** Moves the lanes' products into `cross`. */
  private unpack(packing: NonNullable<PairwiseTally['packing']>): void {
    const { k, cross } = this;
    const { sums } = packing;
    const count = packing.words.length;
    for (let i = 0; i < k - 1; i++) {
      for (let w = Math.floor((i + 1) / LANES); w < count; w++) {
        let rest = sums[i * count + w]!;
        for (let lane = LANES - 1; lane >= 0; lane--) {
          const unit = LANE ** lane;
          const part = Math.floor(rest / unit);
          rest -= part * unit;
          const j = w * LANES + lane;
          if (j > i && j < k) cross[i * k + j]! += part;
        }
      }
    }
    sums.fill(0);
    packing.rows = 0;
  }

  /** The rows counted by pattern or packed, added to the sums. */
  private settle(): void {
    this.patterns?.drain((values, times) => this.addRow(values, this.inOrder, times));
    if (this.packing) this.unpack(this.packing);
  }

  /**
   * Adds another tally of other rows. An item's first answer is the earlier row's (`rows`), or, when
   * the rows are taken part after part (`parts`, this tally's before the other's), this tally's own
   * unless it has none.
   */
  merge(other: PairwiseTally, order: MergeOrder): void {
    this.settle();
    other.settle();
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
    this.firstBound = Math.max(...this.firstRow);
  }

  /**
   * The PairwiseMoments of the same rows taken in the same order: shifted by each item's
   * first answer, found from these sums exactly (integers all the way).
   */
  moments(): PairwiseMoments {
    this.settle();
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
