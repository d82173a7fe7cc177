import { describe, expect, it } from 'vitest';
import { alphaExtras, meanInterval } from '../../src/core/stats/alpha-extras.js';
import { FixedSums } from '../../src/core/stats/fixed-sums.js';

// Hand-worked figures of the core; the reference against psych itself is psych-extras.test.ts.

describe('FixedSums', () => {
  it('sums exactly, whatever the grouping, and carries past 2^20 additions', () => {
    const values = [1 / 3, -0.3, 2.75, 1e-9, -4.125, 0.1, 7 / 9];
    const one = new FixedSums(1);
    for (const v of values) one.add(0, v);
    const parts = [new FixedSums(1), new FixedSums(1)];
    values.forEach((v, i) => parts[i % 2]!.add(0, v));
    parts[1]!.merge(parts[0]!);
    expect(parts[1]!.exact(0)).toBe(one.exact(0));
    // 0.5 - 0.25 on the grid of 2^-64: 2^62 of them.
    const simple = new FixedSums(1);
    simple.add(0, 0.5);
    simple.add(0, -0.25);
    expect(simple.exact(0)).toBe(2n ** 62n);
    expect(simple.value(0)).toBe(0.25);
    const many = new FixedSums(2);
    for (let i = 0; i < 2 ** 21 + 3; i++) {
      many.add(0, 1.5);
      many.add(1, -0.75);
    }
    expect(many.value(0)).toBe(1.5 * (2 ** 21 + 3));
    expect(many.value(1)).toBe(-0.75 * (2 ** 21 + 3));
  });

  it('holds values of 2^32 and over in its top limb, beside smaller ones', () => {
    const big = new FixedSums(1);
    big.add(0, 2 ** 40 + 0.5);
    big.add(0, -(2 ** 32));
    big.add(0, 3.25);
    // 2^40 - 2^32 + 3.75, on the grid of 2^-64.
    expect(big.exact(0)).toBe((2n ** 40n - 2n ** 32n) * 2n ** 64n + 15n * 2n ** 62n);
    expect(big.value(0)).toBe(2 ** 40 - 2 ** 32 + 3.75);
  });

  it('reads the same between additions and merges as at the end', () => {
    // Every value a multiple of 2^-7 under 2^40: its sum on the grid of 2^-64 is exact in a BigInt.
    const grid = (v: number) => BigInt(v * 128) * 2n ** 57n;
    const sums = new FixedSums(1);
    const other = new FixedSums(1);
    let expected = 0n;
    let expectedOther = 0n;
    for (let i = 0; i < 3000; i++) {
      const v = ((i * 7919) % 2 ** 20) * 2 ** 19 + (i % 64) / 64 - 2 ** 38;
      sums.add(0, v);
      expected += grid(v);
      other.add(0, -v / 2);
      expectedOther += grid(-v / 2);
      if (i % 97 === 0) expect(sums.exact(0)).toBe(expected);
      if (i % 501 === 0) {
        sums.merge(other);
        expected += expectedOther;
        expect(sums.exact(0)).toBe(expected);
      }
    }
    expect(sums.exact(0)).toBe(expected);
    expect(other.exact(0)).toBe(expectedOther);
    // 1 - 2^-32 puts 2^32 - 1 in the third limb: 2^22 of them pass 2^53 there unless carried as they go.
    const carried = new FixedSums(1);
    const n = 2 ** 22 + 5;
    for (let i = 0; i < n; i++) {
      carried.add(0, 1 - 2 ** -32);
      if (i === 1000 || i === 2 ** 21) expect(carried.exact(0)).toBe(BigInt(i + 1) * (2n ** 64n - 2n ** 32n));
    }
    expect(carried.exact(0)).toBe(BigInt(n) * (2n ** 64n - 2n ** 32n));
  });

  it('refuses a value it cannot hold exactly', () => {
    expect(() => new FixedSums(1).add(0, 2 ** 63)).toThrow(RangeError);
    expect(() => new FixedSums(1).add(0, NaN)).toThrow(RangeError);
  });
});

