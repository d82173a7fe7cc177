import type { CohortReport } from './cohort.js';
import { say } from '../i18n/voice.js';

/**
 * The warnings a cohort report's figures call for, one line each, texts from the questionnaire as
 * they are (the command neutralises them for the terminal): an item that correlates negatively with
 * the rest of its theme or facet (r.drop < 0) is probably keyed the wrong way, in the questionnaire
 * or by the people answering.
 */
export function figureWarnings(report: Pick<CohortReport, 'negativeItems' | 'otherForms' | 'questionnaire'>): string[] {
  return [report, ...report.otherForms].flatMap((form) =>
    form.negativeItems.map((item) => say('cohort.warning.negativeItem', { text: item.text, item: item.item, questionnaire: form.questionnaire.id, section: item.sectionTitle, rDrop: item.rDrop.toFixed(3) })),
  );
}
