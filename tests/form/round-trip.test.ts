/**
 * Issue 20's round trip: `syslead form` writes a platform's definition; the export that survey
 * would produce (tests/form/simulated-exports.ts builds it from the definition as parsed back, not
 * from syslead's plan) is read by `report`, `score` and `feedback` unedited, or with the map
 * `syslead form` wrote beside it, to the same scores as the same answers written as answer files.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQuestionnaire, validateQuestionnaire } from '../../src/core/questionnaire/load.js';
import type { Questionnaire } from '../../src/core/questionnaire/model.js';
import { messagesFor, uiLanguage } from '../../src/core/i18n/messages.js';
import { OBSERVER_ROLES } from '../../src/core/run/rater.js';
import { ALL_ROWS_SCORED, ROOT, runCli, withoutQuestionnaireWarnings } from '../helpers/cli.js';
import { questionnaireFrom } from '../helpers/questionnaire.js';
import { applyTranslation } from '../../src/core/translation/apply.js';
import { validateTranslation } from '../../src/core/translation/validate.js';
import { toModel } from '../../src/core/questionnaire/model.js';
import { quickDoc, welshText } from '../translation/helpers.js';
import { HOSTILE_QUESTIONNAIRE, RESERVED_IDS_QUESTIONNAIRE } from './hostile.js';
import { csvTable } from '../helpers/csv-table.js';
import { googleExport, limeSurveyExport, msFormsExport, qualtricsExport, redcapExport, templateExport, type Person } from './simulated-exports.js';

const NO_FLOOR = ['--min-group', '1'];
const SUBJECTS = ['Sam Patel', 'Jo Evans-Ó Briain'];

function builtIn(id: string): Questionnaire {
  const { questionnaire } = loadQuestionnaire(readFileSync(join(ROOT, 'questionnaires', `${id}.yaml`), 'utf8'), `${id}.yaml`);
  if (!questionnaire) throw new Error(`${id} does not load`);
  return questionnaire;
}

/**
 * Answers that differ by person and statement, every point of each scale used, some skipped, some
 * "Not observed" on the observer form, free text with commas, quotes and letters beyond ASCII.
 */
function people(q: Questionnaire, count: number): Person[] {
  return Array.from({ length: count }, (_, k): Person => {
    const observer = q.form === 'observer';
    const role = OBSERVER_ROLES[k % OBSERVER_ROLES.length]!;
    // The relationship as the form offers it, in the questionnaire's language.
    const relationship = messagesFor(uiLanguage([q.language])).say(`relation.${role}`);
    const answers: Person['answers'] = {};
    q.items.forEach((item, j) => {
      if (item.kind === 'text') {
        if ((j + k) % 2 === 0) answers[item.id] = `Person ${k + 1}, on "${item.id}": café, ½ day — done`;
        return;
      }
      if (k === 1 && j % 9 === 4) return;
      const na = item.scale.notApplicable[0];
      if (observer && na !== undefined && j % 7 === k) answers[item.id] = na;
      else answers[item.id] = item.scale.min + ((k * 7 + j * 3 + 1) % (item.scale.max - item.scale.min + 1));
    });
    const importance: Person['importance'] = {};
    const scale = q.importance?.scale;
    // The third person skips the second theme's importance.
    if (scale) for (const [i, t] of q.themes.entries()) if (k !== 2 || i !== 1) importance[t.id] = scale.min + ((k + i) % (scale.max - scale.min + 1));
    return {
      name: ['Alex Morgan', 'Priya Shah', 'Chris O’Neill', 'Dana Hughes', 'Eli Brown'][k]!,
      role: observer ? role : 'self',
      ...(observer ? { relationship, subject: SUBJECTS[k % SUBJECTS.length]! } : {}),
      answers,
      importance,
    };
  });
}

/** The same answers as answer files (JSON, which is YAML), one per person. */
function writeAnswerFiles(q: Questionnaire, persons: readonly Person[], folder: string): void {
  mkdirSync(folder, { recursive: true });
  persons.forEach((p, i) => {
    const file = {
      questionnaire: q.id,
      version: q.version,
      respondent: p.name,
      role: p.role,
      ...(p.subject ? { subject: p.subject } : {}),
      answers: p.answers,
      ...(Object.keys(p.importance).length > 0 ? { importance: p.importance } : {}),
    };
    writeFileSync(join(folder, `person-${i + 1}.yaml`), JSON.stringify(file, null, 2));
  });
}

/** Each respondent's row of `report --format csv --per-respondent`, less where it came from, in order of name. */
async function personRows(inputs: string[]) {
  const { code, stdout, stderr } = await runCli(['report', '--format', 'csv', '--per-respondent', ...NO_FLOOR, ...inputs]);
  if (stdout === '') throw new Error(`no report (exit ${code}):\n${stderr}`);
  const rows = csvTable(stdout).map(({ row: _row, source: _source, ...scores }) => scores);
  return { code, stderr, rows: rows.sort((a, b) => (a.respondent ?? '').localeCompare(b.respondent ?? '')) };
}

