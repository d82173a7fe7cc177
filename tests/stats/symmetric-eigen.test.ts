import { describe, expect, it } from 'vitest';
import { symmetricEigen } from '../../src/core/stats/symmetric-eigen.js';

/** The correlation matrix of `rows` x `m` answers ((7r + 3i) mod 5) + 1: of rank 4, as a cohort of fewer people than items is singular. */
function singular(rows: number, m: number): Float64Array {
  const x = Array.from({ length: rows }, (_, r) => Array.from({ length: m }, (_, i) => ((r * 7 + i * 3) % 5) + 1));
  const mean = (j: number) => x.reduce((s, row) => s + row[j]!, 0) / rows;
  const c = (a: number, b: number) => x.reduce((s, row) => s + (row[a]! - mean(a)) * (row[b]! - mean(b)), 0);
  return Float64Array.from({ length: m * m }, (_, ab) => c(Math.floor(ab / m), ab % m) / Math.sqrt(c(Math.floor(ab / m), Math.floor(ab / m)) * c(ab % m, ab % m)));
}

/** The largest error of V diag(values) V' against the matrix, and of V'V against the identity. */
function errors(matrix: Float64Array, m: number): { reconstruction: number; orthogonality: number } {
  const { values, vectors } = symmetricEigen(matrix, m);
  let reconstruction = 0;
  let orthogonality = 0;
  for (let a = 0; a < m; a++) {
    for (let b = 0; b < m; b++) {
      let product = 0;
      let inner = 0;
      for (let e = 0; e < m; e++) {
        product += vectors[a * m + e]! * values[e]! * vectors[b * m + e]!;
        inner += vectors[e * m + a]! * vectors[e * m + b]!;
      }
      reconstruction = Math.max(reconstruction, Math.abs(product - matrix[a * m + b]!));
      orthogonality = Math.max(orthogonality, Math.abs(inner - (a === b ? 1 : 0)));
    }
  }
  return { reconstruction, orthogonality };
}

const sorted = (values: Float64Array) => [...values].sort((a, b) => a - b);

describe('symmetricEigen', () => {
  it('gives the eigenvalues of a 2 x 2 matrix by hand: [[2, 1], [1, 2]] has 1 and 3, with vectors (1, -1) and (1, 1) over root 2', () => {
    const { values, vectors } = symmetricEigen(Float64Array.of(2, 1, 1, 2), 2);
    expect(sorted(values)).toEqual([expect.closeTo(1, 15), expect.closeTo(3, 15)]);
    for (const x of vectors) expect(Math.abs(x)).toBeCloseTo(Math.SQRT1_2, 15);
  });

  it('gives the second-difference matrix its known eigenvalues, 2 - 2 cos(j pi / 4)', () => {
    // [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]: 2 - root 2, 2, 2 + root 2.
    const { values } = symmetricEigen(Float64Array.of(2, -1, 0, -1, 2, -1, 0, -1, 2), 3);
    expect(sorted(values)).toEqual([expect.closeTo(2 - Math.SQRT2, 14), expect.closeTo(2, 14), expect.closeTo(2 + Math.SQRT2, 14)]);
  });

  it('leaves a diagonal matrix as it is, and takes a 1 x 1 and an empty one', () => {
    const { values, vectors } = symmetricEigen(Float64Array.of(3, 0, 0, 0, -1, 0, 0, 0, 0.5), 3);
    expect(sorted(values)).toEqual([-1, 0.5, 3]);
    expect(sorted(vectors.map(Math.abs))).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1]);
    expect([...symmetricEigen(Float64Array.of(7), 1).values]).toEqual([7]);
    expect(symmetricEigen(new Float64Array(0), 0).values).toHaveLength(0);
  });

  it('splits a singular matrix (20 people, 36 items) into eigenvalues 0 but four, V orthonormal', () => {
    const m = 36;
    const r = singular(20, m);
    expect([...symmetricEigen(r, m).values].filter((v) => Math.abs(v) > 1e-9)).toHaveLength(4);
    const { reconstruction, orthogonality } = errors(r, m);
    expect(reconstruction).toBeLessThan(1e-13);
    expect(orthogonality).toBeLessThan(1e-13);
  });

  it('takes repeated eigenvalues: the 6 x 6 matrix of all 0.5 off the diagonal has 3.5 once and 0.5 five times', () => {
    const m = 6;
    const r = Float64Array.from({ length: m * m }, (_, ab) => (Math.floor(ab / m) === ab % m ? 1 : 0.5));
    expect(sorted(symmetricEigen(r, m).values)).toEqual([...Array(5).fill(expect.closeTo(0.5, 14)), expect.closeTo(3.5, 14)]);
    const { reconstruction, orthogonality } = errors(r, m);
    expect(reconstruction).toBeLessThan(1e-14);
    expect(orthogonality).toBeLessThan(1e-14);
  });

  it('ends on a matrix that is not finite, its eigenvalues NaN', () => {
    expect([...symmetricEigen(Float64Array.of(1, Number.NaN, Number.NaN, 1), 2).values].some(Number.isNaN)).toBe(true);
  });
});
