import { say } from '../../core/i18n/voice.js';
import type { FormPlan, GridQuestion, PersonQuestion, PlannedQuestion, TextQuestion } from '../../core/form/plan.js';
import type { FormOutput } from '../../core/form/types.js';
import { codeMaker } from './codes.js';
import { mapYaml } from './map-yaml.js';
import { markupFreeLine } from './plain.js';

/**
 * LimeSurvey's tab-separated survey structure, as documented at
 * https://manual.limesurvey.org/Tab_Separated_Value_survey_structure : a header row of column
 * names, then S (survey setting) and SL (language setting) rows, and G (group), Q (question), SQ
 * (subquestion) and A (answer) rows in order. An array question is type F, its statements SQ
 * rows and its scale A rows with scale 0; a list is type L (radio) or ! (drop-down); free text
 * is T (long) or S (short). Codes are letters and digits, starting with a letter.
 */
const COLUMNS = ['class', 'type/scale', 'name', 'relevance', 'text', 'help', 'language', 'validation', 'mandatory', 'other', 'default', 'same_default'] as const;
type Row = Partial<Record<(typeof COLUMNS)[number], string>>;

/** A cell: one line, no tab (the separator), no markup (LimeSurvey shows texts as HTML). */
const cell = (text: string) => markupFreeLine(text).replace(/\t/g, ' ');

/** LimeSurvey names languages by its own codes: en, cy, de... (the primary subtag, except a few it spells with a region). */
function limesurveyLanguage(tag: string): string {
  const [primary = 'en'] = tag.toLowerCase().split('-');
  return /^[a-z]{2,3}$/.test(primary) ? primary : 'en';
}

interface Mapping {
  columns: [string, string][];
  /** A scale's answer codes -> a point, or a not-observed answer's text. */
  scales: Map<string, [string, number | string][]>;
  roles: [string, string][];
  /** A subject's answer code -> the person's name, so that a coded export names who is rated. */
  subjects: [string, string][];
}

/** The structure file and the map that reads its "question code" export back. */
export function limesurveyForm(plan: FormPlan): FormOutput {
  const { questionnaire: q } = plan;
  const language = limesurveyLanguage(q.language);
  const questionCode = codeMaker({ allowed: /[^A-Za-z0-9]/g, max: 20 });
  const rows: Row[] = [
    { class: 'S', name: 'language', text: language },
    { class: 'S', name: 'format', text: 'G' },
    { class: 'S', name: 'showprogress', text: 'Y' },
    { class: 'SL', name: 'surveyls_title', text: cell(q.title), language },
    { class: 'SL', name: 'surveyls_description', text: cell(q.description), language },
  ];
  const mapping: Mapping = { columns: [], scales: new Map(), roles: [], subjects: [] };
  const common = { relevance: '1', language, other: 'N' };

  const person = (p: PersonQuestion) => {
    const code = questionCode(p.kind, 'Q');
    mapping.columns.push([code, p.kind === 'relationship' ? 'role' : p.kind]);
    if (p.choices.length === 0) {
      rows.push({ class: 'Q', 'type/scale': 'S', name: code, text: cell(p.text), mandatory: p.required ? 'Y' : 'N', ...common });
      return;
    }
    // A drop-down for a list of people, radio buttons for the ways of working together.
    rows.push({ class: 'Q', 'type/scale': p.kind === 'subject' ? '!' : 'L', name: code, text: cell(p.text), mandatory: p.required ? 'Y' : 'N', ...common });
    p.choices.forEach((choice, i) => {
      const answer = `A${i + 1}`;
      rows.push({ class: 'A', 'type/scale': '0', name: answer, text: cell(choice), language });
      if (p.kind === 'relationship') mapping.roles.push([answer, choice]);
      else if (p.kind === 'subject') mapping.subjects.push([answer, choice]);
    });
  };
  const grid = (g: GridQuestion) => {
    const code = questionCode(g.code, 'Q');
    const subCode = codeMaker({ allowed: /[^A-Za-z0-9]/g, max: 20 });
    rows.push({ class: 'Q', 'type/scale': 'F', name: code, text: cell(g.text), help: g.description ? cell(g.description) : '', mandatory: 'N', ...common });
    for (const r of g.rows) {
      const sq = subCode(r.id, 'SQ');
      rows.push({ class: 'SQ', 'type/scale': '0', name: sq, text: cell(r.text), relevance: '1', language });
      mapping.columns.push([`${code}[${sq}]`, g.purpose === 'items' ? `item:${r.id}` : `importance:${r.id}`]);
    }
    const codes: [string, number | string][] = g.columns.map((c, i) => [c.value === null ? `N${i + 1}` : `A${i + 1}`, c.value ?? c.label]);
    g.columns.forEach((c, i) => rows.push({ class: 'A', 'type/scale': '0', name: codes[i]![0], text: cell(c.label), language }));
    mapping.scales.set(g.scale.id, codes);
  };
  const essay = (t: TextQuestion) => {
    const code = questionCode(t.id, 'Q');
    rows.push({ class: 'Q', 'type/scale': 'T', name: code, text: cell(t.text), mandatory: 'N', ...common });
    mapping.columns.push([code, `item:${t.id}`]);
  };
  const add = (question: PlannedQuestion) => (question.kind === 'grid' ? grid(question) : question.kind === 'text' ? essay(question) : person(question));

  for (const section of plan.sections) {
    rows.push({ class: 'G', name: cell(section.title), relevance: '1', text: section.description ? cell(section.description) : '', language });
    for (const question of section.questions) add(question);
  }

  const tsv = `${[COLUMNS.join('\t'), ...rows.map((row) => COLUMNS.map((c) => row[c] ?? '').join('\t'))].join('\n')}\n`;
  const name = `${q.id}.limesurvey.txt`;
  const mapName = `${q.id}.limesurvey.map.yaml`;
  return {
    files: [
      { name, content: tsv, role: 'import', mediaType: 'text/tab-separated-values' },
      {
        name: mapName,
        content: mapYaml({
          comment: say('evaluate.limesurvey.map', { id: q.id }),
          questionnaireId: q.id,
          ...mapping,
          columns: [['submitdate', 'completed'], ...mapping.columns],
        }),
        role: 'map',
        mediaType: 'application/yaml',
      },
    ],
    steps: [say('evaluate.limesurvey.step.import', { name }), say('evaluate.limesurvey.step.check'), say('evaluate.limesurvey.step.responses', { map: mapName })],
  };
}
