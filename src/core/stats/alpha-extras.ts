import { finite } from './alpha.js';
import { fQuantile, tQuantile } from './distributions.js';
import { symmetricEigen } from './symmetric-eigen.js';
import { stableText } from '../report/stable-text.js';

/** A 95% confidence interval. */
export interface Interval {
  lower: number;
  upper: number;
}

/**
 * The rest of psych::alpha()'s figures from the same pairwise-complete covariance matrix (psych
 * 2.2.9's alpha.1, alpha.ci and print.psych), over the items alpha keeps (those with variance).
 * Each is null with its reason (by the figure's name) when it cannot be computed.
 */
export interface AlphaExtras {
  /** psych's ase: sqrt(Q / n), Q as Duhachek & Iacobucci (2004), n every respondent in the selection. */
  alphaSE: number | null;
  /** 1 - (1 - alpha) * qf(0.975 and 0.025; n - 1, (n - 1)(k - 1)), as psych::alpha.ci (Feldt 1987). */
  alphaFeldt: Interval | null;
  /** alpha -+ 1.96 * ase, as print.psych's "Duhachek" line. */
  alphaDuhachek: Interval | null;
  /** Mean off-diagonal correlation of cov2cor(C). */
  averageR: number | null;
  /** Median off-diagonal correlation. */
  medianR: number | null;
  /** k * average_r / (1 - average_r). */
  signalNoise: number | null;
  /** Guttman's lambda 6 from the squared multiple correlations, psych's G6(smc). */
  g6: number | null;
  /** Per item, in the order given: psych's std.r (null for an item alpha leaves out). */
  stdR: (number | null)[];
  /** Per item: psych's r.cor, corrected for overlap and reliability by the smc. */
  rCor: (number | null)[];
  /** Figure name -> why it is null; per item, the reason for every null of its own. */
  reasons: Record<string, string>;
  itemReasons: Record<string, string>[];
}

const Z975 = 1.96;

/**
 * From a k x k covariance matrix C (row-major, as cronbachAlpha takes), its raw alpha, and `rows`,
 * the respondents in the selection (psych's nrow(x): ase and Feldt's interval use it).
 */
export function alphaExtras(cov: Float64Array, k: number, alpha: number | null, rows: number): AlphaExtras {
  const kept: number[] = [];
  for (let i = 0; i < k; i++) if (cov[i * k + i]! > 0) kept.push(i);
  const m = kept.length;
  const stdR = new Array<number | null>(k).fill(null);
  const rCor = new Array<number | null>(k).fill(null);
  const itemReasons = Array.from({ length: k }, () => ({}) as Record<string, string>);
  const result: AlphaExtras = { alphaSE: null, alphaFeldt: null, alphaDuhachek: null, averageR: null, medianR: null, signalNoise: null, g6: null, stdR, rCor, reasons: {}, itemReasons };
  const withhold = (reason: string, names: readonly string[]) => {
    for (const name of names) if ((result as unknown as Record<string, unknown>)[name] === null) result.reasons[name] ??= reason;
  };
  const ALL = ['alphaSE', 'alphaFeldt', 'alphaDuhachek', 'averageR', 'medianR', 'signalNoise', 'g6'];
  const withholdItems = (reason: string, names: readonly string[]) => {
    for (let i = 0; i < k; i++) for (const name of names) if ((name === 'stdR' ? stdR : rCor)[i] === null) itemReasons[i]![name] ??= reason;
  };
  for (let i = 0; i < k; i++) if (!kept.includes(i)) for (const name of ['stdR', 'rCor']) itemReasons[i]![name] = stableText('cohort.reason.nobodyVaried');

  if (m < 2) {
    withhold(stableText('cohort.reason.fewItemsAlphaFigures'), ALL);
    withholdItems(stableText('cohort.reason.fewItemsWithVarianceBare'), ['stdR', 'rCor']);
    return result;
  }
  const c = new Float64Array(m * m);
  for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) c[a * m + b] = cov[kept[a]! * k + kept[b]!]!;
  if (c.some((x) => Number.isNaN(x))) {
    const reason = stableText('cohort.reason.pairUnknown');
    withhold(reason, ALL);
    withholdItems(reason, ['stdR', 'rCor']);
    return result;
  }

  // cov2cor as R computes it: Is * V * rep(Is, each = p), with 1 on the diagonal.
  const is = Float64Array.from(kept, (_, a) => Math.sqrt(1 / c[a * m + a]!));
  const r = new Float64Array(m * m);
  for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) r[a * m + b] = a === b ? 1 : is[a]! * c[a * m + b]! * is[b]!;
  let sumR = 0;
  for (const x of r) sumR += x;

  const averageR = (sumR - m) / (m * (m - 1));
  result.averageR = finite(averageR);
  const lower: number[] = [];
  for (let b = 0; b < m; b++) for (let a = b + 1; a < m; a++) lower.push(r[a * m + b]!);
  result.medianR = finite(median(lower));
  result.signalNoise = averageR === 1 ? null : finite((m * averageR) / (1 - averageR));
  if (result.signalNoise === null) result.reasons.signalNoise = stableText('cohort.reason.perfectCorrelation');

  // The smc from psych's Pinv (an SVD pseudo-inverse), clipped to [0, 1] as psych::smc does.
  const smc = squaredMultipleCorrelations(r, m);
  let sumSmc = 0;
  for (const x of smc) sumSmc += x;
  result.g6 = finite(1 - (m - sumSmc) / sumR);
  const colSums = new Float64Array(m);
  for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) colSums[b]! += r[a * m + b]!;
  let sumRC = sumR;
  for (let a = 0; a < m; a++) sumRC += smc[a]! - 1;
  kept.forEach((i, a) => {
    stdR[i] = finite(colSums[a]! / Math.sqrt(sumR));
    rCor[i] = finite((colSums[a]! - 1 + smc[a]!) / Math.sqrt(sumRC));
  });
  withholdItems(stableText('cohort.reason.stdRNaN'), ['stdR']);
  withholdItems(stableText('cohort.reason.rCorNaN'), ['rCor']);

  // Q as alpha.1: (2 k^2 / ((k-1)^2 sum(C)^3)) * (sum(C) (tr(CC) + tr(C)^2) - 2 tr(C) sum(CC)).
  let sumC = 0;
  let trace = 0;
  let traceCC = 0;
  let sumCC = 0;
  for (let a = 0; a < m; a++) {
    let row = 0;
    trace += c[a * m + a]!;
    for (let b = 0; b < m; b++) {
      const x = c[a * m + b]!;
      row += x;
      traceCC += x * c[b * m + a]!;
    }
    sumC += row;
    sumCC += row * row; // sum(C %*% C) = sum over j of (row sum j)(column sum j), C symmetric
  }
  const q = ((2 * m * m) / ((m - 1) ** 2 * sumC ** 3)) * (sumC * (traceCC + trace * trace) - 2 * (trace * sumCC));
  result.alphaSE = rows > 0 ? finite(Math.sqrt(q / rows)) : null;
  if (result.alphaSE === null) result.reasons.alphaSE = stableText('cohort.reason.qNotPositive');
  if (alpha !== null && result.alphaSE !== null) result.alphaDuhachek = { lower: alpha - Z975 * result.alphaSE, upper: alpha + Z975 * result.alphaSE };
  else withhold(alpha === null ? stableText('cohort.reason.alphaNotComputed') : stableText('cohort.reason.aseNotComputed'), ['alphaDuhachek']);

  if (alpha === null) withhold(stableText('cohort.reason.alphaNotComputed'), ['alphaFeldt']);
  else if (rows < 2) withhold(stableText('cohort.reason.feldtTwo'), ['alphaFeldt']);
  else {
    const df1 = rows - 1;
    const df2 = (rows - 1) * (m - 1);
    const lower = finite(1 - (1 - alpha) * fQuantile(0.975, df1, df2));
    const upper = finite(1 - (1 - alpha) * fQuantile(0.025, df1, df2));
    if (lower !== null && upper !== null) result.alphaFeldt = { lower, upper };
    else withhold(stableText('cohort.reason.feldtQuantiles'), ['alphaFeldt']);
  }
  withhold(stableText('cohort.reason.notFinite'), ALL);
  return result;
}

