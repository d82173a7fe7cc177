import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { cronbachAlpha } from '../../src/core/stats/alpha.js';
import { describe } from '../helpers/row-statistics/descriptive.js';
import { itemStatistics, pairwiseMoments } from '../helpers/row-statistics/pairwise-moments.js';
import { allRows, type ItemMatrix } from '../helpers/row-statistics/matrix.js';
import { pairwiseCorrelation } from '../../src/core/stats/pairwise.js';
import { summariseScores } from '../helpers/row-statistics/cohort-statistics.js';
import { responseFrequencies } from '../helpers/row-statistics/frequencies.js';

const matrix = (rows: number[][]): ItemMatrix => ({ rows: rows.length, columns: rows[0]!.length, values: Float64Array.from(rows.flat()) });
const all = (m: ItemMatrix) => itemStatistics(m, [0, 1, 2], allRows(m.rows));
const closeTo = (actual: ArrayLike<number | null>, expected: number[]) => {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => expect(actual[i]).toBeCloseTo(e, 12));
};

group('three items, four people, complete', () => {
  // X: 1 2 4 5 (mean 3, deviations -2 -1 1 2, SS 10, var 10/3)
  // Y: 2 3 4 5 (mean 3.5, deviations -1.5 -0.5 0.5 1.5, SS 5, var 5/3)
  // Z: 2 3 3 4 (mean 3, deviations -1 0 0 1, SS 2, var 2/3)
  // cov XY = (3 + 0.5 + 0.5 + 3)/3 = 7/3; cov XZ = (2 + 2)/3 = 4/3; cov YZ = (1.5 + 1.5)/3 = 1
  const data = matrix([
    [1, 2, 2],
    [2, 3, 3],
    [4, 4, 3],
    [5, 5, 4],
  ]);
  const stats = all(data);

  it('gives item n, mean, SD and the covariance matrix', () => {
    expect(stats.items.map((i) => [i.n, i.missing])).toEqual([
      [4, 0],
      [4, 0],
      [4, 0],
    ]);
    closeTo(
      stats.items.map((i) => i.mean),
      [3, 3.5, 3],
    );
    closeTo(
      stats.items.map((i) => i.sd),
      [Math.sqrt(10 / 3), Math.sqrt(5 / 3), Math.sqrt(2 / 3)],
    );
    closeTo(stats.covariance, [10 / 3, 7 / 3, 4 / 3, 7 / 3, 5 / 3, 1, 4 / 3, 1, 2 / 3]);
  });

  it('gives raw and standardized alpha, r.drop and alpha if dropped', () => {
    const a = cronbachAlpha(stats.covariance, 3);
    // trace 17/3, sum 17/3 + 2 * 14/3 = 15 (the variance of the totals 5 8 11 14):
    // 3/2 * (1 - (17/3)/15) = 14/15
    expect(a.raw).toBeCloseTo(14 / 15, 12);
    // correlations 7/sqrt(50), 2/sqrt(5), 3/sqrt(10); standardized = k * rbar / (1 + (k - 1) * rbar)
    const rbar = (7 / Math.sqrt(50) + 2 / Math.sqrt(5) + 3 / Math.sqrt(10)) / 3;
    expect(a.standardized).toBeCloseTo((3 * rbar) / (1 + 2 * rbar), 12);
    // r.drop X: X against Y+Z = 4 6 7 9: cross 11, SS 10 and 13 -> 11/sqrt(130)
    // r.drop Y: X+Z = 3 5 7 9 is a straight line in Y -> 1
    // r.drop Z: (4/3 + 1) / sqrt(2/3 * 29/3) = 7/sqrt(58)
    closeTo(a.rDrop, [11 / Math.sqrt(130), 1, 7 / Math.sqrt(58)]);
    // without X: 2 * (1 - (7/3)/(13/3)) = 12/13; without Y: 2 * (1 - 4/(20/3)) = 0.8;
    // without Z: 2 * (1 - 5/(29/3)) = 28/29
    closeTo(a.alphaIfDropped, [12 / 13, 0.8, 28 / 29]);
    expect(a.excluded).toEqual([]);
  });
});

