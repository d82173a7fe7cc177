import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allRows } from '../helpers/row-statistics/matrix.js';
import { pairwiseCorrelation, pairwiseCovariance, selectMoments } from '../../src/core/stats/pairwise.js';
import { pairwiseMoments } from '../helpers/row-statistics/pairwise-moments.js';

/** R's cov/cor(use = "pairwise") written the plain way: for each pair, its complete rows, two passes. */
function naivePair(xs: number[], ys: number[]): { cov: number; cor: number } {
  const pairs = xs.map((x, r) => [x, ys[r]!] as const).filter(([x, y]) => !Number.isNaN(x) && !Number.isNaN(y));
  const n = pairs.length;
  if (n < 2) return { cov: NaN, cor: NaN };
  const mx = pairs.reduce((s, [x]) => s + x, 0) / n;
  const my = pairs.reduce((s, [, y]) => s + y, 0) / n;
  let sxy = 0,
    sxx = 0,
    syy = 0;
  for (const [x, y] of pairs) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  return { cov: sxy / (n - 1), cor: sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : NaN };
}

const cell = fc.oneof(fc.integer({ min: 1, max: 7 }), fc.constant(NaN));
const data = fc.integer({ min: 1, max: 5 }).chain((k) => fc.array(fc.array(cell, { minLength: k, maxLength: k }), { minLength: 0, maxLength: 30 }).map((rows) => ({ k, rows })));

const same = (actual: number, expected: number) => {
  if (Number.isNaN(expected)) expect(actual).toBeNaN();
  else expect(actual).toBeCloseTo(expected, 9);
};

describe('pairwise covariance and correlation', () => {
  it('match the plain two-pass computation on any data with gaps', () => {
    fc.assert(
      fc.property(data, ({ k, rows }) => {
        const matrix = { rows: rows.length, columns: k, values: Float64Array.from(rows.flat()) };
        const moments = pairwiseMoments(
          matrix,
          Array.from({ length: k }, (_, i) => i),
          allRows(rows.length),
        );
        const cov = pairwiseCovariance(moments);
        const cor = pairwiseCorrelation(moments);
        for (let i = 0; i < k; i++) {
          for (let j = 0; j < k; j++) {
            const expected = naivePair(
              rows.map((r) => r[i]!),
              rows.map((r) => r[j]!),
            );
            same(cov[i * k + j]!, expected.cov);
            same(cor[i * k + j]!, i === j && !Number.isNaN(expected.cor) ? 1 : expected.cor);
          }
        }
      }),
    );
  });

  it('give a subset of items the same figures as computing on that subset alone', () => {
    fc.assert(
      fc.property(data, fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), ({ k, rows }, picks) => {
        const items = [...new Set(picks.map((p) => p % k))];
        const matrix = { rows: rows.length, columns: k, values: Float64Array.from(rows.flat()) };
        const whole = pairwiseMoments(
          matrix,
          Array.from({ length: k }, (_, i) => i),
          allRows(rows.length),
        );
        const alone = pairwiseMoments(matrix, items, allRows(rows.length));
        const fromWhole = pairwiseCovariance(selectMoments(whole, items));
        const direct = pairwiseCovariance(alone);
        fromWhole.forEach((v, i) => same(v, direct[i]!));
      }),
    );
  });
});