/** R's median of numbers (none: NaN). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * psych::smc of a full correlation matrix: 1 - 1 / diag(Pinv(R)), then smcs above 1 set to 1 and
 * below 0 set to 0. Pinv inverts the singular values above sqrt(machine epsilon) times the largest;
 * for a symmetric matrix they are the absolute eigenvalues, so Pinv(R) = V diag(1/lambda) V' over those.
 */
export function squaredMultipleCorrelations(r: Float64Array, m: number): Float64Array {
  const { values, vectors } = symmetricEigen(r, m);
  let largest = 0;
  for (const v of values) largest = Math.max(largest, Math.abs(v));
  const tolerance = Math.sqrt(2 ** -52) * largest;
  const smc = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let inverseDiagonal = 0;
    for (let e = 0; e < m; e++) {
      const lambda = values[e]!;
      if (Math.abs(lambda) > tolerance) inverseDiagonal += vectors[i * m + e]! ** 2 / lambda;
    }
    smc[i] = 1 - 1 / inverseDiagonal;
  }
  // As psych: if any is above 1, those are set to 1; if any below 0, those to 0.
  for (let i = 0; i < m; i++) {
    if (smc[i]! > 1) smc[i] = 1;
    else if (smc[i]! < 0) smc[i] = 0;
  }
  return smc;
}

/** The standard error and t-based 95% CI of a mean, as R's t.test(x)$conf.int; null with the reason. */
export function meanInterval(n: number, mean: number | null, sd: number | null): { se: number | null; ci: Interval | null; reasons: Record<string, string> } {
  if (mean === null || sd === null || n < 2) {
    const reason = stableText('cohort.reason.fewScored');
    return { se: null, ci: null, reasons: { meanSE: reason, meanCI: reason } };
  }
  const se = sd / Math.sqrt(n);
  if (!(se > 0)) return { se: 0, ci: null, reasons: { meanCI: stableText('cohort.reason.constant') } };
  // t.test: tstat = mean / se; cint = tstat + c(-1, 1) * qt(0.975, n - 1); cint * se.
  const q = tQuantile(0.975, n - 1);
  const t = mean / se;
  return { se, ci: { lower: (t - q) * se, upper: (t + q) * se }, reasons: {} };
}
