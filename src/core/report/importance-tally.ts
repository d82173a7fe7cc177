import { IntColumns } from '../stats/int-columns.js';

/**
 * How important the respondents rated each theme to their role, added up as rows are read: per
 * theme, the importance answers given and their sum (whole scale points, so the sum is exact). It
 * keeps no row: a cohort's importance is a few numbers per theme, whatever its size.
 */
export class ImportanceTally {
  readonly sums: Float64Array;
  readonly counts: Float64Array;

  constructor(themes: number) {
    this.sums = new Float64Array(themes);
    this.counts = new Float64Array(themes);
  }

  /** Adds one respondent's answers, by theme index (NaN: not answered). */
  add(points: Float64Array): void {
    for (let t = 0; t < points.length; t++) {
      const point = points[t]!;
      if (point !== point) continue;
      this.sums[t]! += point;
      this.counts[t]!++;
    }
  }

  merge(other: ImportanceTally): void {
    for (let t = 0; t < this.sums.length; t++) {
      this.sums[t]! += other.sums[t]!;
      this.counts[t]! += other.counts[t]!;
    }
  }
}

/**
 * The importance answers of the rows a form keeps one by one (a 360's, per-respondent rows), a
 * whole number per theme (0: not answered, else the point less the scale's first, plus 1), so that
 * the anonymity floor can leave out those it hides.
 */
export class KeptImportance {
  private readonly rows: IntColumns<Int32Array>;

  constructor(
    private readonly themes: number,
    private readonly min: number,
  ) {
    this.rows = new IntColumns(Math.max(1, themes), (n) => new Int32Array(n));
  }

  get size(): number {
    return this.rows.size;
  }

  push(points: Float64Array): void {
    const at = this.rows.push();
    for (let t = 0; t < this.themes; t++) {
      const point = points[t]!;
      if (point === point) this.rows.set(at, t, point - this.min + 1);
    }
  }

  /** Writes row `index`'s answers into `points` (NaN: not answered). */
  read(index: number, points: Float64Array): Float64Array {
    for (let t = 0; t < this.themes; t++) {
      const code = this.rows.get(index, t);
      points[t] = code === 0 ? NaN : code - 1 + this.min;
    }
    return points;
  }
}