/** What `score --format json` says of each respondent, less where and when the answers were given. */
async function personResults(inputs: string[]) {
  const { code, stdout, stderr } = await runCli(['score', '--format', 'json', ...inputs]);
  if (stdout === '') throw new Error(`no results (exit ${code}):\n${stderr}`);
  return (JSON.parse(stdout) as Record<string, unknown>[])
    .map(({ respondent, role, subject, themes, texts, priorities }) => ({ respondent, role, subject, themes, texts, priorities }))
    .sort((a, b) => String(a.respondent).localeCompare(String(b.respondent)));
}

/** `feedback --format json` for one subject, without the inputs' names. */
async function feedbackOf(subject: string, inputs: string[]) {
  const { code, stdout, stderr } = await runCli(['feedback', '--format', 'json', '--subject', subject, ...NO_FLOOR, ...inputs]);
  if (stdout === '') throw new Error(`no feedback (exit ${code}):\n${stderr}`);
  return { code, report: JSON.parse(stdout, (key, value) => (key === 'source' || key === 'sources' || key === 'file' || key === 'files' ? undefined : value)) };
}

/** f's promise, made the first time it is asked for. */
function once<T>(f: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= f());
}

type Build = (q: Questionnaire, definition: string, persons: readonly Person[]) => string;
interface Platform {
  name: string;
  platform: string;
  /** The file of `syslead form`'s output the export is built from (after the questionnaire's id). */
  definition: string;
  build: Build;
  /** The map `syslead form` wrote, when the export needs one. */
  map?: string;
  /** The map is written only when the codes are not the points themselves (and the export is read unedited without it). */
  mapWhenNeeded?: true;
}

const PLATFORMS: Platform[] = [
  { name: 'Google Forms, "Download responses (.csv)"', platform: 'google', definition: '.google-apps-script.js', build: googleExport },
  { name: 'Qualtrics, CSV with choice text', platform: 'qualtrics', definition: '.qualtrics.txt', build: qualtricsExport },
  { name: 'Qualtrics, CSV with numeric values', platform: 'qualtrics', definition: '.qualtrics.txt', build: (q, d, p) => qualtricsExport(q, d, p, 'numeric'), map: '.qualtrics.map.yaml', mapWhenNeeded: true },
  { name: 'LimeSurvey, full question text and full answers', platform: 'limesurvey', definition: '.limesurvey.txt', build: (q, d, p) => limeSurveyExport(q, d, p, 'full') },
  { name: 'LimeSurvey, question codes and answer codes', platform: 'limesurvey', definition: '.limesurvey.txt', build: (q, d, p) => limeSurveyExport(q, d, p, 'codes'), map: '.limesurvey.map.yaml' },
  { name: 'REDCap, CSV with labels', platform: 'redcap', definition: '.redcap-data-dictionary.csv', build: (q, d, p) => redcapExport(q, d, p, 'labels') },
  { name: 'REDCap, CSV raw', platform: 'redcap', definition: '.redcap-data-dictionary.csv', build: (q, d, p) => redcapExport(q, d, p, 'raw'), map: '.redcap.map.yaml' },
  { name: 'Microsoft Forms, built from the sheet, results saved as CSV', platform: 'ms-forms', definition: '.ms-forms.md', build: msFormsExport },
  { name: 'paper, typed into the CSV template', platform: 'csv', definition: '.answers-template.csv', build: templateExport },
];

let scratch = '';
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'syslead-form-'));
  writeFileSync(join(scratch, 'subjects.txt'), `${SUBJECTS.join('\n')}\n`);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const made = new Map<string, Promise<string[]>>();
/** Runs `syslead form`, builds the export from its definition, and gives the inputs to read it with (once per platform and questionnaire). */
function exportFor(q: Questionnaire, source: string, persons: readonly Person[], p: Platform): Promise<string[]> {
  const folder = join(scratch, `${source.replace(/\W/g, '_')}-${PLATFORMS.indexOf(p)}`);
  if (!made.has(folder)) made.set(folder, makeExport(q, source, persons, p, folder));
  return made.get(folder)!;
}

async function makeExport(q: Questionnaire, source: string, persons: readonly Person[], p: Platform, folder: string): Promise<string[]> {
  const subjects = q.form === 'observer' ? ['--subject-list', join(scratch, 'subjects.txt')] : [];
  const form = await runCli(['form', source, '--for', p.platform, '--out-dir', folder, ...subjects]);
  // The warnings allowed: the Welsh draft says it is a draft (in Welsh, the language its texts choose); an item id that is an export's column name is warned of.
  expect(form.stderr.replace(/^\S+: warning: (cyfieithiad drafft: |item id ".*" is also the heading ).*\n/gm, '')).toBe('');
  expect(form.code).toBe(0);
  const exported = join(folder, 'export.csv');
  writeFileSync(exported, p.build(q, readFileSync(join(folder, `${q.id}${p.definition}`), 'utf8'), persons));
  const map = p.map && join(folder, `${q.id}${p.map}`);
  if (map && p.mapWhenNeeded && !existsSync(map)) return [exported];
  return [...(map ? ['--map', map] : []), exported];
}

