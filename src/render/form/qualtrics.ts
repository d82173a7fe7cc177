import { say } from '../../core/i18n/voice.js';
import type { FormPlan, GridQuestion, PersonQuestion, PlannedQuestion, TextQuestion } from '../../core/form/plan.js';
import type { FormOutput } from '../../core/form/types.js';
import { codeMaker } from './codes.js';
import { type CodedExport, mapYaml } from './map-yaml.js';
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

type ExportTag = (id: string) => string;

function person(q: PersonQuestion, tag: ExportTag): string[] {
  const id = `[[ID:${tag(q.kind)}]]`;
  if (q.choices.length === 0) return ['[[Question:TE:SingleLine]]', id, text(q.text), ''];
  return ['[[Question:MC:SingleAnswer:Vertical]]', id, text(q.text), '[[Choices]]', ...q.choices.map(text), ''];
}

function grid(q: GridQuestion, tag: ExportTag): string[] {
  return ['[[Question:Matrix]]', `[[ID:${tag(q.code)}]]`, text(q.text), '[[Choices]]', ...q.rows.map((r) => text(r.text)), '[[Answers]]', ...q.columns.map((c) => text(c.label)), ''];
}

function essay(q: TextQuestion, tag: ExportTag): string[] {
  return ['[[Question:TE:Essay]]', `[[ID:${tag(q.code)}]]`, text(q.text), ''];
}

const lines = (q: PlannedQuestion, tag: ExportTag): string[] => (q.kind === 'grid' ? grid(q, tag) : q.kind === 'text' ? essay(q, tag) : person(q, tag));

/**
 * Qualtrics' numeric export writes each answer's recode, by default its position (1 to K) in
 * [[Answers]] or [[Choices]]: a map reads those back where they are not the points themselves
 * (a scale from 0, a "not observed" answer) and names the relationship and subject choices.
 */
function numericExport(plan: FormPlan): CodedExport | undefined {
  const scales = new Map<string, [string, number | string][]>();
  const roles: [string, string][] = [];
  const subjects: [string, string][] = [];
  for (const q of plan.sections.flatMap((s) => s.questions)) {
    if (q.kind === 'grid' && q.columns.some((c, k) => c.value !== k + 1))
      scales.set(
        q.scale.id,
        q.columns.map((c, k) => [String(k + 1), c.value ?? c.label]),
      );
    else if (q.kind === 'relationship') roles.push(...q.choices.map((c, k) => [String(k + 1), c] as [string, string]));
    else if (q.kind === 'subject') subjects.push(...q.choices.map((c, k) => [String(k + 1), c] as [string, string]));
  }
  if (scales.size === 0 && roles.length === 0 && subjects.length === 0) return undefined;
  return { comment: say('evaluate.qualtrics.map', { id: plan.questionnaire.id }), questionnaireId: plan.questionnaire.id, columns: [], scales, roles, subjects };
}

/** The TXT file to import, its map for numeric exports when they need one, and what to do with them. */
export function qualtricsForm(plan: FormPlan): FormOutput {
  // Export tags are unique in a survey: an item called "respondent", or a theme "importance", gets a number.
  const exportTag = codeMaker({ allowed: /[^A-Za-z0-9_]/g, max: 50 });
  const tag: ExportTag = (id) => exportTag(id, 'Q');
  const body = plan.sections.flatMap((section, i) => [...(i > 0 ? ['[[PageBreak]]', ''] : []), `[[Block:${text(section.title)}]]`, '', ...section.questions.flatMap((q) => lines(q, tag))]);
  const name = `${plan.questionnaire.id}.qualtrics.txt`;
  const content = `${['[[AdvancedFormat]]', '', ...body].join('\n')}\n`;
  const numeric = numericExport(plan);
  const mapName = `${plan.questionnaire.id}.qualtrics.map.yaml`;
  return {
    files: [{ name, content, role: 'import', mediaType: 'text/plain' }, ...(numeric ? [{ name: mapName, content: mapYaml(numeric), role: 'map' as const, mediaType: 'application/yaml' }] : [])],
    steps: [
      say('evaluate.qualtrics.step.import', { name }),
      say('evaluate.qualtrics.step.check'),
      say('evaluate.qualtrics.step.tags'),
      say('evaluate.qualtrics.step.responses', { numeric: numeric ? say('evaluate.qualtrics.withMap', { map: mapName }) : say('evaluate.qualtrics.unedited') }),
    ],
  };
}
