/** Cronbach's alpha and item-total figures, as psych::alpha() computes them from a covariance matrix. */
export interface AlphaResult {
  /** k/(k-1) * (1 - trace(C)/sum(C)); null when it cannot be computed (fewer than 2 usable items). */
  raw: number | null;
  /** The same on the correlation matrix cov2cor(C): k/(k-1) * (1 - k/sum(R)). */
  standardized: number | null;
  /** Per item, in the order given: corrected item-total correlation (null for an excluded item). */
  rDrop: (number | null)[];
  /** Per item: raw alpha of the other usable items (null when fewer than 2 would remain, or excluded). */
  alphaIfDropped: (number | null)[];
  /**
   * Indices of items left out because they have no variance (or fewer than 2 answers), as psych's
   * alpha(delete = TRUE) leaves them out.
   */
  excluded: number[];
}

/**
 * Alpha from a k x k covariance matrix (row-major), e.g. pairwise-complete as psych uses by
 * default. The standardized alpha uses cov2cor(C) as psych does, which with missing data differs
 * slightly from alpha on cor(x, use = "pairwise").
 */
export function cronbachAlpha(cov: Float64Array, k: number): AlphaResult {
  const kept: number[] = [];
  const excluded: number[] = [];
  for (let i = 0; i < k; i++) {
    const variance = cov[i * k + i]!;
    (variance > 0 ? kept : excluded).push(i); // NaN (too few answers) fails the test too
  }
  const rDrop: (number | null)[] = new Array<number | null>(k).fill(null);
  const alphaIfDropped: (number | null)[] = new Array<number | null>(k).fill(null);
  const m = kept.length;
  if (m < 2) return { raw: null, standardized: null, rDrop, alphaIfDropped, excluded };

  let total = 0;
  let trace = 0;
  let totalStandardized = 0;
  const rowSum = new Float64Array(m);
  for (let a = 0; a < m; a++) {
    const i = kept[a]!;
    trace += cov[i * k + i]!;
    for (let b = 0; b < m; b++) {
      const j = kept[b]!;
      const c = cov[i * k + j]!;
      rowSum[a]! += c;
      totalStandardized += c / Math.sqrt(cov[i * k + i]! * cov[j * k + j]!);
    }
    total += rowSum[a]!;
  }

  for (let a = 0; a < m; a++) {
    const i = kept[a]!;
    const variance = cov[i * k + i]!;
    // sum(C[-i, -i]) without rebuilding the matrix: remove row i and column i, adding back C[i, i].
    const othersTotal = total - 2 * rowSum[a]! + variance;
    rDrop[i] = finite((rowSum[a]! - variance) / Math.sqrt(variance * othersTotal));
    // Alpha of a single remaining item is undefined (psych prints C[1,2]/C[2,2] there instead).
    if (m > 2) alphaIfDropped[i] = finite(((m - 1) / (m - 2)) * (1 - (trace - variance) / othersTotal));
  }
  return {
    raw: finite((m / (m - 1)) * (1 - trace / total)),
    standardized: finite((m / (m - 1)) * (1 - m / totalStandardized)),
    rDrop,
    alphaIfDropped,
    excluded,
  };
}

/** A number for JSON: NaN and infinities (from a zero or missing covariance) become null. */
export function finite(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
