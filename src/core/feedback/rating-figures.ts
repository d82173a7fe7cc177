import type { Scale } from '../questionnaire/model.js';
import type { Rating } from './subjects.js';

/** One rater's answer to a statement: raw and keyed, as a percent of its scale, and the scale's size. */
export interface StatementAnswer {
  answer: number;
  keyed: number;
  percent: number;
  points: number;
}

const sections = new WeakMap<Rating, Map<string, number>>();
const statements = new WeakMap<Rating, Map<string, StatementAnswer>>();

/** A rating's percent per theme and facet id (only those with a score), worked out once. */
export function sectionPercents(rating: Rating): ReadonlyMap<string, number> {
  let found = sections.get(rating);
  if (!found) {
    found = new Map();
    for (const theme of rating.result.themes) {
      if (theme.percent !== null) found.set(theme.id, theme.percent);
      for (const facet of theme.facets) if (facet.percent !== null) found.set(facet.id, facet.percent);
    }
    sections.set(rating, found);
  }
  return found;
}

/**
 * A rating's answered statements by item id, worked out once: forms are joined by item id, each
 * answer read on the scale of the form it was given on.
 */
export function statementAnswers(rating: Rating): ReadonlyMap<string, StatementAnswer> {
  let found = statements.get(rating);
  if (!found) {
    found = new Map();
    const scales = new Map<string, Scale>();
    for (const item of rating.questionnaire.items) if (item.kind === 'likert') scales.set(item.id, item.scale);
    for (const item of rating.result.items) {
      const scale = scales.get(item.id);
      if (item.answer === null || item.keyed === null || !scale) continue;
      found.set(item.id, { answer: item.answer, keyed: item.keyed, percent: (100 * (item.keyed - scale.min)) / (scale.max - scale.min), points: scale.max - scale.min + 1 });
    }
    statements.set(rating, found);
  }
  return found;
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** The sample variance (n - 1); null under two values. */
export function sampleVariance(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const m = mean(values)!;
  return values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1);
}
