import type { UiLanguage } from '../i18n/messages.js';
import { sayIn } from '../i18n/voice.js';
import { tQuantile } from '../stats/distributions.js';
import { findRoot, noncentralTCdf, tCdf } from './distributions.js';

/** The reliable-change criterion of Jacobson & Truax (1991): |RCI| above it is a reliable change. */
export const RCI_CRITERION = 1.96;

/** What R's t.test(after, before, paired = TRUE) reports, for the differences after - before. */
export interface PairedT {
  n: number;
  /** mean(after - before): R's estimate. */
  estimate: number;
  sdDiff: number;
  /** sd / sqrt(n). */
  standardError: number;
  statistic: number;
  df: number;
  /** Two-sided. */
  pValue: number;
  /** 95% interval from the t distribution with n - 1 degrees of freedom. */
  ciLower: number;
  ciUpper: number;
}

/** A figure that could not be computed, with why. */
export type Withheld = { withheld: string };

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** Sample SD (n - 1), two passes, as R's sd(). */
export function sampleSd(xs: readonly number[]): number {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
}

/** The paired t test of after against before (equal lengths, pair by pair), as R's t.test(after, before, paired = TRUE). */
export function pairedT(before: readonly number[], after: readonly number[], language: UiLanguage = 'en'): PairedT | Withheld {
  const n = before.length;
  if (n < 2) return { withheld: sayIn(language, 'evaluate.withheld.pairs', { count: n }) };
  const diff = after.map((a, i) => a - before[i]!);
  const estimate = mean(diff);
  const sdDiff = sampleSd(diff);
  if (!(sdDiff > 0)) return { withheld: sayIn(language, 'evaluate.withheld.noSpread') };
  const standardError = sdDiff / Math.sqrt(n);
  const statistic = estimate / standardError;
  const df = n - 1;
  const q = tQuantile(0.975, df);
  return { n, estimate, sdDiff, standardError, statistic, df, pValue: 2 * tCdf(-Math.abs(statistic), df), ciLower: estimate - q * standardError, ciUpper: estimate + q * standardError };
}

export interface EffectSize {
  /** Cohen's d_z = mean(diff) / sd(diff). */
  dz: number;
  ciLower: number;
  ciUpper: number;
}

/**
 * Cohen's d_z with its 95% CI by inverting the noncentral t: the ncp whose distribution puts the
 * observed t at its 97.5th (2.5th) percentile, divided by sqrt(n), as R's
 * uniroot(function(ncp) pt(t, n - 1, ncp) - 0.975, ...) finds it.
 */
export function effectSize(t: PairedT): EffectSize {
  const { n, df, statistic } = t;
  const root = (p: number) => {
    const f = (ncp: number) => noncentralTCdf(statistic, df, ncp) - p;
    // pt(t, df, ncp) falls as ncp rises: widen the bracket until it holds the root.
    let width = Math.max(10, Math.abs(statistic));
    while (f(statistic - width) < 0 || f(statistic + width) > 0) width *= 2;
    return findRoot(f, statistic - width, statistic + width);
  };
  return { dz: t.estimate / t.sdDiff, ciLower: root(0.975) / Math.sqrt(n), ciUpper: root(0.025) / Math.sqrt(n) };
}

/** The standard error of a difference between two measurements (Jacobson & Truax): SD * sqrt(2) * sqrt(1 - r_xx). */
export function reliableChangeSe(baselineSd: number | null, alpha: number | null, language: UiLanguage = 'en'): number | Withheld {
  if (alpha === null) return { withheld: sayIn(language, 'evaluate.withheld.noAlpha') };
  if (!(alpha > 0 && alpha < 1)) return { withheld: sayIn(language, 'evaluate.withheld.alphaRange', { alpha: alpha.toFixed(3) }) };
  if (baselineSd === null || !(baselineSd > 0)) return { withheld: sayIn(language, 'evaluate.withheld.noSd') };
  return baselineSd * Math.SQRT2 * Math.sqrt(1 - alpha);
}

export type ChangeClass = 'improved' | 'no reliable change' | 'declined';

/** A change class in words (the class itself is the JSON's). */
export function changeClassWords(language: UiLanguage, c: ChangeClass): string {
  return sayIn(language, c === 'improved' ? 'evaluate.class.improved' : c === 'declined' ? 'evaluate.class.declined' : 'evaluate.class.none');
}

export function rciClass(rci: number): ChangeClass {
  // not said: the class as the JSON names it; changeClassWords says it
  return rci > RCI_CRITERION ? 'improved' : rci < -RCI_CRITERION ? 'declined' : 'no reliable change';
}
