import type { CohortView } from '../core/report/cohort-view.js';
import { safeJson } from '../core/safe-text.js';

/**
 * The cohort report as JSON at full precision (schema/report.schema.json): every figure with
 * `detail` full, the heading and the summary alone (with what they are of) with `detail` summary.
 */
export function renderCohortJson({ report }: CohortView): string {
  if (report.detail === 'full') return safeJson(report);
  const { questionnaire, scored, about, detail, summary, caution, basis, respondents } = report;
  return safeJson({ questionnaire, scored, about, detail, summary, caution, basis, respondents });
}
