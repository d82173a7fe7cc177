import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fQuantile, tQuantile } from '../../src/core/stats/distributions.js';

// quantiles.json was computed by R 4.2 (psych-extras/quantiles.R); this test needs no R.
const reference = JSON.parse(readFileSync(fileURLToPath(new URL('psych-extras/quantiles.json', import.meta.url)), 'utf8')) as {
  qf: { p: number; df1: number; df2: number; q: number }[];
  qt: { p: number; df: number; q: number }[];
};

describe('quantiles as R computes them', () => {
  it.each(reference.qf.map((c) => [c.p, c.df1, c.df2, c.q] as const))('qf(%d, %d, %d) = %d to 1e-9', (p, df1, df2, q) => {
    expect(Math.abs(fQuantile(p, df1, df2) - q) / Math.max(1, q)).toBeLessThan(1e-9);
  });
  it.each(reference.qt.map((c) => [c.p, c.df, c.q] as const))('qt(%d, %d) = %d to 1e-9', (p, df, q) => {
    expect(Math.abs(tQuantile(p, df) - q)).toBeLessThan(1e-9);
  });
});
