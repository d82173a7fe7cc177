import type { FeedbackIndex } from '../core/feedback/schema.js';
import { safeJson } from '../core/safe-text.js';

/** The index of a feedback folder as JSON: each report's file, subject and raters per group. */
export function renderFeedbackIndexJson(index: FeedbackIndex): string {
  return safeJson(index);
}
