/**
 * Answers as numbers, one row per respondent and one column per item, row-major in a single
 * Float64Array so that 100,000 x 36 values take 29 MB and are read in one cache-friendly pass.
 * NaN marks a missing value (never 0).
 */
export interface ItemMatrix {
  readonly rows: number;
  readonly columns: number;
  readonly values: Float64Array;
}

/** Builds an ItemMatrix row by row when the number of rows is not known in advance (streamed input). */
export class ItemMatrixBuilder {
  readonly columns: number;
  private values: Float64Array;
  private rows = 0;

  constructor(columns: number, initialRows = 1024) {
    this.columns = columns;
    this.values = new Float64Array(columns * Math.max(1, initialRows));
  }

  /** Adds a row; missing values are NaN. Returns the row's index. */
  addRow(row: Float64Array): number {
    if (row.length !== this.columns) throw new RangeError(`expected ${this.columns} values, got ${row.length}`);
    const start = this.rows * this.columns;
    if (start + this.columns > this.values.length) {
      // Doubling keeps the total copying linear in the number of rows.
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    const values = this.values;
    // A plain loop: for a few dozen values it is quicker than values.set().
    for (let c = 0; c < row.length; c++) values[start + c] = row[c]!;
    return this.rows++;
  }

  get size(): number {
    return this.rows;
  }

  /** The rows added so far (a view, not a copy: later rows do not show in it). */
  build(): ItemMatrix {
    return { rows: this.rows, columns: this.columns, values: this.values.subarray(0, this.rows * this.columns) };
  }
}

/** Row indices 0..rows-1: every respondent, when no group is selected. */
export function allRows(rows: number): Int32Array {
  const all = new Int32Array(rows);
  for (let r = 0; r < rows; r++) all[r] = r;
  return all;
}

/** One column's values at the given rows, in that order. */
export function columnValues(matrix: ItemMatrix, column: number, rows: ArrayLike<number>): Float64Array {
  const { values, columns: width } = matrix;
  const out = new Float64Array(rows.length);
  for (let r = 0; r < rows.length; r++) out[r] = values[rows[r]! * width + column]!;
  return out;
}
