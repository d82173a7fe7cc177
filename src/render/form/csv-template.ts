import type { FormPlan, PlannedQuestion } from '../../core/form/plan.js';
import type { FormOutput } from '../../core/form/types.js';
import { say } from '../../core/i18n/voice.js';
import { csvText } from '../../core/safe-text.js';

/**
 * The header syslead reads back with no --map: the person questions as worded, a statement or
 * free-text question by its item id (as on the paper sheet), importance as Google Forms' grid
 * (`Question [Theme]`), which syslead matches by question and theme.
 */
export function templateHeader(plan: FormPlan): string[] {
  const columns = (q: PlannedQuestion): string[] => {
    if (q.kind === 'text') return [q.id];
    if (q.kind !== 'grid') return [q.text];
    return q.purpose === 'items' ? q.rows.map((r) => r.id) : q.rows.map((r) => `${q.text} [${r.text}]`);
  };
  return plan.sections.flatMap((s) => s.questions.flatMap(columns));
}

/** A CSV to type paper answers into: one row per sheet, a point's number or label in each cell. */
export function csvTemplateForm(plan: FormPlan): FormOutput {
  const name = `${plan.questionnaire.id}.answers-template.csv`;
  return {
    files: [{ name, content: `${templateHeader(plan).map(csvText).join(',')}\r\n`, role: 'template', mediaType: 'text/csv' }],
    steps: [say('evaluate.csv.step.open', { name }), say('evaluate.csv.step.type'), say('evaluate.csv.step.save', { name })],
  };
}
