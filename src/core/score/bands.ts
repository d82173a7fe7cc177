import type { Band } from '../questionnaire/model.js';

/**
 * A percent with floating-point noise removed (to 9 decimals), so that a result that is exactly a
 * cut-off in arithmetic (e.g. 100 * 0.3 / 0.75 = 40) is not banded below it as 39.99999999999999.
 */
export function cleanPercent(percent: number): number {
  return Math.round(percent * 1e9) / 1e9;
}

/** The band a percent falls in; a percent equal to a cut-off belongs to the higher band. */
export function bandFor(percent: number, bands: readonly Band[]): Band {
  const p = cleanPercent(percent);
  return bands.find((b) => b.below === undefined || p < b.below) ?? bands[bands.length - 1]!;
}

/**
 * The whole percent shown to people. Rounded down, so a shown percent never looks like a higher
 * band than the one it is in (69.6 shows as 69, not 70, when 70 starts the next band).
 */
export function shownPercent(percent: number): number {
  return Math.floor(cleanPercent(percent));
}
