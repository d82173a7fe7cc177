import type { Questionnaire, ScoredItem } from '../questionnaire/model.js';
import { cleanPercent } from './bands.js';
import { scoreSection, scoringSections, type SectionFigures, type ScoringSection } from './section.js';

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
  /**
   * bandFor's choice made without a search per row: per band in order, the percent it is below
   * (Infinity: no cut-off) and the index of the first band of its id; the last band's index when
   * none is.
   */
  private readonly bandBelow: Float64Array;
  private readonly bandAt: Int32Array;
  private readonly lastBand: number;
  /** Per scored item: min + max of its scale when keyed minus (keyedValue's flip), else NaN. */
  private readonly flips: Float64Array;
  private readonly figures: SectionFigures = { answered: 0, score: NaN, percent: NaN };

  constructor(questionnaire: Questionnaire) {
    const { scoredItems, sections } = scoringSections(questionnaire);
    this.scoredItems = scoredItems;
    this.sections = sections;
    this.sectionIds = sections.map((g) => g.id);
    const { bands } = questionnaire;
    const bandIndex = new Map(bands.map((b, i) => [b.id, i] as const));
    this.bandBelow = Float64Array.from(bands, (b) => b.below ?? Infinity);
    this.bandAt = Int32Array.from(bands, (b) => bandIndex.get(b.id)!);
    this.lastBand = bands.length > 0 ? bandIndex.get(bands[bands.length - 1]!.id)! : NaN;
    this.flips = Float64Array.from(scoredItems, (item) => (item.keyed === 'minus' ? item.scale.min + item.scale.max : NaN));
  }

  /**
   * Scores a row of raw answers (position i: scored item i, NaN when skipped). Writes the keyed
   * answers (NaN when skipped); for section g, scores[2g] its score and scores[2g + 1] its band's
   * index (both NaN without a score), and percents[g] its percent of maximum possible (NaN without).
   */
  score(raw: Float64Array, keyed: Float64Array, scores: Float64Array, percents: Float64Array): void {
    const { flips } = this;
    for (let i = 0; i < flips.length; i++) {
      const answer = raw[i]!;
      const flip = flips[i]!;
      // keyedValue, with its scale's sum read once: a skipped answer stays NaN either way.
      keyed[i] = flip === flip ? flip - answer : answer;
    }
    const { figures, sections } = this;
    for (let g = 0; g < sections.length; g++) {
      scoreSection(sections[g]!, keyed, figures);
      const { score, percent } = figures;
      scores[2 * g] = score;
      scores[2 * g + 1] = score === score ? this.bandOf(percent) : NaN;
      percents[g] = percent;
    }
  }

  /** The index of bandFor(percent, bands)'s id among the bands, as a Map of ids to indices gives it. */
  private bandOf(percent: number): number {
    const p = cleanPercent(percent);
    const below = this.bandBelow;
    // p < Infinity holds for every p but NaN, which bandFor's find also passes over.
    for (let b = 0; b < below.length; b++) if (p < below[b]! || below[b] === Infinity) return this.bandAt[b]!;
    return this.lastBand;
  }
}
