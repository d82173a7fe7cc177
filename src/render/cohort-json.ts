import type { CohortReport } from '../core/report/cohort.js';

/** The cohort report as JSON at full precision (schema/report.schema.json). */
export function renderCohortJson(report: CohortReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
