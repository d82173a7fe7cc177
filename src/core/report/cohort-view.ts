import type { Questionnaire } from '../questionnaire/model.js';
import type { CohortReport } from './cohort.js';
import { presentationOf, type Presentation } from './presentation.js';

/**
 * A cohort report as its renderers take it: the report (its JSON form, schema/report.schema.json)
 * and, for each of its forms, the language and bands of that form's questionnaire, which the JSON
 * leaves out.
 */
export interface CohortView {
  report: CohortReport;
  /** One per form, in the order of `[report, ...report.otherForms]`. */
  presentations: Presentation[];
}

/** The view of a report from the questionnaires it was built with; each of its forms must have its own. */
export function cohortView(report: CohortReport, questionnaires: readonly Pick<Questionnaire, 'id' | 'language' | 'bands'>[]): CohortView {
  const presentations = [report, ...report.otherForms].map((form) => {
    const found = questionnaires.find((q) => q.id === form.questionnaire.id);
    if (!found) throw new RangeError(`the questionnaire "${form.questionnaire.id}" of the report was not given`);
    return presentationOf(found);
  });
  return { report, presentations };
}