/** The Welsh draft of the quick form, as syslead gives it when asked for systems-leadership-quick.cy. */
function welshQuick(): Questionnaire {
  const { translation } = validateTranslation(welshText(), 'cy.yaml');
  return toModel(applyTranslation(quickDoc(), translation!, [], 'cy.yaml').doc!);
}

/** The Welsh draft of a built-in form (questionnaires/ID.cy.yaml), as syslead gives it when asked for ID.cy. */
function welshOf(id: string): Questionnaire {
  const { doc } = validateQuestionnaire(readFileSync(join(ROOT, 'questionnaires', `${id}.yaml`), 'utf8'), `${id}.yaml`);
  const { translation } = validateTranslation(readFileSync(join(ROOT, 'questionnaires', `${id}.cy.yaml`), 'utf8'), `${id}.cy.yaml`);
  return toModel(applyTranslation(doc!, translation!, [], `${id}.cy.yaml`).doc!);
}

const QUESTIONNAIRES: { name: string; q: Questionnaire; yaml?: string; named?: string }[] = [
  ...['systems-leadership', 'systems-leadership-quick', 'systems-leadership-observer'].map((id) => ({ name: id, q: builtIn(id) })),
  { name: 'a questionnaire with hostile texts and colliding ids (tests/form/hostile.ts)', q: questionnaireFrom(HOSTILE_QUESTIONNAIRE), yaml: HOSTILE_QUESTIONNAIRE },
  { name: "a questionnaire whose ids are platforms' and syslead's own column names", q: questionnaireFrom(RESERVED_IDS_QUESTIONNAIRE), yaml: RESERVED_IDS_QUESTIONNAIRE },
  // Its statements and labels are Welsh; the export is read against the translation, as the README says.
  { name: 'the Welsh draft of the quick form', q: welshQuick(), named: 'systems-leadership-quick.cy' },
  { name: 'the Welsh draft of the full form', q: welshOf('systems-leadership'), named: 'systems-leadership.cy' },
  { name: 'the Welsh draft of the observer form', q: welshOf('systems-leadership-observer'), named: 'systems-leadership-observer.cy' },
];

describe.each(QUESTIONNAIRES)('$name', ({ q, yaml, named }) => {
  const persons = people(q, 5);
  let answerFiles = '';
  /** What `form` is given: the built-in's id, or the file; report and score are pointed at the file too. */
  let source = named ?? q.id;
  let read: string[] = named ? ['--questionnaire', named] : [];
  beforeAll(() => {
    answerFiles = join(scratch, `${source}-answers`);
    writeAnswerFiles(q, persons, answerFiles);
    if (yaml !== undefined) {
      source = join(scratch, `${q.id}.yaml`);
      writeFileSync(source, yaml);
      read = ['--questionnaire', source];
    }
  });

  // What the answer files give, which every platform's export is held to: read once per questionnaire.
  const fromAnswerFiles = {
    rows: once(() => personRows([...read, answerFiles])),
    results: once(() => personResults([...read, answerFiles])),
    feedback: new Map(SUBJECTS.map((subject) => [subject, once(() => feedbackOf(subject, [...read, answerFiles]))])),
  };

  it('has answers that differ by person, with some skipped', async () => {
    const { rows } = await fromAnswerFiles.rows();
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map((r) => JSON.stringify({ ...r, respondent: '' }))).size).toBe(5);
  });

  describe.each(PLATFORMS)('$name', (p) => {
    it('is read back to the scores of the answer files, every row scored', async () => {
      const inputs = [...read, ...(await exportFor(q, source, persons, p))];
      const fromExport = await personRows(inputs);
      const expected = await fromAnswerFiles.rows();
      expect(fromExport.rows).toEqual(expected.rows);
      // What became of the rows is said in the language the export's form chooses: Welsh for a Welsh draft.
      // Before it, once, the form's own warnings (the Welsh draft's, reserved ids'), as every command that loads it says them.
      const form = named ? join(ROOT, 'questionnaires', `${named}.yaml`) : source;
      const rowsSaid = withoutQuestionnaireWarnings(fromExport.stderr, form);
      if (named) expect(fromExport.stderr).toContain(': warning: cyfieithiad drafft: ');
      if (q.language.startsWith('cy')) expect(rowsSaid).toMatch(/^(syslead: [^\n]+: 5 rhes: 5 wedi eu sgorio, 0 wedi eu hepgor\n)+$/);
      else {
        expect(rowsSaid).toMatch(ALL_ROWS_SCORED);
        expect(rowsSaid).toMatch(/5 rows: 5 scored, 0 skipped/);
      }
      expect(fromExport.code).toBe(0);
      expect(await personResults(inputs)).toEqual(await fromAnswerFiles.results());
    });

    if (q.form === 'observer') {
      it.each(SUBJECTS)('gives %s the 360 feedback of the answer files', async (subject) => {
        const inputs = [...read, ...(await exportFor(q, source, persons, p))];
        const fromExport = await feedbackOf(subject, inputs);
        expect(fromExport.report).toEqual((await fromAnswerFiles.feedback.get(subject)!()).report);
        expect(fromExport.report.subject).toBe(subject);
      });
    }
  });
});
