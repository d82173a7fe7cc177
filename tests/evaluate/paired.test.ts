import { describe, expect, it } from 'vitest';
import { effectSize, pairedT, rciClass, reliableChangeSe } from '../../src/core/evaluate/paired.js';

describe('pairedT', () => {
  it('computes the paired t of a hand-worked case', () => {
    // diffs 1, 2, 3: mean 2, sd 1, se 1/sqrt(3), t = 2 * sqrt(3), df 2.
    const t = pairedT([10, 20, 30], [11, 22, 33]);
    expect('withheld' in t).toBe(false);
    if ('withheld' in t) return;
    expect(t.estimate).toBeCloseTo(2, 12);
    expect(t.sdDiff).toBeCloseTo(1, 12);
    expect(t.statistic).toBeCloseTo(2 * Math.sqrt(3), 12);
    expect(t.df).toBe(2);
    // qt(0.975, 2) = 4.302652729749462 (R 4.2.2)
    expect(t.ciUpper - t.estimate).toBeCloseTo(4.302652729749462 / Math.sqrt(3), 12);
    expect(effectSize(t).dz).toBeCloseTo(2, 12);
  });

  it('withholds the test, with the reason, for fewer than 2 pairs or no spread in the change', () => {
    expect(pairedT([1], [2])).toEqual({ withheld: expect.stringContaining('needs at least 2') });
    expect(pairedT([1, 2, 3], [2, 3, 4])).toEqual({ withheld: expect.stringContaining('no spread') });
  });
});

describe('reliable change', () => {
  it('is SD * sqrt(2) * sqrt(1 - alpha), withheld when alpha or the SD cannot say it', () => {
    expect(reliableChangeSe(10, 0.75)).toBeCloseTo(10 * Math.SQRT2 * 0.5, 12);
    expect(reliableChangeSe(10, null)).toEqual({ withheld: expect.stringContaining('no baseline alpha') });
    expect(reliableChangeSe(10, -0.2)).toEqual({ withheld: expect.stringContaining('not between 0 and 1') });
    expect(reliableChangeSe(10, 1)).toEqual({ withheld: expect.stringContaining('not between 0 and 1') });
    expect(reliableChangeSe(null, 0.8)).toEqual({ withheld: expect.stringContaining('no baseline SD') });
  });

  it('classes |RCI| above 1.96 only as a reliable change', () => {
    expect([rciClass(1.96), rciClass(1.9601), rciClass(-1.96), rciClass(-2)]).toEqual(['no reliable change', 'improved', 'no reliable change', 'declined']);
  });
});
