import type { FeedbackIndex } from '../core/feedback/schema.js';
import { safeJson } from '../core/safe-text.js';

/** The index of a feedback folder as JSON: each report's file, subject and raters per group; the renderers' presentation is not in it. */
export function renderFeedbackIndexJson(index: FeedbackIndex): string {
  const { presentation: _, ...json } = index;
  return safeJson(json);
}
