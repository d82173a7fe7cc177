import type { Questionnaire } from '../questionnaire/model.js';
import type { CohortReport } from './cohort.js';
import type { UiLanguage } from '../i18n/messages.js';
import { presentationOf, type Presentation } from './presentation.js';

/** A form's scored items' scales as its charts label them: item id -> the labels of its scale's points, lowest first. */
export type ItemScales = ReadonlyMap<string, readonly string[]>;

/**
 * A cohort report as its renderers take it: the report (its JSON form, schema/report.schema.json)
 * and, for each of its forms, the language and bands of that form's questionnaire and its items'
 * scale labels, which the JSON leaves out.
 */
export interface CohortView {
  report: CohortReport;
  /** One per form, in the order of `[report, ...report.otherForms]`. */
  presentations: Presentation[];
  /** One per form, in the same order. */
  scales: ItemScales[];
}

/** The view of a report from the questionnaires it was built with (each of its forms must have its own), in the languages given: by default the one syslead speaks now. */
export function cohortView(report: CohortReport, questionnaires: readonly Pick<Questionnaire, 'id' | 'language' | 'bands' | 'items'>[], languages?: readonly UiLanguage[]): CohortView {
  const found = [report, ...report.otherForms].map((form) => {
    const q = questionnaires.find((x) => x.id === form.questionnaire.id);
    if (!q) throw new RangeError(`the questionnaire "${form.questionnaire.id}" of the report was not given`);
    return q;
  });
  return {
    report,
    presentations: found.map((q) => presentationOf(q, languages)),
    scales: found.map((q) => new Map(q.items.flatMap((item) => (item.kind === 'likert' ? [[item.id, item.scale.labels] as const] : [])))),
  };
}
