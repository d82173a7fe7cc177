import type { FeedbackReport } from '../core/feedback/schema.js';
import { safeJson } from '../core/safe-text.js';

/** A feedback report as JSON at full precision (schema/feedback.schema.json). */
export function renderFeedbackJson(report: FeedbackReport): string {
  return safeJson(report);
}
