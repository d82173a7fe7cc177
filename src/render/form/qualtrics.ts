import type { FormPlan, GridQuestion, PersonQuestion, PlannedQuestion, TextQuestion } from '../../core/form/plan.js';
import type { FormOutput } from '../../core/form/types.js';
import { markupFreeLine } from './plain.js';

/**
 * Qualtrics' Advanced Format TXT import, as documented at
 * https://www.qualtrics.com/support/survey-platform/survey-module/survey-tools/import-and-export-surveys/
 * ("Preparing an Advanced Format TXT File"): `[[AdvancedFormat]]` first, `[[Block:NAME]]`,
 * `[[Question:TYPE]]` with `[[ID:TAG]]` (the export tag that heads the column in the first header
 * row), the question text, then `[[Choices]]` (a matrix's statements) and `[[Answers]]` (its scale
 * labels), each on its own line, `[[PageBreak]]` between pages.
 */

/** Tags start with "[[": a text holding one must not open a tag of its own; nor may it add markup (Qualtrics shows texts as HTML). */
const text = (value: string) => markupFreeLine(value).replace(/\[\[/g, '[ [').replace(/\]\]/g, '] ]');

function person(q: PersonQuestion): string[] {
  const tag = `[[ID:${q.kind}]]`;
  if (q.choices.length === 0) return ['[[Question:TE:SingleLine]]', tag, text(q.text), ''];
  return ['[[Question:MC:SingleAnswer:Vertical]]', tag, text(q.text), '[[Choices]]', ...q.choices.map(text), ''];
}

function grid(q: GridQuestion): string[] {
  return ['[[Question:Matrix]]', `[[ID:${q.code}]]`, text(q.text), '[[Choices]]', ...q.rows.map((r) => text(r.text)), '[[Answers]]', ...q.columns.map((c) => text(c.label)), ''];
}

function essay(q: TextQuestion): string[] {
  return ['[[Question:TE:Essay]]', `[[ID:${q.code}]]`, text(q.text), ''];
}

const lines = (q: PlannedQuestion): string[] => (q.kind === 'grid' ? grid(q) : q.kind === 'text' ? essay(q) : person(q));

/** The TXT file to import, and what to do with it. */
export function qualtricsForm(plan: FormPlan): FormOutput {
  const body = plan.sections.flatMap((section, i) => [...(i > 0 ? ['[[PageBreak]]', ''] : []), `[[Block:${text(section.title)}]]`, '', ...section.questions.flatMap(lines)]);
  const name = `${plan.questionnaire.id}.qualtrics.txt`;
  const content = `${['[[AdvancedFormat]]', '', ...body].join('\n')}\n`;
  const gridsWithoutPoint = plan.sections.some((s) => s.questions.some((q) => q.kind === 'grid' && q.columns.some((c, k) => c.value !== k + 1)));
  return {
    files: [{ name, content, role: 'import', mediaType: 'text/plain' }],
    steps: [
      `In Qualtrics, create a project, choose "Survey", then "Import a QSF, DOC or TXT file" (or, in an existing survey, Tools → Import/Export → Import Survey) and choose ${name}.`,
      'Check each matrix question\'s answers read as the scale, in order; leave "Randomization" and "Force response" off, so no statement is shuffled or forced.',
      'Keep the question IDs (export tags) as imported: syslead reads them.',
      `When responses are in, choose Data & Analysis → Export & Import → Export data → CSV, with ${gridsWithoutPoint ? '"Use choice text"' : '"Use numeric values" or "Use choice text"'}; read the download unedited with syslead report or syslead feedback.`,
    ],
  };
}