describe('alphaExtras', () => {
  // C = [[1, .5], [.5, 1]] over 10 respondents: R = C, average r .5, smc = 1 - 1 / (4/3) = .25.
  const cov = Float64Array.from([1, 0.5, 0.5, 1]);
  const alpha = 2 * (1 - 2 / 3);

  it('works out the figures of a 2-item scale by hand', () => {
    const x = alphaExtras(cov, 2, alpha, 10);
    expect(x.averageR).toBeCloseTo(0.5, 15);
    expect(x.medianR).toBeCloseTo(0.5, 15);
    expect(x.signalNoise).toBeCloseTo(2, 14);
    expect(x.g6).toBeCloseTo(1 - (2 - 0.5) / 3, 14);
    expect(x.stdR[0]).toBeCloseTo(1.5 / Math.sqrt(3), 14);
    expect(x.rCor[1]).toBeCloseTo(0.75 / Math.sqrt(1.5), 14);
    // Q = (2 * 4 / (1 * 27)) * (3 * (2.5 + 4) - 2 * 2 * 4.5) = 12 / 27.
    const ase = Math.sqrt(12 / 27 / 10);
    expect(x.alphaSE).toBeCloseTo(ase, 14);
    expect(x.alphaDuhachek!.lower).toBeCloseTo(alpha - 1.96 * ase, 14);
    expect(x.alphaDuhachek!.upper).toBeCloseTo(alpha + 1.96 * ase, 14);
    expect(x.alphaFeldt!.lower).toBeLessThan(alpha);
    expect(x.alphaFeldt!.upper).toBeGreaterThan(alpha);
    expect(x.reasons).toEqual({});
  });

  it('gives the reason for every figure it withholds', () => {
    // The second item has no variance: one item is left, too few for any figure.
    const lone = alphaExtras(Float64Array.from([1, 0, 0, 0]), 2, null, 10);
    for (const name of ['alphaSE', 'alphaFeldt', 'alphaDuhachek', 'averageR', 'medianR', 'signalNoise', 'g6']) {
      expect((lone as unknown as Record<string, unknown>)[name]).toBeNull();
      expect(lone.reasons[name]).toMatch(/fewer than 2 items with variance/);
    }
    expect(lone.itemReasons[1]!.stdR).toMatch(/nobody varied/);
    // A pair never answered together: the covariance is unknown.
    const unknown = alphaExtras(Float64Array.from([1, NaN, NaN, 1]), 2, null, 10);
    expect(unknown.g6).toBeNull();
    expect(unknown.reasons.g6).toMatch(/answered together by fewer than 2/);
    expect(unknown.itemReasons[0]!.rCor).toMatch(/answered together/);
    // One respondent: no Feldt interval.
    expect(alphaExtras(cov, 2, alpha, 1).reasons.alphaFeldt).toMatch(/at least 2 respondents/);
  });
});

describe('meanInterval', () => {
  it("is t.test's interval: mean -+ qt(0.975, n - 1) * sd / sqrt(n)", () => {
    const { se, ci, reasons } = meanInterval(4, 2, 2);
    expect(se).toBe(1);
    // qt(0.975, 3) = 3.182446305284263 (R); stdlib's agrees to 1e-12.
    expect(ci!.lower).toBeCloseTo(2 - 3.182446305284263, 11);
    expect(ci!.upper).toBeCloseTo(2 + 3.182446305284263, 11);
    expect(reasons).toEqual({});
  });

  it('withholds with the reason for one score, or scores all the same', () => {
    expect(meanInterval(1, 3, null)).toEqual({ se: null, ci: null, reasons: { meanSE: 'fewer than 2 respondents have a score', meanCI: 'fewer than 2 respondents have a score' } });
    expect(meanInterval(5, 3, 0).reasons.meanCI).toMatch(/same score/);
  });
});
