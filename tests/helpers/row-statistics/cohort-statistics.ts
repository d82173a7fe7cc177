import { statisticsOf, type ThemeCohortStatistics } from '../../../src/core/stats/cohort-statistics.js';
import type { ScoreSummary } from '../../../src/core/stats/scores.js';
import { dictionary } from '../../../src/core/dictionary.js';
import type { CohortScores } from './cohort-scores.js';
import { describe } from './descriptive.js';
import { responseFrequencies } from './frequencies.js';
import { allRows, columnValues } from './matrix.js';
import { pairwiseMoments } from './pairwise-moments.js';

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

/**
 * The cohort figures of one theme or facet: n, mean, sample SD, min, median, max of the person
 * scores (NaN = no score), and the count in each band (`bandIndex[r]` is the index into `bandIds`
 * of person r's band, NaN for none).
 */
export function summariseScores(scores: ArrayLike<number>, bandIndex: ArrayLike<number>, bandIds: readonly string[]): ScoreSummary {
  const summary = describe(scores);
  const counts = new Array<number>(bandIds.length).fill(0);
  for (let r = 0; r < bandIndex.length; r++) {
    const band = bandIndex[r]!;
    if (!Number.isNaN(band)) counts[band]!++;
  }
  const bands = dictionary(bandIds.map((id, i) => [id, counts[i]!] as const));
  return { ...summary, unscored: scores.length - summary.n, bands };
}
