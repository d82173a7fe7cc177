import type { Questionnaire, ScoredItem } from '../questionnaire/model.js';
import { bandFor } from './bands.js';
import { scoreSection, scoringSections, type SectionFigures, type ScoringSection } from './section.js';
import { keyedValue } from './score.js';

/**
 * Scores one respondent's raw answers straight into numbers, without building a PersonResult: the
 * path for cohorts of many thousands, where scoreAnswers' objects, highlights and priorities would
 * cost more than the statistics. Its figures are scoreSection's, as scoreAnswers' are.
 *
 * Sections are the themes in questionnaire order, each followed by its facets: the order of the
 * sections of a CohortTally.
 */
export class RowScorer {
  /** The questionnaire's scored items in order: position i of a raw row is item i. */
  readonly scoredItems: readonly ScoredItem[];
  /** Theme and facet ids in section order. */
  readonly sectionIds: readonly string[];
  private readonly sections: readonly ScoringSection[];
  private readonly questionnaire: Questionnaire;
  private readonly bandIndex: Map<string, number>;
  private readonly figures: SectionFigures = { answered: 0, score: NaN, percent: NaN };

  constructor(questionnaire: Questionnaire) {
    this.questionnaire = questionnaire;
    const { scoredItems, sections } = scoringSections(questionnaire);
    this.scoredItems = scoredItems;
    this.sections = sections;
    this.sectionIds = sections.map((g) => g.id);
    this.bandIndex = new Map(questionnaire.bands.map((b, i) => [b.id, i] as const));
  }

  /**
   * Scores a row of raw answers (position i: scored item i, NaN when skipped). Writes the keyed
   * answers (NaN when skipped); for section g, scores[2g] its score and scores[2g + 1] its band's
   * index (both NaN without a score), and percents[g] its percent of maximum possible (NaN without).
   */
  score(raw: Float64Array, keyed: Float64Array, scores: Float64Array, percents: Float64Array): void {
    const items = this.scoredItems;
    for (let i = 0; i < items.length; i++) {
      const answer = raw[i]!;
      keyed[i] = answer === answer ? keyedValue(answer, items[i]!) : NaN;
    }
    const { figures } = this;
    for (let g = 0; g < this.sections.length; g++) {
      scoreSection(this.sections[g]!, keyed, figures);
      const { score, percent } = figures;
      scores[2 * g] = score;
      scores[2 * g + 1] = score === score ? this.bandIndex.get(bandFor(percent, this.questionnaire.bands).id)! : NaN;
      percents[g] = percent;
    }
  }
}
