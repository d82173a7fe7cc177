import type { Questionnaire } from '../questionnaire/model.js';
import { scoringSections } from '../score/section.js';
import { PairwiseTally, type MergeOrder } from './pairwise-tally.js';
import { ScaleTally } from './scale-tally.js';
import { ValueCounts } from './value-counts.js';

/** A theme's or facet's person figures, folded in: scores and percents by exact value, respondents per band. */
export class SectionTally {
  readonly scores = new ValueCounts();
  readonly percents = new ValueCounts();
  readonly bands: Float64Array;

  constructor(bandCount: number) {
    this.bands = new Float64Array(bandCount);
  }

  merge(other: SectionTally): void {
    this.scores.merge(other.scores);
    this.percents.merge(other.percents);
    for (let b = 0; b < this.bands.length; b++) this.bands[b]! += other.bands[b]!;
  }
}

/** What a questionnaire's tallies are made of, worked out once per form. */
export class TallyLayout {
  readonly questionnaire: Questionnaire;
  /** Per theme: the positions of its scored items among the questionnaire's. */
  readonly themePositions: Int32Array[];
  /** Per scored item: its scale's lowest point and number of points. */
  readonly itemMin: Int32Array;
  readonly itemPoints: Int32Array;
  readonly sectionCount: number;
  /** Per theme and facet, in scoring order: the positions of its scored items. */
  readonly sectionPositions: Int32Array[];

  constructor(questionnaire: Questionnaire) {
    this.questionnaire = questionnaire;
    const { scoredItems, sections } = scoringSections(questionnaire);
    const position = new Map(scoredItems.map((item, i) => [item, i] as const));
    this.themePositions = questionnaire.themes.map((theme) => Int32Array.from(theme.scoredItems, (item) => position.get(item)!));
    this.itemMin = Int32Array.from(scoredItems, (item) => item.scale.min);
    this.itemPoints = Int32Array.from(scoredItems, (item) => item.scale.max - item.scale.min + 1);
    this.sectionCount = sections.length;
    this.sectionPositions = sections.map((section) => section.positions);
  }
}

/**
 * Everything the cohort statistics of some rows need, with no row kept: per theme the pairwise
 * moments of its items, per item the count of each keyed scale point, per theme and facet the
 * person scores, percents and bands. Rows are folded in as RowScorer writes them; tallies of
 * separate rows merge into the tally of them all.
 */
export class CohortTally {
  readonly layout: TallyLayout;
  rows = 0;
  readonly themes: PairwiseTally[];
  /** Per scored item: counts of its keyed values, lowest scale point first. */
  readonly points: Float64Array[];
  readonly sections: SectionTally[];
  /** psych's raw.r and the correlations between the sections' scores (./scale-tally.ts). */
  readonly scales: ScaleTally;

  constructor(layout: TallyLayout) {
    this.layout = layout;
    this.themes = layout.themePositions.map((positions) => new PairwiseTally(positions.length));
    this.points = Array.from(layout.itemPoints, (points) => new Float64Array(points));
    const bandCount = layout.questionnaire.bands.length;
    this.sections = Array.from({ length: layout.sectionCount }, () => new SectionTally(bandCount));
    this.scales = new ScaleTally(layout.sectionPositions);
  }

  /** Folds in row number `row`: keyed answers, scores with band indices, and percents as RowScorer.score writes them. */
  add(keyed: Float64Array, scores: Float64Array, percents: Float64Array, row: number): void {
    this.rows++;
    const { themePositions, itemMin, itemPoints } = this.layout;
    for (let t = 0; t < this.themes.length; t++) this.themes[t]!.add(keyed, themePositions[t]!, row);
    this.scales.add(keyed, scores);
    for (let i = 0; i < keyed.length; i++) {
      const x = keyed[i]!;
      if (x !== x) continue;
      const point = x - itemMin[i]!;
      // Answers are read as points of their scale, so this is never off it; if it were, no count may lie.
      if (!(point >= 0 && point < itemPoints[i]! && (point | 0) === point)) throw new RangeError(`keyed value ${x} is not on the scale`);
      this.points[i]![point]!++;
    }
    for (let g = 0; g < this.sections.length; g++) {
      const score = scores[2 * g]!;
      if (score !== score) continue;
      const section = this.sections[g]!;
      section.scores.add(score);
      section.percents.add(percents[g]!);
      section.bands[scores[2 * g + 1]!]!++;
    }
  }

  merge(other: CohortTally, order: MergeOrder): void {
    this.rows += other.rows;
    this.themes.forEach((theme, t) => theme.merge(other.themes[t]!, order));
    this.points.forEach((counts, i) => {
      const from = other.points[i]!;
      for (let p = 0; p < counts.length; p++) counts[p]! += from[p]!;
    });
    this.sections.forEach((section, g) => section.merge(other.sections[g]!));
    this.scales.merge(other.scales);
  }
}
