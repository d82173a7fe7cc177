import type { Questionnaire, ScoredItem, Theme } from '../questionnaire/model.js';
import { dictionary } from '../dictionary.js';
import { cronbachAlpha } from './alpha.js';
import type { CohortScores } from './cohort-scores.js';
import type { CohortTally } from './cohort-tally.js';
import { responseFrequencies } from './frequencies.js';
import { statisticsFromMoments, type ItemStatistics } from './item-statistics.js';
import { allRows, columnValues } from './matrix.js';
import { pairwiseMoments, selectMoments, type PairwiseMoments } from './pairwise.js';
import { summariseCounts, summariseScores, type ScoreSummary } from './scores.js';

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
}

export interface SectionStatistics extends ScoreSummary {
  id: string;
  title: string;
  alpha: number | null;
  alphaStandardized: number | null;
  /** Items left out of alpha because they have no variance in this cohort (as psych does). */
  alphaExcluded: string[];
  items: ItemCohortStatistics[];
}

export interface ThemeCohortStatistics extends SectionStatistics {
  facets: SectionStatistics[];
}

/**
 * Where a cohort's statistics come from: the rows of a CohortScores (cohortStatistics), or tallies
 * folded in as rows were read (tallyStatistics). Sections are the themes in questionnaire order, each
 * followed by its facets.
 */
interface StatisticsSource {
  questionnaire: Questionnaire;
  /** Respondents in the selection. */
  rows: number;
  themeMoments(theme: number): PairwiseMoments;
  scoreSummary(section: number): ScoreSummary;
  /** Counts of the keyed values of an item, every scale point listed, ascending. */
  keyedCounts(item: ScoredItem): Map<number, number>;
}

/**
 * Every theme's and facet's statistics over the given rows of the cohort (all by default), as
 * psych computes them by default: items reverse-keyed first, alpha() on pairwise-complete
 * covariances, person scores as scoreItems(impute = "none") summarised with sample SDs.
 */
export function cohortStatistics(cohort: CohortScores, rows: ArrayLike<number> = allRows(cohort.size)): ThemeCohortStatistics[] {
  const keyed = cohort.keyedItems();
  const scores = cohort.sectionScores();
  const { themes } = cohort.questionnaire;
  return statisticsOf({
    questionnaire: cohort.questionnaire,
    rows: rows.length,
    themeMoments: (t) =>
      pairwiseMoments(
        keyed,
        themes[t]!.scoredItems.map((item) => cohort.columnOf(item.id)),
        rows,
      ),
    scoreSummary: (g) => summariseScores(columnValues(scores, 2 * g, rows), columnValues(scores, 2 * g + 1, rows), cohort.bandIds),
    keyedCounts: (item) => responseFrequencies(keyed, cohort.columnOf(item.id), rows, item.scale.min, item.scale.max).counts,
  });
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

function statisticsOf(source: StatisticsSource): ThemeCohortStatistics[] {
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
  const alpha = cronbachAlpha(stats.covariance, items.length);
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
    })),
  };
}

/** Counts of the raw answers, every scale point listed: keyed values turned back for reverse-keyed items. */
function rawFrequencies(item: ScoredItem, keyedCounts: Map<number, number>): Record<string, number> {
  const { min, max } = item.scale;
  const frequencies = dictionary<number>();
  for (const [value, count] of keyedCounts) frequencies[item.keyed === 'minus' ? min + max - value : value] = count;
  return frequencies;
}
