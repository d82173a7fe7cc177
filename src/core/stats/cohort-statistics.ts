import type { ScoredItem } from '../questionnaire/model.js';
import { dictionary } from '../dictionary.js';
import { cronbachAlpha } from './alpha.js';
import type { CohortScores, CohortSection } from './cohort-scores.js';
import { responseFrequencies } from './frequencies.js';
import { itemStatistics, statisticsFromMoments, type ItemStatistics } from './item-statistics.js';
import { allRows, columnValues, type ItemMatrix } from './matrix.js';
import { selectMoments } from './pairwise.js';
import { summariseScores, type ScoreSummary } from './scores.js';

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
 * Every theme's and facet's statistics over the given rows of the cohort (all by default), as
 * psych computes them by default: items reverse-keyed first, alpha() on pairwise-complete
 * covariances, person scores as scoreItems(impute = "none") summarised with sample SDs.
 */
export function cohortStatistics(cohort: CohortScores, rows: ArrayLike<number> = allRows(cohort.size)): ThemeCohortStatistics[] {
  const keyed = cohort.keyedItems();
  const scores = cohort.sectionScores();
  // An item's frequencies are the same in its theme and its facet: counted once.
  const frequencies = new Map<string, Record<string, number>>();
  const frequenciesOf = (item: ScoredItem) => frequencies.get(item.id) ?? frequencies.set(item.id, rawFrequencies(item, keyed, cohort.columnOf(item.id), rows)).get(item.id)!;
  return cohort.questionnaire.themes.map((theme) => {
    const columns = theme.scoredItems.map((item) => cohort.columnOf(item.id));
    const stats = itemStatistics(keyed, columns, rows);
    const facets = theme.facets.map((facet) => {
      // A pairwise covariance depends only on its two items, so a facet's come from its theme's.
      const positions = facet.scoredItems.map((item) => theme.scoredItems.indexOf(item));
      const facetStats = statisticsFromMoments(selectMoments(stats.moments, positions), rows.length);
      return sectionStatistics(cohort, cohort.section(facet.id), facetStats, frequenciesOf, scores, rows);
    });
    return { ...sectionStatistics(cohort, cohort.section(theme.id), stats, frequenciesOf, scores, rows), facets };
  });
}

function sectionStatistics(
  cohort: CohortScores,
  section: CohortSection,
  stats: ItemStatistics,
  frequenciesOf: (item: ScoredItem) => Record<string, number>,
  scores: ItemMatrix,
  rows: ArrayLike<number>,
): SectionStatistics {
  const alpha = cronbachAlpha(stats.covariance, section.items.length);
  const summary = summariseScores(columnValues(scores, section.column, rows), columnValues(scores, section.column + 1, rows), cohort.bandIds);
  return {
    id: section.id,
    title: section.title,
    ...summary,
    alpha: alpha.raw,
    alphaStandardized: alpha.standardized,
    alphaExcluded: alpha.excluded.map((i) => section.items[i]!.id),
    items: section.items.map((item, i) => ({
      id: item.id,
      ...stats.items[i]!,
      rDrop: alpha.rDrop[i]!,
      alphaIfDropped: alpha.alphaIfDropped[i]!,
      frequencies: frequenciesOf(item),
    })),
  };
}

/** Counts of the raw answers, every scale point listed: keyed values turned back for reverse-keyed items. */
function rawFrequencies(item: ScoredItem, keyed: ItemMatrix, column: number, rows: ArrayLike<number>): Record<string, number> {
  const { min, max } = item.scale;
  const frequencies = dictionary<number>();
  for (const [value, count] of responseFrequencies(keyed, column, rows, min, max).counts) frequencies[item.keyed === 'minus' ? min + max - value : value] = count;
  return frequencies;
}
