import type { CohortView } from '../core/report/cohort-view.js';
import { safeJson } from '../core/safe-text.js';

/** The cohort report as JSON at full precision (schema/report.schema.json). */
export function renderCohortJson({ report }: CohortView): string {
  return safeJson(report);
}
