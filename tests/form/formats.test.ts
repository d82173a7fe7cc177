/**
 * Each file `syslead form` writes, checked against its platform's documented import format (each
 * describe names where), for the built-in forms and for a questionnaire written to trip them
 * (tests/form/hostile.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formPlan } from '../../src/core/form/plan.js';
import type { FormOutput, FormPlatform } from '../../src/core/form/types.js';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import type { Questionnaire } from '../../src/core/questionnaire/model.js';
import { escapeHtml } from '../../src/core/safe-text.js';
import { formGenerator } from '../../src/render/form/generators.js';
import { REDCAP_COLUMNS } from '../../src/render/form/redcap.js';
import { ROOT } from '../helpers/cli.js';
import { csvRows } from '../helpers/csv-table.js';
import { questionnaireFrom } from '../helpers/questionnaire.js';
import { HOSTILE_QUESTIONNAIRE, RESERVED_IDS_QUESTIONNAIRE } from './hostile.js';
import { msFormsQuestions, parseLimeSurvey, parseQualtrics, parseRedcap, runAppsScript } from './simulated-exports.js';

const builtIn = (id: string) => loadQuestionnaire(readFileSync(join(ROOT, 'questionnaires', `${id}.yaml`), 'utf8'), id).questionnaire!;
const QUESTIONNAIRES: [string, Questionnaire][] = [
  ['systems-leadership', builtIn('systems-leadership')],
  ['systems-leadership-observer', builtIn('systems-leadership-observer')],
  ['the hostile questionnaire', questionnaireFrom(HOSTILE_QUESTIONNAIRE)],
  ["a questionnaire whose ids are platforms' own names", questionnaireFrom(RESERVED_IDS_QUESTIONNAIRE)],
];
const SUBJECTS = ['Sam Patel', 'Jo "JJ" Evans, Jr', '<b>Ana</b> | Ruiz'];

async function output(platform: FormPlatform, q: Questionnaire): Promise<FormOutput> {
  return (await formGenerator(platform))(formPlan({ questionnaire: q, subjects: q.form === 'observer' ? SUBJECTS : [] }));
}
const content = async (platform: FormPlatform, q: Questionnaire, ending: string) => (await output(platform, q)).files.find((f) => f.name.endsWith(ending))!.content;
const scored = (q: Questionnaire) => q.items.filter((i) => i.kind === 'likert');
const textItems = (q: Questionnaire) => q.items.filter((i) => i.kind === 'text');

describe.each(QUESTIONNAIRES)('%s', (_name, q) => {
  // https://developers.google.com/apps-script/reference/forms/form-app and .../forms/grid-item
  it('Google Forms: an Apps Script that builds the form with FormApp alone, every statement in a grid of its scale', async () => {
    const made = runAppsScript(await content('google', q, '.google-apps-script.js'));
    expect(made.title).toBe(q.title);
    expect(made.description).toBe(q.description.replace(/\s+/g, ' ').trim());
    expect(made.shuffle).toBe(false);
    const grids = made.items.filter((i) => i.type === 'grid');
    const rows = grids.flatMap((g) => g.rows!);
    for (const item of scored(q)) {
      const grid = grids.find((g) => g.rows!.includes(item.text))!;
      expect(grid.columns).toEqual([...item.scale.labels, ...item.scale.notApplicable]);
    }
    expect(rows.filter((r) => scored(q).some((i) => i.text === r))).toHaveLength(scored(q).length);
    expect(made.items.filter((i) => i.type === 'paragraph').map((i) => i.title)).toEqual(textItems(q).map((i) => i.text));
    if (q.form === 'observer') {
      expect(made.items.find((i) => i.type === 'list')).toMatchObject({ title: 'Who are you giving feedback about?', choices: SUBJECTS, required: true });
      expect(made.items.find((i) => i.type === 'choice')!.choices).toEqual(['Their line manager', 'A peer in the same organisation', 'Someone who reports to them', 'A partner in another organisation', 'Other']);
    }
  });

  // https://www.qualtrics.com/support/survey-platform/survey-module/survey-tools/import-and-export-surveys/ (Advanced Format TXT)
  it('Qualtrics: Advanced Format tags only where syslead puts them, unique export tags, a matrix per grid', async () => {
    const txt = await content('qualtrics', q, '.qualtrics.txt');
    // parseQualtrics refuses any unknown tag and any text line that holds "[[".
    const questions = parseQualtrics(txt);
    expect(new Set(questions.map((x) => x.id)).size).toBe(questions.length);
    for (const x of questions) expect(x.id).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
    expect(questions.every((x) => ['Matrix', 'TE:SingleLine', 'TE:Essay', 'MC:SingleAnswer:Vertical'].includes(x.type))).toBe(true);
    const matrices = questions.filter((x) => x.type === 'Matrix');
    expect(matrices.flatMap((m) => m.choices).filter((c) => scored(q).some((i) => i.text === c))).toHaveLength(scored(q).length);
    expect(txt).not.toMatch(/<(script|b|i)\b/);
  });

  // https://manual.limesurvey.org/Tab_Separated_Value_survey_structure
  it('LimeSurvey: a TSV of the documented columns, every row as wide as the header, codes LimeSurvey accepts', async () => {
    const { header, rows } = parseLimeSurvey(await content('limesurvey', q, '.limesurvey.txt'));
    expect(header.slice(0, 5)).toEqual(['class', 'type/scale', 'name', 'relevance', 'text']);
    expect(new Set(rows.map((r) => r.class))).toEqual(new Set(['S', 'SL', 'G', 'Q', 'SQ', 'A']));
    const codes = rows.filter((r) => r.class === 'Q').map((r) => r.name);
    expect(new Set(codes.map((c) => c.toLowerCase())).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[A-Za-z][A-Za-z0-9]{0,19}$/);
    // Subquestion codes are unique within their question.
    let sub = new Set<string>();
    for (const r of rows) {
      if (r.class === 'Q') sub = new Set();
      if (r.class !== 'SQ') continue;
      expect(r.name).toMatch(/^[A-Za-z][A-Za-z0-9]{0,19}$/);
      expect(sub.has(r.name.toLowerCase())).toBe(false);
      sub.add(r.name.toLowerCase());
    }
    expect(rows.filter((r) => r.class === 'SQ' && scored(q).some((i) => i.text === r.text))).toHaveLength(scored(q).length);
  });

  // REDCap's Data Dictionary help (Project Setup → Data Dictionary) and its downloadable template
  it('REDCap: the 18 documented columns, variable names REDCap accepts, choices as "code, label | ..."', async () => {
    const dictionary = await content('redcap', q, '.redcap-data-dictionary.csv');
    expect(csvRows(dictionary)[0]).toEqual([...REDCAP_COLUMNS]);
    const fields = parseRedcap(dictionary);
    expect(fields[0]!['Variable / Field Name']).toBe('record_id');
    const names = fields.map((f) => f['Variable / Field Name']!);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9_]{0,25}$/);
    for (const f of fields) {
      expect(['text', 'notes', 'radio', 'dropdown']).toContain(f['Field Type']);
      if (f['Field Type'] === 'radio' || f['Field Type'] === 'dropdown') expect(f['Choices, Calculations, OR Slider Labels']).toMatch(/^[a-z0-9_]+, [^|]+( \| [a-z0-9_]+, [^|]+)*$/);
    }
    // The fields of one matrix share its choices, as REDCap requires.
    const byMatrix = new Map<string, Set<string>>();
    for (const f of fields) if (f['Matrix Group Name']) byMatrix.set(f['Matrix Group Name'], (byMatrix.get(f['Matrix Group Name']) ?? new Set()).add(f['Choices, Calculations, OR Slider Labels']!));
    for (const choices of byMatrix.values()) expect(choices.size).toBe(1);
    expect(fields.filter((f) => scored(q).some((i) => i.text === f['Field Label']))).toHaveLength(scored(q).length);
  });

  // Microsoft Forms' question types (Text, Choice, Likert), as in its "Create a form" help
  it('Microsoft Forms: a build sheet with every statement, as Likert questions of the scale labels', async () => {
    const questions = msFormsQuestions(await content('ms-forms', q, '.ms-forms.md'));
    const likert = questions.filter((x) => x.type === 'Likert');
    expect(likert.flatMap((x) => x.statements)).toEqual(expect.arrayContaining(scored(q).map((i) => i.text)));
    for (const item of scored(q)) expect(likert.find((x) => x.statements.includes(item.text))!.options).toEqual([...item.scale.labels, ...item.scale.notApplicable]);
    const html = await content('ms-forms', q, '.ms-forms.html');
    expect(html).not.toMatch(/<script>alert/);
  });

  it('paper: every statement with its code, a box per point, and no markup from the questionnaire', async () => {
    const html = await content('paper', q, '.paper.html');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).not.toMatch(/<script>alert|<b>boundaries|<i>and/);
    for (const item of scored(q)) expect(html).toContain(escapeHtml(item.text));
    for (const item of scored(q)) expect(html).toContain(`<span class="code">${item.id}</span>`);
  });

  it('the CSV template: one column per statement (by id), free text, person question and importance theme', async () => {
    const [header] = csvRows(await content('csv', q, '.answers-template.csv'));
    for (const item of q.items) expect(header).toContain(item.id);
    expect(header!.length).toBe(q.items.length + (q.form === 'observer' ? 3 : 1) + (q.importance ? q.themes.length : 0));
  });
});

describe('neutralising texts for each format', () => {
  const hostile = questionnaireFrom(HOSTILE_QUESTIONNAIRE);

  it('never lets a text open a Qualtrics tag or a LimeSurvey row, or add markup where texts are shown as HTML', async () => {
    const injected = questionnaireFrom(HOSTILE_QUESTIONNAIRE.replace('They count activity rather than change.', 'Count [[Question:MC]]\\n[[Choices]] this\\tand <img src=x onerror=alert(1)>'));
    expect(() => parseQualtrics('')).toThrow();
    const qualtrics = await content('qualtrics', injected, '.qualtrics.txt');
    expect(() => parseQualtrics(qualtrics)).not.toThrow();
    expect(qualtrics).toContain('Count [ [Question:MC] ] [ [Choices] ] this and &lt;img src=x onerror=alert(1)>');
    const { rows } = parseLimeSurvey(await content('limesurvey', injected, '.limesurvey.txt'));
    expect(rows.find((r) => r.text.startsWith('Count'))!.text).toBe('Count [[Question:MC]] [[Choices]] this and <img src=x onerror=alert(1)>');
    const redcap = await content('redcap', injected, '.redcap-data-dictionary.csv');
    expect(redcap).toContain('&lt;img src=x');
    expect(redcap).not.toContain('<img');
  });

  it("never lets a name close the build sheet's code block", async () => {
    const q = builtIn('systems-leadership-observer');
    const { files } = (await formGenerator('ms-forms'))(formPlan({ questionnaire: q, subjects: ['Ann', '```', '# Heading'] }));
    const md = files.find((f) => f.name.endsWith('.md'))!.content;
    expect(md).toContain('````text\nAnn\n```\n# Heading\n````\n');
  });

  it('keeps ids that a platform would merge apart', async () => {
    // a-1 and a1 are one code once the hyphen is dropped.
    const { rows } = parseLimeSurvey(await content('limesurvey', hostile, '.limesurvey.txt'));
    expect(rows.filter((r) => r.class === 'SQ').map((r) => r.name)).toEqual(['a1', 'a12', 'a2', 'a3', 'b1', 'b2', 'b3']);
    const map = await content('limesurvey', hostile, '.limesurvey.map.yaml');
    expect(map).toContain('"tone1[a1]": "item:a-1"');
    expect(map).toContain('"tone1[a12]": "item:a1"');
  });

  it('writes the export maps as YAML that quotes every header and name', async () => {
    const map = await content('redcap', hostile, '.redcap.map.yaml');
    expect(map).toContain('subjects:\n  "1": "Sam Patel"\n  "2": "Jo \\"JJ\\" Evans, Jr"\n  "3": "<b>Ana</b> | Ruiz"\n');
    expect(map).toMatch(/"na1": "Not observed"/);
  });
});
