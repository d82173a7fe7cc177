import { FixedSums, scaledToNumber } from './fixed-sums.js';

/**
 * What psych's raw.r and the correlations between sections need, folded in one row at a time with no
 * row kept, and exact (FixedSums), so that tallies of separate rows merge into the tally of them all
 * to the last bit:
 *
 * - per section, its row total as psych::alpha() takes it (the unweighted mean of the answered keyed
 *   items, rowMeans(x, na.rm = TRUE)), with per item the cross products item x total over the rows
 *   that answered the item, and what the total loses over the rows that skipped it;
 * - per pair of sections, the cross products of the person scores (as scored: weights, method and
 *   minimum answered applied) over the rows scored on both, and per ordered pair what the first
 *   loses over the rows the second is unscored.
 */
export class ScaleTally {
  /** Per section: the positions of its items among the keyed values. */
  readonly sections: readonly Int32Array[];
  /** Per section: rows with a total (any item answered), and sum of total and total squared. */
  readonly totalRows: Float64Array;
  readonly totals: FixedSums;
  /** Per section item (offsets in itemStart): rows answered, sum and sum of squares of the item (integers). */
  readonly itemStart: Int32Array;
  readonly itemRows: Float64Array;
  readonly itemSum: Float64Array;
  readonly itemSquares: Float64Array;
  /** Per section item, 3 sums: item x total where answered; total and total squared where skipped (but the total is there). */
  readonly itemTotals: FixedSums;
  readonly itemLost: Float64Array;
  /** Per section: scored rows, and (FixedSums, 2 per section) sum of scores and of squares. */
  readonly scoreRows: Float64Array;
  readonly scoreSums: FixedSums;
  /** Per pair (g < h): sum of score products over the rows scored on both. */
  readonly scoreCross: FixedSums;
  /** Per ordered pair (g, h): rows scored on g but not h, and over them (FixedSums, 2 each) g's sum and sum of squares. */
  readonly scoreLostRows: Float64Array;
  readonly scoreLost: FixedSums;
  private readonly scored: Int32Array;
  private readonly unscored: Int32Array;

  constructor(sections: readonly Int32Array[]) {
    this.sections = sections;
    const s = sections.length;
    this.totalRows = new Float64Array(s);
    this.totals = new FixedSums(2 * s);
    this.itemStart = new Int32Array(s + 1);
    sections.forEach((positions, g) => {
      this.itemStart[g + 1] = this.itemStart[g]! + positions.length;
    });
    const items = this.itemStart[s]!;
    this.itemRows = new Float64Array(items);
    this.itemSum = new Float64Array(items);
    this.itemSquares = new Float64Array(items);
    this.itemTotals = new FixedSums(3 * items);
    this.itemLost = new Float64Array(items);
    this.scoreRows = new Float64Array(s);
    this.scoreSums = new FixedSums(2 * s);
    this.scoreCross = new FixedSums(s * s);
    this.scoreLostRows = new Float64Array(s * s);
    this.scoreLost = new FixedSums(2 * s * s);
    this.scored = new Int32Array(s);
    this.unscored = new Int32Array(s);
  }

  /** Folds in a row: keyed values by position (NaN: skipped), and each section's score at scores[2 * g] (NaN: unscored). */
  add(keyed: Float64Array, scores: Float64Array): void {
    const { sections, itemStart, itemTotals } = this;
    for (let g = 0; g < sections.length; g++) {
      const positions = sections[g]!;
      let answered = 0;
      let sum = 0;
      for (let c = 0; c < positions.length; c++) {
        const x = keyed[positions[c]!]!;
        if (x === x) {
          answered++;
          sum += x;
        }
      }
      if (answered === 0) continue;
      const total = sum / answered;
      const squared = total * total;
      this.totalRows[g]!++;
      this.totals.add(2 * g, total);
      this.totals.add(2 * g + 1, squared);
      for (let c = 0, at = itemStart[g]!; c < positions.length; c++, at++) {
        const x = keyed[positions[c]!]!;
        if (x === x) {
          this.itemRows[at]!++;
          this.itemSum[at]! += x;
          this.itemSquares[at]! += x * x;
          itemTotals.add(3 * at, x * total);
        } else {
          this.itemLost[at]!++;
          itemTotals.add(3 * at + 1, total);
          itemTotals.add(3 * at + 2, squared);
        }
      }
    }
    const s = sections.length;
    let scored = 0;
    let unscored = 0;
    for (let g = 0; g < s; g++) {
      const score = scores[2 * g]!;
      if (score === score) {
        this.scored[scored++] = g;
        this.scoreRows[g]!++;
        this.scoreSums.add(2 * g, score);
        this.scoreSums.add(2 * g + 1, score * score);
      } else this.unscored[unscored++] = g;
    }
    for (let a = 0; a < scored; a++) {
      const g = this.scored[a]!;
      const sg = scores[2 * g]!;
      for (let b = a + 1; b < scored; b++) this.scoreCross.add(g * s + this.scored[b]!, sg * scores[2 * this.scored[b]!]!);
      for (let b = 0; b < unscored; b++) {
        const gh = g * s + this.unscored[b]!;
        this.scoreLostRows[gh]!++;
        this.scoreLost.add(2 * gh, sg);
        this.scoreLost.add(2 * gh + 1, sg * sg);
      }
    }
  }