group('three items, four people, one answer missing', () => {
  // As above but Z: 2 3 _ 4 (the third person skipped it).
  // Z: mean 3, var 1. XZ over people 1, 2, 4: X 1 2 5 (mean 8/3), deviations -5/3 -2/3 7/3 against
  // -1 0 1 -> 4/2 = 2. YZ: Y 2 3 5 (mean 10/3), deviations -4/3 -1/3 5/3 -> 3/2.
  const data = matrix([
    [1, 2, 2],
    [2, 3, 3],
    [4, 4, NaN],
    [5, 5, 4],
  ]);
  const stats = all(data);

  it('uses each pair\'s own complete rows (cov with use = "pairwise")', () => {
    expect(stats.items.map((i) => [i.n, i.missing])).toEqual([
      [4, 0],
      [4, 0],
      [3, 1],
    ]);
    closeTo(
      stats.items.map((i) => i.mean),
      [3, 3.5, 3],
    );
    closeTo(stats.covariance, [10 / 3, 7 / 3, 2, 7 / 3, 5 / 3, 3 / 2, 2, 3 / 2, 1]);
  });

  it('correlates on each pair\'s own rows, own means and own SDs (cor with use = "pairwise")', () => {
    // XZ: SS of X 1 2 5 = 26/3, of Z 2, cross 4 -> 4/sqrt(52/3); YZ: SS of 2 3 5 = 14/3 -> 3/sqrt(28/3)
    const cor = pairwiseCorrelation(stats.moments);
    closeTo(cor, [1, 7 / Math.sqrt(50), 4 / Math.sqrt(52 / 3), 7 / Math.sqrt(50), 1, 3 / Math.sqrt(28 / 3), 4 / Math.sqrt(52 / 3), 3 / Math.sqrt(28 / 3), 1]);
  });

  it('computes alpha from the pairwise covariances and standardizes with cov2cor, as psych does', () => {
    const a = cronbachAlpha(stats.covariance, 3);
    // trace 6, sum 6 + 2 * (7/3 + 2 + 3/2) = 53/3 -> 3/2 * (1 - 18/53) = 105/106
    expect(a.raw).toBeCloseTo(105 / 106, 12);
    // cov2cor divides each covariance by the SDs of all of each item's answers (not the pair's),
    // so XZ becomes 2/sqrt(10/3), above 1: psych's std.alpha, not alpha on cor(use = "pairwise").
    const sumR = 3 + 2 * (7 / Math.sqrt(50) + 2 / Math.sqrt(10 / 3) + 1.5 / Math.sqrt(5 / 3));
    expect(a.standardized).toBeCloseTo(1.5 * (1 - 3 / sumR), 12);
  });
});

group('degenerate cases give null, never NaN', () => {
  it('leaves out an item without variance, as psych does', () => {
    // Z is 3 for everyone: alpha is that of X and Y, whose covariance matrix is [[10/3, 7/3], [7/3, 5/3]]
    const stats = all(
      matrix([
        [1, 2, 3],
        [2, 3, 3],
        [4, 4, 3],
        [5, 5, 3],
      ]),
    );
    const a = cronbachAlpha(stats.covariance, 3);
    expect(a.excluded).toEqual([2]);
    expect(a.raw).toBeCloseTo(2 * (1 - 5 / (5 + 14 / 3)), 12);
    expect(a.rDrop[2]).toBeNull();
    // With two items left, alpha of a single remaining item is undefined.
    expect(a.alphaIfDropped).toEqual([null, null, null]);
    expect(a.rDrop[0]).toBeCloseTo((1 * (7 / 3)) / Math.sqrt((10 / 3) * (5 / 3)), 12);
  });

  it('has no alpha for fewer than two items, one respondent or no answers', () => {
    const one = matrix([[1, 2, 3]]);
    const few = 'left out of alpha: fewer than 2 answers';
    expect(cronbachAlpha(all(one).covariance, 3)).toEqual({
      raw: null,
      standardized: null,
      rDrop: [null, null, null],
      alphaIfDropped: [null, null, null],
      excluded: [0, 1, 2],
      reasons: { alpha: 'fewer than 2 items with variance (0)', alphaStandardized: 'fewer than 2 items with variance (0)' },
      itemReasons: new Array(3).fill({ rDrop: few, alphaIfDropped: few }),
    });
    expect(all(one).items[0]).toEqual({ n: 1, missing: 0, mean: 1, sd: null });
    const empty = matrix([
      [NaN, NaN, NaN],
      [NaN, NaN, NaN],
    ]);
    expect(all(empty).items[1]).toEqual({ n: 0, missing: 2, mean: null, sd: null });
    expect(cronbachAlpha(new Float64Array([2]), 1).raw).toBeNull();
  });

  it('has no alpha when two items were never answered together, but alpha if dropped for the pair that remains', () => {
    // X and Y have variance but share no respondent, so their covariance is unknown.
    const stats = all(
      matrix([
        [1, NaN, 2],
        [2, NaN, 3],
        [NaN, 1, 4],
        [NaN, 3, 5],
      ]),
    );
    expect(Number.isNaN(stats.covariance[1])).toBe(true);
    const a = cronbachAlpha(stats.covariance, 3, ['X', 'Y', 'Z']);
    expect([a.raw, a.standardized, ...a.rDrop]).toEqual(new Array(5).fill(null));
    const never = 'X and Y were never answered together by 2 or more respondents';
    expect(a.reasons).toEqual({ alpha: never, alphaStandardized: never });
    // psych's alpha.1 on C[-i, -i]: without X, var(Y) = 2, var(Z) = 5/3, cov(Y, Z) = 1 over rows 3-4:
    // 2 * (1 - (11/3) / (17/3)) = 12/17. Without Y, var(X) = 1/2, cov(X, Z) = 1/2 over rows 1-2:
    // 2 * (1 - (13/6) / (19/6)) = 12/19. Without Z, X and Y remain, never answered together.
    expect(a.alphaIfDropped[0]).toBeCloseTo(12 / 17, 14);
    expect(a.alphaIfDropped[1]).toBeCloseTo(12 / 19, 14);
    expect(a.alphaIfDropped[2]).toBeNull();
    expect(a.itemReasons).toEqual([{ rDrop: never }, { rDrop: never }, { rDrop: never, alphaIfDropped: `among the other items, ${never}` }]);
  });

  it('names every pair never answered together, and drops the item they share', () => {
    // X shares no respondent with Y or Z; Y and Z are answered together on rows 3 and 4.
    const stats = all(
      matrix([
        [1, NaN, NaN],
        [3, NaN, NaN],
        [NaN, 1, 2],
        [NaN, 3, 5],
      ]),
    );
    const a = cronbachAlpha(stats.covariance, 3, ['X', 'Y', 'Z']);
    expect(a.reasons.alpha).toBe('X and Y; X and Z (2 pairs) were never answered together by 2 or more respondents');
    // Without X: var(Y) = 2, var(Z) = 9/2, cov(Y, Z) = 3: 2 * (1 - (13/2) / (25/2)) = 24/25.
    expect(a.alphaIfDropped[0]).toBeCloseTo(24 / 25, 14);
    expect([a.alphaIfDropped[1], a.alphaIfDropped[2]]).toEqual([null, null]);
    expect(a.itemReasons[1]!.alphaIfDropped).toBe('among the other items, X and Z were never answered together by 2 or more respondents');
  });
});

