import { describe, expect, it } from 'vitest';
import { AnswerRows } from '../../src/core/report/answer-rows.js';
import { TextColumn } from '../../src/core/report/text-column.js';
import { exactMean, exactSampleVariance } from '../../src/core/stats/exact-moments.js';
import { pairwiseCovariance } from '../../src/core/stats/pairwise.js';
import { pairwiseMoments } from '../helpers/row-statistics/pairwise-moments.js';
import { PairwiseTally } from '../../src/core/stats/pairwise-tally.js';
import { nthValue, summariseCounts } from '../../src/core/stats/scores.js';
import { ValueCounts } from '../../src/core/stats/value-counts.js';
import { allRows } from '../helpers/row-statistics/matrix.js';

const counted = (...values: number[]) => {
  const counts = new ValueCounts();
  for (const v of values) counts.add(v);
  return counts;
};

describe('ValueCounts', () => {
  it('counts each distinct value, ascending, and merges', () => {
    const a = counted(3, 1, 3, 2.5, 3);
    expect(a.n).toBe(5);
    const sorted = a.sorted();
    expect([...sorted.values]).toEqual([1, 2.5, 3]);
    expect([...sorted.counts]).toEqual([1, 1, 3]);
    a.merge(counted(1, 7));
    expect([...a.sorted().values]).toEqual([1, 2.5, 3, 7]);
    expect([...a.sorted().counts]).toEqual([2, 1, 3, 1]);
  });

  it('keeps every value through growth, and refuses NaN', () => {
    const many = new ValueCounts();
    // i / 7 counted i % 3 times: 334 values of 1000 not at all, 333 once, 333 twice.
    for (let i = 0; i < 1000; i++) many.add(i / 7, i % 3);
    const { values, counts } = many.sorted();
    expect(values.length).toBe(666);
    expect(values[665]).toBe(998 / 7);
    expect([counts[0], counts[1]]).toEqual([1, 2]);
    expect(many.n).toBe(999);
    expect(() => many.add(NaN)).toThrow(RangeError);
  });
});

describe('exact mean and variance of counted values', () => {
  it('works out small cases by hand', () => {
    // 1, 1, 2, 4: mean 2; squared deviations 1 + 1 + 0 + 4 = 6, over 3.
    expect(exactMean([1, 2, 4], [2, 1, 1])).toBe(2);
    expect(exactSampleVariance([1, 2, 4], [2, 1, 1], 2)).toBe(2);
    // -3 and 5: mean 1; 16 + 16 over 1.
    expect(exactMean([-3, 5], [1, 1])).toBe(1);
    expect(exactSampleVariance([-3, 5], [1, 1], 1)).toBe(32);
    // 0, 0, 1: mean 1/3, rounded once.
    expect(exactMean([0, 1], [2, 1])).toBe(1 / 3);
    expect(exactMean([], [])).toBeNaN();
    expect(exactSampleVariance([2], [1], 2)).toBeNaN();
  });

  it('rounds once, where adding one by one drifts: ten times 0.1 has mean 0.1', () => {
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += 0.1;
    expect(sum / 10).not.toBe(0.1);
    expect(exactMean([0.1], [10])).toBe(0.1);
    expect(exactSampleVariance([0.1], [10], 0.1)).toBe(0);
  });
});

describe('summariseCounts', () => {
  it('gives n, mean, SD, min, median, max, unscored and bands of counted scores', () => {
    // Scores 2, 3, 3, 5 of 6 rows: mean 13/4; squared deviations 1.5625 + 0.0625 * 2 + 3.0625 = 4.75.
    expect(summariseCounts(counted(3, 5, 2, 3), [1, 3], 6, ['low', 'high'])).toEqual({
      n: 4,
      mean: 13 / 4,
      sd: Math.sqrt(4.75 / 3),
      min: 2,
      median: 3,
      max: 5,
      unscored: 2,
      bands: { low: 1, high: 3 },
    });
    expect(summariseCounts(counted(2, 4, 9), [0], 3, ['x'])).toMatchObject({ median: 4, sd: Math.sqrt(13) });
    expect(summariseCounts(counted(2, 4), [0], 2, ['x'])).toMatchObject({ median: 3 });
    expect(summariseCounts(new ValueCounts(), [0], 2, ['x'])).toMatchObject({ n: 0, mean: null, sd: null, median: null, unscored: 2 });
    expect(nthValue([1, 5], [2, 3], 4)).toBe(5);
    expect(() => nthValue([1], [2], 2)).toThrow(RangeError);
  });
});