  merge(other: ScaleTally): void {
    addInto(this.totalRows, other.totalRows);
    this.totals.merge(other.totals);
    addInto(this.itemRows, other.itemRows);
    addInto(this.itemSum, other.itemSum);
    addInto(this.itemSquares, other.itemSquares);
    this.itemTotals.merge(other.itemTotals);
    addInto(this.itemLost, other.itemLost);
    addInto(this.scoreRows, other.scoreRows);
    this.scoreSums.merge(other.scoreSums);
    this.scoreCross.merge(other.scoreCross);
    addInto(this.scoreLostRows, other.scoreLostRows);
    this.scoreLost.merge(other.scoreLost);
  }

  /**
   * Per item of section g, psych::alpha()'s raw.r: cor(total, item, use = "pairwise"), the total
   * over all the section's items; NaN where it is undefined (fewer than 2 rows, no variance).
   */
  itemTotalCorrelations(g: number): Float64Array {
    const start = this.itemStart[g]!;
    const k = this.sections[g]!.length;
    const out = new Float64Array(k);
    const sumT = this.totals.exact(2 * g);
    const sumT2 = this.totals.exact(2 * g + 1);
    for (let c = 0; c < k; c++) {
      const at = start + c;
      const n = this.itemRows[at]!;
      out[c] = correlation(n, BigInt(this.itemSum[at]!) << 64n, BigInt(this.itemSquares[at]!) << 64n, sumT - this.itemTotals.exact(3 * at + 1), sumT2 - this.itemTotals.exact(3 * at + 2), this.itemTotals.exact(3 * at));
    }
    return out;
  }

  /** cor(score_g, score_h, use = "pairwise") of the person scores, with its n; NaN where undefined. */
  scoreCorrelation(g: number, h: number): { n: number; r: number } {
    const s = this.sections.length;
    const gh = g * s + h;
    const hg = h * s + g;
    const n = this.scoreRows[g]! - this.scoreLostRows[gh]!;
    const cross = this.scoreCross.exact(g < h ? gh : hg);
    const sumG = this.scoreSums.exact(2 * g) - this.scoreLost.exact(2 * gh);
    const squaresG = this.scoreSums.exact(2 * g + 1) - this.scoreLost.exact(2 * gh + 1);
    const sumH = this.scoreSums.exact(2 * h) - this.scoreLost.exact(2 * hg);
    const squaresH = this.scoreSums.exact(2 * h + 1) - this.scoreLost.exact(2 * hg + 1);
    return { n, r: correlation(n, sumG, squaresG, sumH, squaresH, cross) };
  }
}

/**
 * Pearson's r from exact sums, every one a count of 2^-64: n * sxy - sx * sy over the root of the
 * same for x and y, each found exactly and rounded once. Clipped to [-1, 1] as R does; NaN for
 * fewer than 2 rows or no variance.
 */
function correlation(n: number, sx: bigint, sxx: bigint, sy: bigint, syy: bigint, sxy: bigint): number {
  if (n < 2) return NaN;
  const N = BigInt(n);
  // At 2^-128: n * s(xy) (at 2^-64, shifted up) less s(x) s(y).
  const covariance = ((N * sxy) << 64n) - sx * sy;
  const varianceX = ((N * sxx) << 64n) - sx * sx;
  const varianceY = ((N * syy) << 64n) - sy * sy;
  if (varianceX <= 0n || varianceY <= 0n) return NaN;
  const r = scaledToNumber(covariance, 128) / Math.sqrt(scaledToNumber(varianceX, 128) * scaledToNumber(varianceY, 128));
  return Math.min(1, Math.max(-1, r));
}

function addInto(to: Float64Array, from: Float64Array): void {
  for (let i = 0; i < to.length; i++) to[i]! += from[i]!;
}
