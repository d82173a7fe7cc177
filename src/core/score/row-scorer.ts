import type { Method, Questionnaire, ScoredItem } from '../questionnaire/model.js';
import { bandFor } from './bands.js';
import { neededAnswers } from './group.js';
import { keyedValue } from './score.js';

/** A theme or facet compiled for scoring rows: its items as positions among the questionnaire's scored items. */
interface CompiledGroup {
  id: string;
  method: Method;
  positions: Int32Array;
  /** Per item of the group: its weight, scale minimum and scale maximum (read once, not per row). */
  weights: Float64Array;
  mins: Float64Array;
  maxes: Float64Array;
  needed: number;
  totalWeight: number;
}

/**
 * Scores one respondent's raw answers straight into numbers, without building a PersonResult: the
 * path for cohorts of many thousands, where scoreAnswers' objects, highlights and priorities would
 * cost more than the statistics. It computes the same figures as scoreGroup, term by term in the
 * same order, so the results are identical to the last bit (tests/report/row-scorer.test.ts checks
 * that on random questionnaires and answers).
 *
 * Groups are the themes in questionnaire order, each followed by its facets: the order of the
 * score columns of CohortScores.
 */
export class RowScorer {
  /** The questionnaire's scored items in order: position i of a raw row is item i. */
  readonly scoredItems: readonly ScoredItem[];
  /** Theme and facet ids in group order. */
  readonly groupIds: readonly string[];
  private readonly groups: CompiledGroup[] = [];
  private readonly questionnaire: Questionnaire;
  private readonly bandIndex: Map<string, number>;

  constructor(questionnaire: Questionnaire) {
    this.questionnaire = questionnaire;
    this.scoredItems = questionnaire.themes.flatMap((t) => t.scoredItems);
    const position = new Map(this.scoredItems.map((item, i) => [item, i] as const));
    this.bandIndex = new Map(questionnaire.bands.map((b, i) => [b.id, i] as const));
    for (const theme of questionnaire.themes) {
      // A facet is scored by its theme's method, as scoreAnswers does.
      for (const group of [theme, ...theme.facets]) {
        this.groups.push({
          id: group.id,
          method: theme.method,
          positions: Int32Array.from(group.scoredItems, (item) => position.get(item)!),
          weights: Float64Array.from(group.scoredItems, (item) => item.weight),
          mins: Float64Array.from(group.scoredItems, (item) => item.scale.min),
          maxes: Float64Array.from(group.scoredItems, (item) => item.scale.max),
          needed: neededAnswers(group.scoredItems.length, questionnaire.scoring.minAnswered),
          totalWeight: group.scoredItems.reduce((sum, item) => sum + item.weight, 0),
        });
      }
    }
    this.groupIds = this.groups.map((g) => g.id);
  }

  /**
   * Scores a row of raw answers (position i: scored item i, NaN when skipped). Writes the keyed
   * answers (NaN when skipped); for group g, scores[2g] its score and scores[2g + 1] its band's
   * index (both NaN without a score), and percents[g] its percent of maximum possible (NaN without).
   */
  score(raw: Float64Array, keyed: Float64Array, scores: Float64Array, percents: Float64Array): void {
    const items = this.scoredItems;
    for (let i = 0; i < items.length; i++) {
      const answer = raw[i]!;
      keyed[i] = answer === answer ? keyedValue(answer, items[i]!) : NaN;
    }
    for (let g = 0; g < this.groups.length; g++) {
      const group = this.groups[g]!;
      let answered = 0;
      let weight = 0;
      let weighted = 0;
      let gained = 0;
      let possible = 0;
      const { positions, weights, mins, maxes } = group;
      for (let p = 0; p < positions.length; p++) {
        const value = keyed[positions[p]!]!;
        if (value !== value) continue;
        const w = weights[p]!;
        answered++;
        weight += w;
        weighted += w * value;
        gained += w * (value - mins[p]!);
        possible += w * (maxes[p]! - mins[p]!);
      }
      if (answered < group.needed) {
        scores[2 * g] = NaN;
        scores[2 * g + 1] = NaN;
        percents[g] = NaN;
        continue;
      }
      const percent = (100 * gained) / possible;
      scores[2 * g] = group.method === 'mean' ? weighted / weight : (weighted * group.totalWeight) / weight;
      scores[2 * g + 1] = this.bandIndex.get(bandFor(percent, this.questionnaire.bands).id)!;
      percents[g] = percent;
    }
  }
}
