import type { FeedbackReport } from '../core/feedback/schema.js';
import { safeJson } from '../core/safe-text.js';

/** A feedback report as JSON at full precision (schema/feedback.schema.json); the renderers' presentation is not in it. */
export function renderFeedbackJson(report: FeedbackReport): string {
  const { presentation: _, inEach: __, ...json } = report;
  return safeJson(json);
}
