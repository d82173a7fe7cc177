import type { CohortReport } from '../core/report/cohort.js';
import { safeJson } from '../core/safe-text.js';

/** The cohort report as JSON at full precision (schema/report.schema.json). */
export function renderCohortJson(report: CohortReport): string {
  return safeJson(report);
}
