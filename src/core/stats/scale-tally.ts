import { FixedSums, scaledToNumber } from './fixed-sums.js';

/**
 * What psych's raw.r and the correlations between sections need, folded in one row at a time with no
 * row kept, and exact (whole numbers, and FixedSums for the scores), so that tallies of separate rows merge into the tally of them all
 * to the last bit:
 *
 * - per section, its row total as psych::alpha() takes it (the unweighted mean of the answered keyed
 *   items, rowMeans(x, na.rm = TRUE)), kept as whole-number sums by how many items were answered,
 *   with per item the cross products item x total over the rows that answered the item;
 * - per pair of sections, the cross products of the person scores (as scored: weights, method and
 *   minimum answered applied) over the rows scored on both, and per ordered pair what the first
 *   loses over the rows the second is unscored.
 */
export class ScaleTally {
  /** Per section: the positions of its items among the keyed values. */
  readonly sections: readonly Int32Array[];
  /** Per scored item, by its position among the keyed values: rows answered, sum and sum of squares (integers). */
  readonly itemRows: Float64Array;
  readonly itemSum: Float64Array;
  readonly itemSquares: Float64Array;
  /**
   * Per section and count a of its items answered in a row (offsets in countStart, + a): over those
   * rows, the sums of S and S squared, S the row's sum of keyed answers, whole numbers. The row's
   * total is S / a, so every sum of totals is exact as a fraction over lcm(1..k).
   */
  readonly countStart: Int32Array;
  readonly totalSum: Float64Array;
  readonly totalSquares: Float64Array;
  /**
   * Per section item c and count a (offsets in byCountStart, + c * (k + 1) + a): the sum of x_c * S
   * over the rows that answered c, and of S and S squared over those that skipped it (what c's
   * pairwise sums lose of the section's).
   */
  readonly byCountStart: Int32Array;
  readonly itemTotal: Float64Array;
  readonly lostSum: Float64Array;
  readonly lostSquares: Float64Array;
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
    this.countStart = new Int32Array(s + 1);
    this.byCountStart = new Int32Array(s + 1);
    let items = 0;
    sections.forEach((positions, g) => {
      this.countStart[g + 1] = this.countStart[g]! + positions.length + 1;
      this.byCountStart[g + 1] = this.byCountStart[g]! + positions.length * (positions.length + 1);
      for (const p of positions) items = Math.max(items, p + 1);
    });
    this.itemRows = new Float64Array(items);
    this.itemSum = new Float64Array(items);
    this.itemSquares = new Float64Array(items);
    this.totalSum = new Float64Array(this.countStart[s]!);
    this.totalSquares = new Float64Array(this.countStart[s]!);
    const byCount = this.byCountStart[s]!;
    this.itemTotal = new Float64Array(byCount);
    this.lostSum = new Float64Array(byCount);
    this.lostSquares = new Float64Array(byCount);
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
    const { sections, countStart, byCountStart, itemTotal, lostSum, lostSquares } = this;
    for (let i = 0; i < this.itemRows.length; i++) {
      const x = keyed[i]!;
      if (x !== x) continue;
      this.itemRows[i]!++;
      this.itemSum[i]! += x;
      this.itemSquares[i]! += x * x;
    }
    for (let g = 0; g < sections.length; g++) {
      const positions = sections[g]!;
      const k = positions.length;
      let answered = 0;
      let sum = 0;
      for (let c = 0; c < k; c++) {
        const x = keyed[positions[c]!]!;
        if (x === x) {
          answered++;
          sum += x;
        }
      }
      if (answered === 0) continue;
      const squared = sum * sum;
      this.totalSum[countStart[g]! + answered]! += sum;
      this.totalSquares[countStart[g]! + answered]! += squared;
      for (let c = 0, by = byCountStart[g]! + answered; c < k; c++, by += k + 1) {
        const x = keyed[positions[c]!]!;
        if (x === x) itemTotal[by]! += x * sum;
        else {
          lostSum[by]! += sum;
          lostSquares[by]! += squared;
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
    addInto(this.itemRows, other.itemRows);
    addInto(this.itemSum, other.itemSum);
    addInto(this.itemSquares, other.itemSquares);
    addInto(this.totalSum, other.totalSum);
    addInto(this.totalSquares, other.totalSquares);
    addInto(this.itemTotal, other.itemTotal);
    addInto(this.lostSum, other.lostSum);
    addInto(this.lostSquares, other.lostSquares);
    addInto(this.scoreRows, other.scoreRows);
    this.scoreSums.merge(other.scoreSums);
    this.scoreCross.merge(other.scoreCross);
    addInto(this.scoreLostRows, other.scoreLostRows);
    this.scoreLost.merge(other.scoreLost);
  }

  /**
   * Per item of section g, psych::alpha()'s raw.r: cor(total, item, use = "pairwise"), the total
   * the mean of all the section's answered items; NaN where it is undefined (fewer than 2 rows, no
   * variance). Computed exactly, the totals as fractions over lcm(1..k), and rounded once.
   */
  itemTotalCorrelations(g: number): Float64Array {
    const k = this.sections[g]!.length;
    const lcm = leastCommonMultiple(k);
    const out = new Float64Array(k);
    for (let c = 0; c < k; c++) {
      const at = this.sections[g]![c]!;
      const by = this.byCountStart[g]! + c * (k + 1);
      const count = this.countStart[g]!;
      // Sums of total * L, total^2 * L^2 and item * total * L over the rows that answered c.
      let sumT = 0n;
      let sumT2 = 0n;
      let sumXT = 0n;
      for (let a = 1; a <= k; a++) {
        const scale = lcm / BigInt(a);
        sumT += BigInt(this.totalSum[count + a]! - this.lostSum[by + a]!) * scale;
        sumT2 += BigInt(this.totalSquares[count + a]! - this.lostSquares[by + a]!) * scale * scale;
        sumXT += BigInt(this.itemTotal[by + a]!) * scale;
      }
      const n = this.itemRows[at]!;
      const N = BigInt(n);
      const sumX = BigInt(this.itemSum[at]!);
      const covariance = N * sumXT - sumX * sumT;
      const varianceX = N * BigInt(this.itemSquares[at]!) - sumX * sumX;
      const varianceT = N * sumT2 - sumT * sumT;
      out[c] = n < 2 || varianceX <= 0n || varianceT <= 0n ? NaN : Math.min(1, Math.max(-1, Number(covariance) / Math.sqrt(Number(varianceX) * Number(varianceT))));
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

/** lcm(1, 2, ..., k). */
function leastCommonMultiple(k: number): bigint {
  let lcm = 1n;
  for (let a = 2n; a <= BigInt(k); a++) lcm = (lcm * a) / gcd(lcm, a);
  return lcm;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function addInto(to: Float64Array, from: Float64Array): void {
  for (let i = 0; i < to.length; i++) to[i]! += from[i]!;
}
