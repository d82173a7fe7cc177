import type { ComparisonReport } from '../core/compare.js';
import { safeJson } from '../core/safe-text.js';

/** The comparison as JSON at full precision (schema/compare.schema.json). */
export function renderCompareJson(report: ComparisonReport): string {
  return safeJson(report.comparison);
}
