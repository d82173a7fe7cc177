import chiSquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import chiSquareQuantile from '@stdlib/stats-base-dists-chisquare-quantile';
import fCdf from '@stdlib/stats-base-dists-f-cdf';
import fQuantileOf from '@stdlib/stats-base-dists-f-quantile';
import tQuantileOf from '@stdlib/stats-base-dists-t-quantile';

// The quantiles of the F and t distributions, as R 4.2's qf and qt (checked against R to 1e-9 in
// tests/stats/quantiles.test.ts). stdlib's quantiles are a start; its F quantile is refined on
// its F CDF (agreeing with R to 1e-14), but its chi-square CDF drifts for many degrees of freedom
// (1e-5 at 40,000), so the chi-square R's qf uses there is solved here on an accurate lower
// incomplete gamma.

/** The p quantile of F(df1, df2), as R's qf(p, df1, df2) (lower tail). */
export function fQuantile(p: number, df1: number, df2: number): number {
  // R's qf: for df1 <= df2 and df2 > 4e5, qchisq(p, df1) / df1; for df1 > 4e5, df2 / qchisq(1 - p, df2).
  if (df1 <= df2 && df2 > 4e5) return chiSquareQuantileExact(p, df1) / df1;
  if (df1 > 4e5) return df2 / chiSquareQuantileExact(1 - p, df2);
  return solve((x) => fCdf(x, df1, df2) - p, fQuantileOf(p, df1, df2));
}

/** The p quantile of Student's t with df degrees of freedom, as R's qt(p, df). */
export function tQuantile(p: number, df: number): number {
  return tQuantileOf(p, df);
}

/** Secant steps from a close start to the root of a monotone function. */
function solve(f: (x: number) => number, start: number): number {
  if (!(start > 0) || !Number.isFinite(start)) return start;
  let a = start * (1 - 1e-4);
  let b = start;
  let fa = f(a);
  let fb = f(b);
  for (let i = 0; i < 100 && fb !== 0 && fa !== fb; i++) {
    const next = b - (fb * (b - a)) / (fb - fa);
    a = b;
    fa = fb;
    b = next;
    fb = f(b);
    if (Math.abs(b - a) <= 4e-16 * Math.abs(b)) break;
  }
  return b;
}

/** qchisq(p, df): Newton steps on the lower regularized gamma P(df/2, x/2) from stdlib's estimate. */
function chiSquareQuantileExact(p: number, df: number): number {
  const a = df / 2;
  if (a < 15) return solve((x) => chiSquareCdf(x, df) - p, chiSquareQuantile(p, df));
  let x = chiSquareQuantile(p, df) / 2;
  for (let i = 0; i < 50; i++) {
    const { value, density } = lowerGamma(a, x);
    const step = (value - p) / density;
    x -= step;
    if (Math.abs(step) <= 1e-16 * x) break;
  }
  return 2 * x;
}

/**
 * The lower regularized gamma P(a, x) and its density x^(a-1) e^-x / Gamma(a), for a >= 15 and x near
 * a (the body of the distribution): the series sum over n of x^n / ((a+1)...(a+n)) times
 * x^a e^-x / Gamma(a+1), whose logarithm a (log(x/a) - (x/a - 1)) - log(2 pi a)/2 - stirlerr(a) is
 * taken without cancellation.
 */
function lowerGamma(a: number, x: number): { value: number; density: number } {
  const d = (x - a) / a;
  const logPrefix = a * log1pmx(d) - 0.5 * Math.log(2 * Math.PI * a) - stirlingError(a);
  const prefix = Math.exp(logPrefix);
  let term = 1;
  let sum = 1;
  for (let n = 1; n < 10_000_000; n++) {
    term *= x / (a + n);
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  return { value: prefix * sum, density: (prefix * a) / x };
}

/** log(1 + d) - d, accurate for small d. */
function log1pmx(d: number): number {
  if (Math.abs(d) > 0.1) return Math.log1p(d) - d;
  let power = d * d;
  let sum = 0;
  for (let k = 2; k < 60; k++) {
    const term = (k % 2 === 0 ? -power : power) / k;
    sum += term;
    if (Math.abs(term) < 1e-18 * Math.abs(sum)) break;
    power *= d;
  }
  return sum;
}

/** log Gamma(a + 1) - (a log a - a + log(2 pi a) / 2), Stirling's series, for a >= 15. */
function stirlingError(a: number): number {
  const a2 = a * a;
  return (1 / 12 - (1 / 360 - (1 / 1260 - 1 / (1680 * a2)) / a2) / a2) / a;
}
