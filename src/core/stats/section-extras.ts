import { finite } from './alpha.js';
import { alphaExtras, meanInterval, type AlphaExtras, type Interval } from './alpha-extras.js';
import type { SectionStatistics, ThemeCohortStatistics } from './cohort-statistics.js';
import type { CohortTally } from './cohort-tally.js';
import { statisticsFromMoments } from './item-statistics.js';
import { selectMoments } from './pairwise.js';
import { stableText } from '../report/stable-text.js';

/** The figures of psych::alpha() beyond alpha, of one theme or facet (see ./alpha-extras.ts). */
export interface SectionExtras extends Pick<AlphaExtras, 'alphaSE' | 'alphaFeldt' | 'alphaDuhachek' | 'averageR' | 'medianR' | 'signalNoise' | 'g6'> {
  /** Standard error of the mean person score, sd / sqrt(n). */
  meanSE: number | null;
  /** t-based 95% CI of the mean person score, as R's t.test(scores)$conf.int. */
  meanCI: Interval | null;
  /** Figure name -> why it is null. */
  reasons: Record<string, string>;
  items: ItemExtras[];
}

export interface ItemExtras {
  /** psych's raw.r: the item's correlation with the section's total (the mean of its answered items). */
  rawR: number | null;
  /** psych's std.r: the same from the correlation matrix. */
  stdR: number | null;
  /** psych's r.cor: std.r corrected for item overlap and reliability (by the smc). */
  rCor: number | null;
  reasons: Record<string, string>;
}

/** Correlation of two sections' person scores, raw and corrected for attenuation. */
export interface SectionCorrelation {
  a: string;
  b: string;
  /** Respondents scored on both. */
  n: number;
  /** cor(a, b, use = "pairwise") of the person scores. */
  r: number | null;
  /** r / sqrt(alpha_a * alpha_b), with each section's raw alpha (psych's correct.cor). */
  corrected: number | null;
  reasons: Record<string, string>;
}

/** An item that correlates negatively with the rest of its theme or facet: probably keyed the wrong way. */
export interface NegativeItem {
  section: string;
  item: string;
  rDrop: number;
}

/**
 * The extra figures of every section, in tallyStatistics' order (each theme followed by its facets),
 * from the same tally and the statistics already worked out from it.
 */
export function sectionExtras(tally: CohortTally, themes: readonly ThemeCohortStatistics[]): SectionExtras[] {
  const out: SectionExtras[] = [];
  let g = 0;
  themes.forEach((theme, t) => {
    const moments = tally.themes[t]!.moments();
    const positions = tally.layout.questionnaire.themes[t]!.facets.map((facet) => facet.scoredItems.map((item) => tally.layout.questionnaire.themes[t]!.scoredItems.indexOf(item)));
    out.push(extrasOf(tally, g++, theme, statisticsFromMoments(moments, tally.rows).covariance));
    theme.facets.forEach((facet, f) => {
      out.push(extrasOf(tally, g++, facet, statisticsFromMoments(selectMoments(moments, positions[f]!), tally.rows).covariance));
    });
  });
  return out;
}

function extrasOf(tally: CohortTally, g: number, stats: SectionStatistics, covariance: Float64Array): SectionExtras {
  const k = stats.items.length;
  const alpha = alphaExtras(covariance, k, stats.alpha, tally.rows);
  const mean = meanInterval(stats.n, stats.mean, stats.sd);
  const rawR = tally.scales.itemTotalCorrelations(g);
  // psych's total leaves out the items without variance; an answered one would be in syslead's.
  const answeredExcluded = stats.items.filter((item) => stats.alphaExcluded.includes(item.id) && item.n > 0).map((item) => item.id);
  const items = stats.items.map((item, i): ItemExtras => {
    const reasons: Record<string, string> = { ...alpha.itemReasons[i] };
    let r: number | null = null;
    if (stats.alphaExcluded.includes(item.id)) reasons.rawR = stableText('cohort.reason.nobodyVaried');
    else if (answeredExcluded.length > 0) reasons.rawR = stableText('cohort.reason.totalLeavesOut', { items: answeredExcluded.join(', ') });
    else {
      r = finite(rawR[i]!);
      if (r === null) reasons.rawR = stableText('cohort.reason.rawRNotComputed');
    }
    return { rawR: r, stdR: alpha.stdR[i]!, rCor: alpha.rCor[i]!, reasons };
  });
  return {
    alphaSE: alpha.alphaSE,
    alphaFeldt: alpha.alphaFeldt,
    alphaDuhachek: alpha.alphaDuhachek,
    averageR: alpha.averageR,
    medianR: alpha.medianR,
    signalNoise: alpha.signalNoise,
    g6: alpha.g6,
    meanSE: mean.se,
    meanCI: mean.ci,
    reasons: { ...alpha.reasons, ...mean.reasons },
    items,
  };
}

/** Every pair of sections (themes and facets, in order), their scores' correlation raw and corrected for attenuation. */
export function sectionCorrelations(tally: CohortTally, themes: readonly ThemeCohortStatistics[]): SectionCorrelation[] {
  const sections = themes.flatMap((theme) => [theme, ...theme.facets]);
  const out: SectionCorrelation[] = [];
  for (let g = 0; g < sections.length; g++) {
    for (let h = g + 1; h < sections.length; h++) {
      const a = sections[g]!;
      const b = sections[h]!;
      const { n, r: value } = tally.scales.scoreCorrelation(g, h);
      const r = finite(value);
      const reasons: Record<string, string> = {};
      let corrected: number | null = null;
      if (r === null) {
        reasons.r = n < 2 ? stableText('cohort.reason.fewScoredBoth') : stableText('cohort.reason.oneDidNotVary');
        reasons.corrected = reasons.r;
      } else if (a.alpha === null || b.alpha === null) reasons.corrected = stableText('cohort.reason.alphaOfNotComputed', { section: a.alpha === null ? a.id : b.id });
      else if (a.alpha <= 0 || b.alpha <= 0) reasons.corrected = stableText('cohort.reason.alphaOfNotPositive', { section: a.alpha <= 0 ? a.id : b.id });
      else corrected = finite(r / Math.sqrt(a.alpha * b.alpha));
      out.push({ a: a.id, b: b.id, n, r, corrected, reasons });
    }
  }
  return out;
}

/**
 * Respondents an item's r.drop needs before its sign is taken as a sign of mis-keying: with a handful,
 * r.drop swings to -1 by chance. (The small-number floors of the report are set elsewhere; this one
 * only stops the warning from crying wolf.)
 */
export const NEGATIVE_ITEM_MIN_ANSWERS = 10;

/** Items with a negative r.drop, answered by at least NEGATIVE_ITEM_MIN_ANSWERS, in section order. */
export function negativeItems(themes: readonly ThemeCohortStatistics[]): NegativeItem[] {
  return themes
    .flatMap((theme) => [theme, ...theme.facets])
    .flatMap((section) => section.items.filter((item) => item.rDrop !== null && item.rDrop < 0 && item.n >= NEGATIVE_ITEM_MIN_ANSWERS).map((item) => ({ section: section.id, item: item.id, rDrop: item.rDrop! })));
}
