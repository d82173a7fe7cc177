import { say } from '../../core/i18n/voice.js';
import type { FormPlan, GridQuestion, PersonQuestion, PlannedQuestion, TextQuestion } from '../../core/form/plan.js';
import type { FormOutput } from '../../core/form/types.js';
import { csvText } from '../../core/safe-text.js';
import { codeMaker } from './codes.js';
import { mapYaml } from './map-yaml.js';
import { markupFreeLine, oneLine } from './plain.js';

/**
 * A REDCap data dictionary, as REDCap's "Data Dictionary" help and its template
 * (Project Setup → Data Dictionary → "Download the current Data Dictionary") lay it out: the 18
 * columns below in this order, one row per field, the record id first. Variable names are lower-case
 * letters, digits and underscores, starting with a letter (REDCap advises at most 26 characters);
 * radio fields give their choices as "1, Rarely | 2, Sometimes"; fields of one matrix share a
 * Matrix Group Name and the same choices; free text is a notes field.
 */
export const REDCAP_COLUMNS: readonly string[] =
  // not said: the columns of REDCap's data dictionary, as REDCap names and reads them
  'Variable / Field Name\tForm Name\tSection Header\tField Type\tField Label\tChoices, Calculations, OR Slider Labels\tField Note\tText Validation Type OR Show Slider Number\tText Validation Min\tText Validation Max\tIdentifier?\tBranching Logic (Show field only if...)\tRequired Field?\tCustom Alignment\tQuestion Number (surveys only)\tMatrix Group Name\tMatrix Ranking?\tField Annotation'.split(
    '\t',
  );

interface Field {
  name: string;
  section?: string | undefined;
  type: 'text' | 'notes' | 'radio' | 'dropdown';
  label: string;
  choices?: string;
  required?: boolean;
  identifier?: boolean;
  matrix?: string;
}

/** A choice's label: "|" separates choices and the first "," the code, so neither may be in it raw. */
const choiceLabel = (text: string) => oneLine(text).replace(/\|/g, '/');
const choices = (pairs: readonly (readonly [string, string])[]) => pairs.map(([code, label]) => `${code}, ${choiceLabel(label)}`).join(' | ');

/** REDCap's form name: the instrument, from the questionnaire's id. */
const formName = (id: string) =>
  id
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '') || 'syslead';

export function redcapForm(plan: FormPlan): FormOutput {
  const { questionnaire: q } = plan;
  const variable = codeMaker({ allowed: /[^a-z0-9_]/g, max: 26, lower: true });
  const v = (id: string) => variable(id.replace(/-/g, '_'), 'v_');
  // REDCap's own first field: no item may take its name.
  variable('record_id', 'v_');
  const form = formName(q.id);
  // not said: REDCap's own first field, as REDCap names it
  const fields: Field[] = [{ name: 'record_id', type: 'text', label: 'Record ID' }];
  const columns: [string, string][] = [];
  const codes = new Map<string, [string, number | string][]>();
  const subjects: string[] = [];

  const person = (p: PersonQuestion, section?: string) => {
    const name = v(p.kind === 'relationship' ? 'relationship' : p.kind === 'respondent' ? 'name' : 'subject');
    columns.push([name, p.kind === 'relationship' ? 'role' : p.kind]);
    if (p.choices.length === 0) return fields.push({ name, section, type: 'text', label: p.text, required: p.required, identifier: p.kind !== 'relationship' });
    if (p.kind === 'subject') subjects.push(...p.choices);
    return fields.push({
      name,
      section,
      type: p.kind === 'subject' ? 'dropdown' : 'radio',
      label: p.text,
      choices: choices(p.choices.map((c, i) => [String(i + 1), c])),
      required: p.required,
      identifier: p.kind === 'subject',
    });
  };
  const grid = (g: GridQuestion, section?: string) => {
    // A not-observed answer is coded apart from the points, so that the raw export never reads it as one.
    const pairs = g.columns.map((c, i) => [c.value === null ? `na${i + 1 - g.scale.labels.length}` : String(c.value), c.label] as const);
    codes.set(
      g.scale.id,
      pairs.map(([code], i) => [code, g.columns[i]!.value ?? g.columns[i]!.label]),
    );
    const matrix = variable(`${g.code}_grid`, 'm_');
    g.rows.forEach((r, i) => {
      const name = v(g.purpose === 'items' ? r.id : `imp_${r.id}`);
      columns.push([name, g.purpose === 'items' ? `item:${r.id}` : `importance:${r.id}`]);
      fields.push({ name, section: i === 0 ? (section ?? g.text) : undefined, type: 'radio', label: g.purpose === 'items' ? r.text : (r.question ?? r.text), choices: choices(pairs), matrix });
    });
  };
  const essay = (t: TextQuestion) => {
    const name = v(t.id);
    columns.push([name, `item:${t.id}`]);
    fields.push({ name, type: 'notes', label: t.text });
  };
  for (const section of plan.sections) {
    section.questions.forEach((question: PlannedQuestion, i) => {
      const header = i === 0 ? section.title : undefined;
      if (question.kind === 'grid') grid(question, header);
      else if (question.kind === 'text') essay(question);
      else person(question, header);
    });
  }

  const row = (f: Field) =>
    [
      f.name,
      form,
      f.section ?? '',
      f.type,
      f.label,
      f.choices ?? '',
      '',
      '',
      '',
      '',
      f.identifier ? 'y' : '',
      '',
      f.required ? 'y' : '',
      f.type === 'radio' && !f.matrix ? 'LV' : '',
      '',
      f.matrix ?? '',
      f.matrix ? 'n' : '',
      '',
    ]
      // REDCap shows labels and section headers as HTML.
      .map((text) => csvText(markupFreeLine(text)))
      .join(',');
  const dictionary = `${[REDCAP_COLUMNS.map(csvText).join(','), ...fields.map(row)].join('\r\n')}\r\n`;
  const name = `${q.id}.redcap-data-dictionary.csv`;
  const mapName = `${q.id}.redcap.map.yaml`;
  const relationships = plan.sections.flatMap((s) => s.questions.flatMap((p) => (p.kind === 'relationship' ? p.choices : [])));
  const map = mapYaml({
    comment: say('evaluate.redcap.map', { id: q.id }),
    questionnaireId: q.id,
    columns,
    scales: codes,
    roles: relationships.map((choice, i) => [String(i + 1), choice] as const),
    // The raw export codes the people rated by their choice's number: named here, so a 360 reads them.
    subjects: subjects.map((person, i) => [String(i + 1), person] as const),
  });
  return {
    files: [
      { name, content: dictionary, role: 'import', mediaType: 'text/csv' },
      { name: mapName, content: map, role: 'map', mediaType: 'application/yaml' },
    ],
    steps: [say('evaluate.redcap.step.upload', { name }), say('evaluate.redcap.step.enable', { form }), say('evaluate.redcap.step.responses', { map: mapName })],
  };
}
