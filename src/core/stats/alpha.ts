import { stableText } from '../report/stable-text.js';

/** Cronbach's alpha and item-total figures, as psych::alpha() computes them from a covariance matrix. */
export interface AlphaResult {
  /** k/(k-1) * (1 - trace(C)/sum(C)); null when it cannot be computed (fewer than 2 usable items). */
  raw: number | null;
  /** The same on the correlation matrix cov2cor(C): k/(k-1) * (1 - k/sum(R)). */
  standardized: number | null;
  /** Per item, in the order given: corrected item-total correlation (null for an excluded item). */
  rDrop: (number | null)[];
  /**
   * Per item: raw alpha of the other usable items, from their own covariances (psych's alpha.1 on
   * C[-i, -i]), so it is a number whenever those are all defined, even when some of the dropped
   * item's are not; null when fewer than 2 would remain, or the item is excluded.
   */
  alphaIfDropped: (number | null)[];
  /**
   * Indices of items left out because they have no variance (or fewer than 2 answers), as psych's
   * alpha(delete = TRUE) leaves them out.
   */
  excluded: number[];
  /** Why raw (as `alpha`) or standardized (as `alphaStandardized`) is null; nothing for a number. */
  reasons: Record<string, string>;
  /** Per item: why its rDrop or alphaIfDropped is null. */
  itemReasons: Record<string, string>[];
}

/**
 * Alpha from a k x k covariance matrix (row-major), e.g. pairwise-complete as psych uses by
 * default. The standardized alpha uses cov2cor(C) as psych does, which with missing data differs
 * slightly from alpha on cor(x, use = "pairwise"). A covariance that is NaN (a pair of items
 * answered together by fewer than 2 people) makes every figure that sums over it null, with the
 * pair named in the reason, as psych's formulas give NaN there.
 */
export function cronbachAlpha(cov: Float64Array, k: number, ids?: readonly string[]): AlphaResult {
  const name = (i: number) => ids?.[i] ?? `item ${i + 1}`;
  const kept: number[] = [];
  const excluded: number[] = [];
  for (let i = 0; i < k; i++) {
    const variance = cov[i * k + i]!;
    (variance > 0 ? kept : excluded).push(i); // NaN (too few answers) fails the test too
  }
  const rDrop: (number | null)[] = new Array<number | null>(k).fill(null);
  const alphaIfDropped: (number | null)[] = new Array<number | null>(k).fill(null);
  const itemReasons: Record<string, string>[] = Array.from({ length: k }, () => ({}));
  for (const i of excluded) {
    const why = stableText('cohort.reason.leftOutOfAlpha', { why: stableText(Number.isNaN(cov[i * k + i]!) ? 'cohort.reason.fewerThan2AnswersBare' : 'cohort.reason.noVariance') });
    itemReasons[i] = { rDrop: why, alphaIfDropped: why };
  }
  const m = kept.length;
  if (m < 2) {
    const why = stableText('cohort.reason.fewItemsWithVariance', { m: String(m) });
    for (const i of kept) itemReasons[i] = { rDrop: why, alphaIfDropped: why };
    return { raw: null, standardized: null, rDrop, alphaIfDropped, excluded, reasons: { alpha: why, alphaStandardized: why }, itemReasons };
  }

  // Pairs of kept items whose covariance is undefined: never answered together by 2 or more.
  const undefinedPairs: [number, number][] = [];
  for (let a = 0; a < m; a++) for (let b = a + 1; b < m; b++) if (Number.isNaN(cov[kept[a]! * k + kept[b]!]!)) undefinedPairs.push([kept[a]!, kept[b]!]);
  const pairText = ([i, j]: [number, number]) => stableText('cohort.reason.pair', { a: name(i), b: name(j) });
  // "d4 and d5 were never answered together by 2 or more respondents"; "d1 and d4; d2 and d4 (2 pairs) were ...".
  const pairsText = (pairs: [number, number][]) =>
    stableText('cohort.reason.neverTogether', {
      pairs: pairs.slice(0, 3).map(pairText).join('; '),
      more: pairs.length > 3 ? stableText('cohort.reason.pairsMore', { more: String(pairs.length - 3) }) : '',
      count: pairs.length > 1 ? stableText('cohort.reason.pairsCount', { pairs: String(pairs.length) }) : '',
    });

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
    const reasons = itemReasons[i]!;
    // Alpha of a single remaining item is undefined (psych prints C[1,2]/C[2,2] there instead).
    if (m === 2) reasons.alphaIfDropped = stableText('cohort.reason.fewerItemsRemain');
    if (undefinedPairs.length === 0) {
      // sum(C[-i, -i]) without rebuilding the matrix: remove row i and column i, adding back C[i, i].
      const othersTotal = total - 2 * rowSum[a]! + variance;
      rDrop[i] = finite((rowSum[a]! - variance) / Math.sqrt(variance * othersTotal));
      if (m > 2) alphaIfDropped[i] = finite(((m - 1) / (m - 2)) * (1 - (trace - variance) / othersTotal));
    } else {
      // psych's r.drop sums C[, i] and C[-i, -i]: the whole matrix, so any undefined pair undoes it.
      reasons.rDrop = pairsText(undefinedPairs);
      const remaining = undefinedPairs.filter(([p, q]) => p !== i && q !== i);
      if (m > 2 && remaining.length > 0) reasons.alphaIfDropped = stableText('cohort.reason.amongOthers', { why: pairsText(remaining) });
      else if (m > 2) {
        let othersTotal = 0;
        for (const p of kept) for (const q of kept) if (p !== i && q !== i) othersTotal += cov[p * k + q]!;
        alphaIfDropped[i] = finite(((m - 1) / (m - 2)) * (1 - (trace - variance) / othersTotal));
      }
    }
    for (const [figure, value] of [
      ['rDrop', rDrop[i]],
      ['alphaIfDropped', alphaIfDropped[i]],
    ] as const) {
      if (value === null) reasons[figure] ??= stableText('cohort.reason.othersNoVariance');
      else delete reasons[figure];
    }
  }
  const raw = finite((m / (m - 1)) * (1 - trace / total));
  const standardized = finite((m / (m - 1)) * (1 - m / totalStandardized));
  const why = undefinedPairs.length > 0 ? pairsText(undefinedPairs) : stableText('cohort.reason.itemsNoVariance');
  const reasons: Record<string, string> = {};
  if (raw === null) reasons.alpha = why;
  if (standardized === null) reasons.alphaStandardized = why;
  return { raw, standardized, rDrop, alphaIfDropped, excluded, reasons, itemReasons };
}

/** A number for JSON: NaN and infinities (from a zero or missing covariance) become null. */
export function finite(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