describe('PairwiseTally', () => {
  // Three items over three rows; NaN is missing.
  const rows = [
    [1, 2, NaN],
    [2, NaN, 3],
    [3, 4, 5],
  ];
  const tallyOf = (numbers: number[], at: number[][]) => {
    const tally = new PairwiseTally(3);
    numbers.forEach((row, i) => tally.add(Float64Array.from(at[i]!), Int32Array.from([0, 1, 2]), row));
    return tally;
  };

  it('gives the moments of pairwiseMoments, by hand: cov(item 1, item 2) over rows 1 and 3 is 2', () => {
    const moments = tallyOf([0, 1, 2], rows).moments();
    // Shifted by the first answers 1, 2, 3; items 1 and 2 share rows 1 and 3: (0, 0) and (2, 2).
    expect([...moments.shift]).toEqual([1, 2, 3]);
    expect(moments.count[1]).toBe(2);
    expect(moments.sum[1]).toBe(2);
    expect(moments.cross[1]).toBe(4);
    expect(pairwiseCovariance(moments)[1]).toBe(2);
    const matrix = { rows: 3, columns: 3, values: Float64Array.from(rows.flat()) };
    expect(moments).toEqual(pairwiseMoments(matrix, [0, 1, 2], allRows(3)));
  });

  it('merges tallies of separate rows into the tally of them all, the first answer by row or by part', () => {
    const whole = tallyOf([0, 1, 2], rows).moments();
    const byRows = tallyOf([2], [rows[2]!]);
    byRows.merge(tallyOf([0, 1], [rows[0]!, rows[1]!]), 'rows');
    expect(byRows.moments()).toEqual(whole);
    // Part after part, the first part's first answers shift, though a later part has earlier rows.
    const byParts = tallyOf([2], [rows[2]!]);
    byParts.merge(tallyOf([0, 1], [rows[0]!, rows[1]!]), 'parts');
    expect([...byParts.moments().shift]).toEqual([3, 4, 5]);
    expect(pairwiseCovariance(byParts.moments())).toEqual(pairwiseCovariance(whole));
  });
});

describe('rows and texts kept compactly', () => {
  it('keeps answers half a byte each, missing ones too, and refuses what is no scale point', () => {
    // Scales starting at 0, 1 and -100; an 11-point scale's last point is its first + 10.
    const kept = new AnswerRows(Int32Array.from([0, 1, -100]), 2);
    for (let i = 0; i < 40_000; i++) kept.push(Float64Array.from([i % 5, NaN, i % 2 ? -90 : -100]), 1000 + i, i % 3 === 0 ? -1 : 2);
    expect(kept.size).toBe(40_000);
    expect([...kept.answersOf(39_999, new Float64Array(3))]).toEqual([4, NaN, -90]);
    expect([...kept.answersOf(2, new Float64Array(3))]).toEqual([2, NaN, -100]);
    expect([kept.field(39_999, 0), kept.field(39_999, 1), kept.field(0, 1)]).toEqual([40_999, -1, -1]);
    expect(() => kept.answersOf(40_000, new Float64Array(3))).toThrow(RangeError);
    expect(() => kept.push(Float64Array.from([1, 0, -100]), 0, 0)).toThrow(RangeError);
    expect(() => kept.push(Float64Array.from([2.5, 1, -100]), 0, 0)).toThrow(RangeError);
  });

  it('gives back every text as pushed, across its chunks, and none for a row without', () => {
    const column = new TextColumn();
    const texts = Array.from({ length: 20_000 }, (_, i) => (i % 7 === 0 ? undefined : `Person ${i} ${'x'.repeat(i % 11)}`));
    for (const text of texts) column.push(text);
    expect(column.size).toBe(texts.length);
    expect(Array.from(texts, (_, i) => column.at(i))).toEqual(texts);
    expect(column.at(texts.length)).toBeUndefined();
  });
});
