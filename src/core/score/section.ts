import type { Method, Questionnaire, ScoredItem } from '../questionnaire/model.js';

/**
 * A theme or facet ready to score any number of respondents: its items as positions among the
 * questionnaire's scored items, and each item's weight and scale, read once rather than per
 * respondent.
 */
export interface ScoringSection {
  id: string;
  title: string;
  /** A facet is scored by its theme's method. */
  method: Method;
  items: readonly ScoredItem[];
  positions: Int32Array;
  weights: Float64Array;
  mins: Float64Array;
  maxes: Float64Array;
  /** Answered items needed for a score. */
  needed: number;
  totalWeight: number;
}

/** How one respondent scored on a section. `score` and `percent` are NaN when too few items were answered. */
export interface SectionFigures {
  answered: number;
  score: number;
  /** Percent of maximum possible (0-100) over the answered items. */
  percent: number;
}

/** The number of answered items a section of `total` needs for a score: at least one. */
export function neededAnswers(total: number, minAnswered: number): number {
  // The tolerance keeps 0.3 * 10 = 3.0000000000000004 from demanding 4 items.
  return Math.max(1, Math.ceil(minAnswered * total - 1e-9));
}

/**
 * The questionnaire's scored items in order (themes' scoredItems one after another: the positions
 * of a respondent's values), and its sections: the themes in order, each followed by its facets.
 */
export function scoringSections(questionnaire: Questionnaire): { scoredItems: ScoredItem[]; sections: ScoringSection[] } {
  const scoredItems = questionnaire.themes.flatMap((t) => t.scoredItems);
  const position = new Map(scoredItems.map((item, i) => [item, i] as const));
  const sections: ScoringSection[] = [];
  for (const theme of questionnaire.themes) {
    for (const section of [theme, ...theme.facets]) {
      const items = section.scoredItems;
      sections.push({
        id: section.id,
        title: section.title,
        method: theme.method,
        items,
        positions: Int32Array.from(items, (item) => position.get(item)!),
        weights: Float64Array.from(items, (item) => item.weight),
        mins: Float64Array.from(items, (item) => item.scale.min),
        maxes: Float64Array.from(items, (item) => item.scale.max),
        needed: neededAnswers(items.length, questionnaire.scoring.minAnswered),
        totalWeight: items.reduce((sum, item) => sum + item.weight, 0),
      });
    }
  }
  return { scoredItems, sections };
}

/**
 * Scores a theme or facet: the one arithmetic of every score, one person's and a cohort's row alike.
 * `keyed` holds the keyed values of the scored items by position (NaN when skipped); the figures are
 * written into `out`, so that scoring many rows makes no object per section.
 *
 * mean: the weighted mean of the answered items' keyed values. sum: that mean times the total
 * weight of all the section's items (a pro-rated sum: a skipped item is never 0). percent:
 * 100 * sum(w * (keyed - min)) / sum(w * (max - min)) over the answered items.
 */
export function scoreSection(section: ScoringSection, keyed: Float64Array, out: SectionFigures): void {
  let answered = 0;
  let weight = 0;
  let weighted = 0;
  let gained = 0;
  let possible = 0;
  const { positions, weights, mins, maxes } = section;
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
  out.answered = answered;
  if (answered < section.needed) {
    out.score = NaN;
    out.percent = NaN;
    return;
  }
  out.percent = (100 * gained) / possible;
  // Multiplying before dividing keeps a complete sum exact (weighted * W / W).
  out.score = section.method === 'mean' ? weighted / weight : (weighted * section.totalWeight) / weight;
}

/**
 * Whether answers give at least one theme a score: a theme needs neededAnswers of its scored items
 * answered. `isAnswered(item, position)` tells whether a scored item, at its position in
 * scoringSections' order (themes' scoredItems one after another), has an answer.
 */
export function scoresAnyTheme(questionnaire: Questionnaire, isAnswered: (item: ScoredItem, position: number) => boolean): boolean {
  let start = 0;
  for (const theme of questionnaire.themes) {
    const total = theme.scoredItems.length;
    let answered = 0;
    for (let i = 0; i < total; i++) if (isAnswered(theme.scoredItems[i]!, start + i)) answered++;
    if (total > 0 && answered >= neededAnswers(total, questionnaire.scoring.minAnswered)) return true;
    start += total;
  }
  return false;
}
