import type { ItemMatrix } from './matrix.js';

export interface Frequencies {
  /** Every point from min to max (0 when unused), then any other value found, ascending. */
  counts: Map<number, number>;
  missing: number;
}

/**
 * How often each value occurs in a column over the given rows, and how often it is missing (NaN).
 * The points of a scale (whole numbers min..max) are tallied in an array: one pass, no map.
 */
export function responseFrequencies(matrix: ItemMatrix, column: number, rows: ArrayLike<number>, min: number, max: number): Frequencies {
  const { values, columns: width } = matrix;
  const points = new Float64Array(max - min + 1);
  const others = new Map<number, number>();
  let missing = 0;
  for (let r = 0; r < rows.length; r++) {
    const v = values[rows[r]! * width + column]!;
    const point = v - min;
    if (Number.isInteger(point) && point >= 0 && point < points.length) points[point]!++;
    else if (Number.isNaN(v)) missing++;
    else others.set(v, (others.get(v) ?? 0) + 1);
  }
  const all: [number, number][] = Array.from(points, (count, i) => [min + i, count]);
  const counts = new Map([...all, ...others].sort((a, b) => a[0] - b[0]));
  return { counts, missing };
}
