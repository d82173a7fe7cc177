import type { Evaluation } from '../core/evaluate/build.js';
import { safeJson } from '../core/safe-text.js';

/** The evaluation as JSON at full precision (schema/evaluation.schema.json). */
export function renderEvaluationJson(model: Evaluation): string {
  return safeJson(model);
}
