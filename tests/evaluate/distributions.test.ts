import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { noncentralTCdf, normalCdf, tCdf } from '../../src/core/evaluate/distributions.js';
import { tQuantile } from '../../src/core/stats/distributions.js';
import { fixture } from '../helpers/cli.js';

// R 4.2.2's pt, pt(ncp =), qt and pnorm on a grid: tests/fixtures/evaluate/distributions.R wrote distributions.json.
const ref = JSON.parse(readFileSync(fixture('evaluate/distributions.json'), 'utf8')) as {
  t: { t: number; df: number; ncp: number; pt: number; pnt: number }[];
  q: { p: number; df: number; qt: number }[];
  z: { x: number; pnorm: number }[];
};

describe('the t distribution as R computes it', () => {
  it.each(ref.t)('pt($t, $df) and pt($t, $df, ncp = $ncp)', ({ t, df, ncp, pt, pnt }) => {
    expect(Math.abs(tCdf(t, df) - pt)).toBeLessThan(1e-12);
    expect(Math.abs(noncentralTCdf(t, df, ncp) - pnt)).toBeLessThan(1e-10);
  });
  it.each(ref.q)('qt($p, $df)', ({ p, df, qt }) => {
    expect(Math.abs(tQuantile(p, df) - qt)).toBeLessThan(1e-10 * Math.max(1, Math.abs(qt)));
  });
  it.each(ref.z)('pnorm($x)', ({ x, pnorm }) => {
    expect(Math.abs(normalCdf(x) - pnorm)).toBeLessThan(1e-14);
  });
});
