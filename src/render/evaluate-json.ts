import type { Evaluation } from '../core/evaluate/build.js';
import { safeJson } from '../core/safe-text.js';

/** The evaluation as JSON at full precision (schema/evaluation.schema.json). */
export function renderEvaluationJson(model: Evaluation): string {
  // The presentation is how the model is shown, not one of its figures.
  const { presentation: _, alongside: __, ...figures } = model;
  return safeJson(figures);
}