group('descriptive figures and person-score summaries', () => {
  it('describes values ignoring missing ones, with a sample SD', () => {
    // 2.5 4 3 1.5: mean 2.75, deviations -0.25 1.25 0.25 -1.25, SS 3.25, var 3.25/3; median (2.5 + 3)/2
    const d = describe([2.5, NaN, 4, 3, 1.5]);
    expect(d).toEqual({ n: 4, mean: 2.75, sd: Math.sqrt(3.25 / 3), min: 1.5, median: 2.75, max: 4 });
    expect(describe([7, NaN]).median).toBe(7);
    expect(describe([7]).sd).toBeNull();
    expect(describe([NaN])).toEqual({ n: 0, mean: null, sd: null, min: null, median: null, max: null });
  });

  it('counts each band, every band listed, and the respondents without a score', () => {
    const s = summariseScores([2.5, NaN, 4, 3, 1.5], [0, NaN, 2, 1, 0], ['low', 'middle', 'high']);
    expect({ ...s.bands }).toEqual({ low: 2, middle: 1, high: 1 });
    expect([s.n, s.unscored, s.mean, s.median]).toEqual([4, 1, 2.75, 2.75]);
    expect({ ...summariseScores([NaN], [NaN], ['low', 'high']).bands }).toEqual({ low: 0, high: 0 });
  });

  it('counts each answer, every scale point listed, and the missing ones', () => {
    const column = matrix([
      [3, 0],
      [1, 0],
      [NaN, 0],
      [3, 0],
      [5, 0],
      [NaN, 0],
      [NaN, 0],
      [9, 0],
    ]);
    const f = responseFrequencies(column, 0, [0, 1, 2, 3, 4, 5, 6, 7], 1, 5);
    expect([...f.counts]).toEqual([
      [1, 1],
      [2, 0],
      [3, 2],
      [4, 0],
      [5, 1],
      [9, 1],
    ]);
    expect(f.missing).toBe(3);
    expect([...responseFrequencies(column, 0, [0, 3], 1, 5).counts][2]).toEqual([3, 2]);
  });
});

group('pairwise moments', () => {
  it('gives the same covariances whichever rows are complete', () => {
    // The same pairs of values, once in complete rows (the fast path) and once split over rows
    // with gaps, must give the same counts and sums.
    const complete = matrix([
      [1, 2, 4],
      [3, 5, 1],
    ]);
    const split = matrix([
      [1, 2, NaN],
      [3, 5, NaN],
      [1, NaN, 4],
      [3, NaN, 1],
      [NaN, 2, 4],
      [NaN, 5, 1],
    ]);
    const a = pairwiseMoments(complete, [0, 1, 2], allRows(2));
    const b = pairwiseMoments(split, [0, 1, 2], allRows(6));
    expect([...b.cross]).toEqual([...a.cross].map((v, i) => (i % 4 === 0 ? 2 * v : v)));
    expect([...b.count]).toEqual([4, 2, 2, 2, 4, 2, 2, 2, 4]);
  });
});

group('median', () => {
  it('is the middle of the sorted values, or the mean of the two middle ones, with ties and gaps', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: -3, max: 3 }),
            fc.double({ noNaN: true, min: -1e6, max: 1e6 }).map((v) => v + 0),
            fc.constant(NaN),
          ),
        ),
        (values) => {
          const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
          const n = sorted.length;
          const expected = n === 0 ? null : n % 2 ? sorted[n >> 1]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
          const d = describe(values);
          expect(d.median).toBe(expected);
          expect([d.min, d.max]).toEqual(n === 0 ? [null, null] : [sorted[0], sorted[n - 1]]);
        },
      ),
    );
  });
});
