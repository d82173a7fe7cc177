import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairwiseTally } from '../../src/core/stats/pairwise-tally.js';
import { PatternCounts } from '../../src/core/stats/pattern-counts.js';

describe('PatternCounts', () => {
  it('makes its table after half as many rows as patterns, then gives each pattern with its count', () => {
    // Two items, scales 1..2 and 0..1: 3 x 3 = 9 patterns, so the 5th row is the first counted.
    const counts = new PatternCounts(Int32Array.from([1, 0]), Int32Array.from([2, 2]));
    const at = Int32Array.from([0, 1]);
    const rows = [
      [1, 0],
      [2, NaN],
      [1, 0],
      [NaN, 1],
      [2, 1],
      [2, 1],
      [NaN, NaN],
      [2, 1],
    ];
    expect(rows.map((row) => counts.add(Float64Array.from(row), at))).toEqual([false, false, false, false, true, true, true, true]);
    // Off its scale, or not a whole point: never counted.
    expect(counts.add(Float64Array.from([3, 1]), at)).toBe(false);
    expect(counts.add(Float64Array.from([1.5, 1]), at)).toBe(false);
    const seen: [number[], number][] = [];
    counts.drain((values, times) => seen.push([[...values], times]));
    expect(seen).toEqual([
      [[NaN, NaN], 1],
      [[2, 1], 3],
    ]);
    counts.drain(() => expect.unreachable());
  });

  it('counts nothing for items with too many patterns', () => {
    // 8^6 = 262,144 patterns: over the bound, so no row is ever counted, however many.
    const counts = new PatternCounts(new Int32Array(6).fill(1), new Int32Array(6).fill(7));
    const row = new Float64Array(6).fill(3);
    const at = Int32Array.from([0, 1, 2, 3, 4, 5]);
    let counted = 0;
    for (let i = 0; i < 140_000; i++) if (counts.add(row, at)) counted++;
    expect(counted).toBe(0);
  });
});

describe('PairwiseTally by pattern', () => {
  // Three items on 1..3; NaN skipped; now and then a value off the scale, which is tallied row by row.
  const value = fc.oneof(fc.constantFrom(NaN, 1, 2, 3), fc.constantFrom(0, 4, 2.5));
  const rows = fc.array(fc.array(value, { minLength: 3, maxLength: 3 }), { maxLength: 120 });
  const tally = (scaled: boolean, part: number[][], first: number) => {
    const t = new PairwiseTally(3, scaled ? { mins: Int32Array.from([1, 1, 1]), points: Int32Array.from([3, 3, 3]) } : undefined);
    part.forEach((row, i) => t.add(Float64Array.from(row), Int32Array.from([0, 1, 2]), first + i));
    return t;
  };

  it('has the moments of row-by-row tallying, alone and merged', () => {
    fc.assert(
      fc.property(rows, fc.nat(), (all, cut) => {
        const at = all.length === 0 ? 0 : cut % all.length;
        expect(tally(true, all, 0).moments()).toEqual(tally(false, all, 0).moments());
        const merged = tally(true, all.slice(at), at);
        merged.merge(tally(true, all.slice(0, at), 0), 'rows');
        expect(merged.moments()).toEqual(tally(false, all, 0).moments());
      }),
    );
  });

  it('has the moments of row-by-row tallying with cross products three to a double, moved out as they fill', () => {
    // Five items on 0..40: a row adds up to 1,600 to a lane, so lanes move out every 81 rows; 40 and 41 are off the first scale.
    // Mostly near the top, so that a lane moved out late would overflow.
    const big = fc.oneof({ arbitrary: fc.constantFrom(39, 40), weight: 40 }, fc.constantFrom(NaN, 0, 1), fc.integer({ min: 0, max: 40 }), fc.constantFrom(41, -1, 2.5));
    const scale = { mins: Int32Array.from([0, 0, 1, 0, 0]), points: Int32Array.from([40, 41, 40, 41, 41]) };
    const at = Int32Array.from([0, 1, 2, 3, 4]);
    const tallyOf = (withScale: boolean, part: number[][], first: number) => {
      const t = new PairwiseTally(5, withScale ? scale : undefined);
      part.forEach((row, i) => t.add(Float64Array.from(row), at, first + i));
      return t;
    };
    fc.assert(
      fc.property(fc.array(fc.array(big, { minLength: 5, maxLength: 5 }), { minLength: 100, maxLength: 400 }), fc.nat(), (all, cut) => {
        const split = all.length === 0 ? 0 : cut % all.length;
        const byRow = tallyOf(false, all, 0).moments();
        expect(tallyOf(true, all, 0).moments()).toEqual(byRow);
        const merged = tallyOf(true, all.slice(0, split), 0);
        merged.merge(tallyOf(true, all.slice(split), split), 'parts');
        expect(merged.moments()).toEqual(byRow);
      }),
      { numRuns: 60 },
    );
  });
});
