import type { Questionnaire, ScoredItem, Theme } from '../questionnaire/model.js';
import { dictionary } from '../dictionary.js';
import { cronbachAlpha } from './alpha.js';
import type { CohortTally } from './cohort-tally.js';
import { statisticsFromMoments, type ItemStatistics } from './item-statistics.js';
import { selectMoments, type PairwiseMoments } from './pairwise.js';
import { summariseCounts, type ScoreSummary } from './scores.js';
import { stableText } from '../report/stable-text.js';

/** An item's cohort figures, on keyed values (reverse-keyed items already reversed). */
export interface ItemCohortStatistics {
  id: string;
  n: number;
  missing: number;
  mean: number | null;
  sd: number | null;
  /** Corrected item-total correlation within the theme or facet; null when it cannot be computed. */
  rDrop: number | null;
  /** Raw alpha of the theme's or facet's other items. */
  alphaIfDropped: number | null;
  /** Raw answer (before reverse keying) -> count, every scale point listed. Missing answers are in `missing`. */
  frequencies: Record<string, number>;
  /** Figure name -> why it is null, for every figure that is null (and only those). */
  reasons: Record<string, string>;
}

export interface SectionStatistics extends ScoreSummary {
  id: string;
  title: string;
  alpha: number | null;
  alphaStandardized: number | null;
  /** Items left out of alpha because they have no variance in this cohort (as psych does). */
  alphaExcluded: string[];
  items: ItemCohortStatistics[];
  /** Figure name -> why it is null, for every figure that is null (and only those). */
  reasons: Record<string, string>;
}

export interface ThemeCohortStatistics extends SectionStatistics {
  facets: SectionStatistics[];
}

/**
 * Where a cohort's statistics come from: tallies folded in as rows were read (tallyStatistics), or,
 * in the tests, the stored rows the tallies are checked against (tests/helpers/row-statistics). Sections are the themes in questionnaire order, each
 * followed by its facets.
 */
export interface StatisticsSource {
  questionnaire: Questionnaire;
  /** Respondents in the selection. */
  rows: number;
  themeMoments(theme: number): PairwiseMoments;
  scoreSummary(section: number): ScoreSummary;
  /** Counts of the keyed values of an item, every scale point listed, ascending. */
  keyedCounts(item: ScoredItem): Map<number, number>;
}

/** The same statistics from a tally of the rows: the same figures, the person scores' mean and SD exact rather than summed one by one. */
export function tallyStatistics(tally: CohortTally): ThemeCohortStatistics[] {
  const { questionnaire } = tally.layout;
  const bandIds = questionnaire.bands.map((b) => b.id);
  const position = new Map(questionnaire.themes.flatMap((t) => t.scoredItems).map((item, i) => [item.id, i] as const));
  return statisticsOf({
    questionnaire,
    rows: tally.rows,
    themeMoments: (t) => tally.themes[t]!.moments(),
    scoreSummary: (g) => summariseCounts(tally.sections[g]!.scores, tally.sections[g]!.bands, tally.rows, bandIds),
    keyedCounts: (item) => {
      const counts = tally.points[position.get(item.id)!]!;
      return new Map(Array.from(counts, (count, p) => [item.scale.min + p, count] as const));
    },
  });
}

export function statisticsOf(source: StatisticsSource): ThemeCohortStatistics[] {
  // An item's frequencies are the same in its theme and its facet: counted once.
  const frequencies = new Map<string, Record<string, number>>();
  const frequenciesOf = (item: ScoredItem) => frequencies.get(item.id) ?? frequencies.set(item.id, rawFrequencies(item, source.keyedCounts(item))).get(item.id)!;
  let section = 0;
  return source.questionnaire.themes.map((theme, t) => {
    const stats = statisticsFromMoments(source.themeMoments(t), source.rows);
    const themeSummary = source.scoreSummary(section++);
    const facets = theme.facets.map((facet) => {
      // A pairwise covariance depends only on its two items, so a facet's come from its theme's.
      const positions = facet.scoredItems.map((item) => theme.scoredItems.indexOf(item));
      const facetStats = statisticsFromMoments(selectMoments(stats.moments, positions), source.rows);
      return sectionStatistics(facet, facetStats, frequenciesOf, source.scoreSummary(section++));
    });
    return { ...sectionStatistics(theme, stats, frequenciesOf, themeSummary), facets };
  });
}

function sectionStatistics(section: Pick<Theme, 'id' | 'title' | 'scoredItems'>, stats: ItemStatistics, frequenciesOf: (item: ScoredItem) => Record<string, number>, summary: ScoreSummary): SectionStatistics {
  const items = section.scoredItems;
  const alpha = cronbachAlpha(
    stats.covariance,
    items.length,
    items.map((item) => item.id),
  );
  return {
    id: section.id,
    title: section.title,
    ...summary,
    alpha: alpha.raw,
    alphaStandardized: alpha.standardized,
    alphaExcluded: alpha.excluded.map((i) => items[i]!.id),
    items: items.map((item, i) => ({
      id: item.id,
      ...stats.items[i]!,
      rDrop: alpha.rDrop[i]!,
      alphaIfDropped: alpha.alphaIfDropped[i]!,
      frequencies: frequenciesOf(item),
      reasons: { ...descriptiveReasons(stats.items[i]!, 'answers'), ...alpha.itemReasons[i]! },
    })),
    reasons: { ...descriptiveReasons(summary, 'scores'), ...alpha.reasons },
  };
}

/** Why a mean, SD, min, median or max is null: nobody, or only one, to compute it from. */
export function descriptiveReasons(figures: { n: number } & Partial<Record<'mean' | 'sd' | 'min' | 'median' | 'max', number | null>>, of: 'answers' | 'scores'): Record<string, string> {
  const reasons: Record<string, string> = {};
  for (const name of ['mean', 'sd', 'min', 'median', 'max'] as const) {
    if (figures[name] !== null) continue;
    reasons[name] =
      figures.n === 0
        ? stableText(of === 'answers' ? 'cohort.reason.noAnswers' : 'cohort.reason.noScores')
        : name === 'sd' && figures.n < 2
          ? stableText(of === 'answers' ? 'cohort.reason.fewerThan2Answers' : 'cohort.reason.fewerThan2Scores', { n: String(figures.n) })
          : stableText('cohort.reason.cannotBeComputed');
  }
  return reasons;
}

/** Counts of the raw answers, every scale point listed: keyed values turned back for reverse-keyed items. */
function rawFrequencies(item: ScoredItem, keyedCounts: Map<number, number>): Record<string, number> {
  const { min, max } = item.scale;
  const frequencies = dictionary<number>();
  for (const [value, count] of keyedCounts) frequencies[item.keyed === 'minus' ? min + max - value : value] = count;
  return frequencies;
}
