import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../../src/core/answers/check.js';
import { nameOf } from '../../src/core/answers/name-by.js';
import type { AnswerSet } from '../../src/core/answers/model.js';
import { SurveyRowReader } from '../../src/core/csv/reader.js';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import type { Questionnaire } from '../../src/core/questionnaire/model.js';
import { buildCohortReport } from '../../src/core/report/cohort-build.js';
import { cohortView } from '../../src/core/report/cohort-view.js';
import { buildPersonReport } from '../../src/core/report/person.js';
import { FormRespondents, fieldReader } from '../../src/core/report/respondents.js';
import { runQuestions } from '../../src/core/run/runner.js';
import { newRunState, toAnswerFile, type StepAction } from '../../src/core/run/state.js';
import { runSteps, type Step } from '../../src/core/run/steps.js';
import { scoreAnswers } from '../../src/core/score/score.js';
import { renderCohortCsv } from '../../src/render/cohort-csv.js';
import { renderCohortHtml } from '../../src/render/cohort-html.js';
import { renderCohortJson } from '../../src/render/cohort-json.js';
import { renderCohortMarkdown } from '../../src/render/cohort-markdown.js';
import { renderCohortText } from '../../src/render/cohort-text.js';
import { renderPersonJson } from '../../src/render/person-json.js';
import { renderPersonHtml } from '../../src/render/person-html.js';
import { renderPersonMarkdown } from '../../src/render/person-markdown.js';
import { renderPersonText } from '../../src/render/person-text.js';
import { fixture } from '../helpers/cli.js';
import { fuzzRuns } from '../helpers/fuzz.js';

/**
 * Ids, labels and names that Object.prototype also has. Theme, facet, item, scale, band and
 * resource ids must be slugs, so only "constructor" and "prototype" can be those; labels,
 * attribute names and CSV headers may be any text.
 */
const PROTOTYPE_NAMES = ['constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', '__proto__'];
const ATTRIBUTE_NAMES = PROTOTYPE_NAMES.filter((name) => name !== '__proto__');
/** Headers that match no item of the fixture (whose items are constructor, prototype, tostring and valueof). */
const COLUMN_NAMES = ['hasOwnProperty', '__defineGetter__', 'isPrototypeOf', '__lookupSetter__', 'propertyIsEnumerable'];

const yaml = readFileSync(fixture('prototype/prototype-names.yaml'), 'utf8');
const load = (text: string): Questionnaire => {
  const { questionnaire, problems } = loadQuestionnaire(text, 'prototype-names.yaml');
  if (!questionnaire) throw new Error(problems.map((p) => p.message).join('\n'));
  return questionnaire;
};
/** The item "constructor" as a rating (in the fixture), and as a free-text item. */
const VARIANTS = {
  'a rating': load(yaml),
  'a free-text item': load(yaml.replace('{ id: constructor, text: First item. }', '{ id: constructor, type: text, text: First item. }')),
};
const STARTED = '2026-11-25T10:00:00Z';
const style = new Chalk({ level: 0 });

/** An action at a step: a point on its scale, text, a skip, or text that is only spaces (a skip too). */
const actionFor = (step: Step): fc.Arbitrary<StepAction> => {
  if (step.kind === 'item' && step.item.kind === 'text') return fc.constantFrom<StepAction>({ answer: 'A note' }, { answer: '   ' }, { skip: true });
  const scale = step.kind === 'importance' ? step.scale : step.item.kind === 'likert' ? step.item.scale : undefined;
  return fc.oneof(
    fc.integer({ min: scale!.min, max: scale!.max }).map((answer): StepAction => ({ answer })),
    fc.constant<StepAction>({ skip: true }),
  );
};

describe.each(Object.entries(VARIANTS))('ids that Object.prototype has, with "constructor" as %s', (_, questionnaire) => {
  const steps = runSteps(questionnaire);

  it('asks every question once, from 1/N, keeps every answer, and reads, scores and reports them back', async () => {
    await fc.assert(
      fc.asyncProperty(fc.tuple(...steps.map(actionFor)), async (actions) => {
        const asked: string[] = [];
        const final = await runQuestions(steps, newRunState(questionnaire, STARTED), {
          ask: async (question) => {
            expect(question.number).toBe(asked.length + 1);
            expect(question.current).toBeUndefined();
            expect(question.skippedBefore).toBe(false);
            asked.push(question.step.key);
            return actions[asked.length - 1]!;
          },
          save: async () => {},
        });
        expect(asked).toEqual(steps.map((s) => s.key));

        // A Map, so that the test itself cannot find "constructor" on a prototype.
        const given = (kind: 'answers' | 'texts' | 'importance') =>
          new Map(
            steps.flatMap((step, i): [string, number | string][] => {
              const action = actions[i]!;
              if (!('answer' in action) || (typeof action.answer === 'string' && action.answer.trim() === '')) return [];
              const isKind = step.kind === 'importance' ? kind === 'importance' : typeof action.answer === 'string' ? kind === 'texts' : kind === 'answers';
              return isKind ? [[step.kind === 'importance' ? step.theme.id : step.item.id, action.answer]] : [];
            }),
          );
        const entries = (record: Record<string, unknown>) => new Map(Object.entries(record));
        expect(entries(final.answers.answers)).toEqual(given('answers'));
        expect(entries(final.answers.texts)).toEqual(given('texts'));
        expect(entries(final.answers.importance)).toEqual(given('importance'));

        // Saved and read back as syslead run and syslead score do.
        const { answers, problems } = checkAnswers(JSON.stringify(toAnswerFile(steps, final)), 'result.json', questionnaire);
        expect(problems).toEqual([]);
        expect(entries(answers!.answers)).toEqual(given('answers'));
        expect(entries(answers!.texts)).toEqual(given('texts'));
        expect(entries(answers!.importance)).toEqual(given('importance'));

        const result = scoreAnswers(questionnaire, answers!);
        expect(result.items.map((item) => [item.id, item.answer])).toEqual(questionnaire.items.filter((item) => item.kind === 'likert').map((item) => [item.id, given('answers').get(item.id) ?? null]));
        expect(entries(result.texts)).toEqual(given('texts'));
        expect(result.themes.map((theme) => [theme.id, theme.importance])).toEqual(questionnaire.themes.map((theme) => [theme.id, given('importance').get(theme.id) ?? null]));
        const report = buildPersonReport(questionnaire, result);
        const rendered = [renderPersonText([report], { width: 80, style }), renderPersonMarkdown([report]), renderPersonJson([report]), renderPersonHtml([report])];
        for (const out of rendered) for (const theme of questionnaire.themes) expect(out).toContain(theme.title);
      }),
      { numRuns: fuzzRuns(60) },
    );
  });
});

describe('attribute names and CSV headers that Object.prototype has', () => {
  const questionnaire = VARIANTS['a rating'];
  const answersWith = (attributes: Record<string, string>): AnswerSet => ({
    questionnaire: { id: questionnaire.id, version: 1 },
    role: 'self',
    attributes,
    answers: {},
    texts: {},
    importance: {},
  });

  it.each(ATTRIBUTE_NAMES)('finds no value for an attribute "%s" that was never given', (name) => {
    expect(fieldReader(name)({ role: 'self', attributes: {} })).toBeUndefined();
    expect(nameOf(answersWith({}), name)).toBeUndefined();
    expect(fieldReader(name)({ role: 'self', attributes: { [name]: 'North' } })).toBe('North');
    expect(nameOf(answersWith({ [name]: 'North' }), name)).toBe('North');
  });

  it('reads a CSV whose columns and labels are such names, and reports it in every format grouped by each', () => {
    const header = ['constructor', 'prototype', 'tostring', 'valueof', 'importance:constructor', ...COLUMN_NAMES];
    const reader = SurveyRowReader.fromHeader(header, questionnaire, 'prototype.csv').reader!;
    const rows = Array.from({ length: 8 }, (_, r) => [
      ['toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', '__proto__'][r % 5]!,
      String(1 + ((r + 2) % 5)),
      ['constructor', 'prototype', 'isPrototypeOf'][r % 3]!,
      r % 2 ? 'A note' : '',
      'prototype',
      ...COLUMN_NAMES.map(() => (r < 4 ? 'North' : ' south ')),
    ]);
    for (const groupBy of COLUMN_NAMES.map((name) => name.toUpperCase())) {
      const form = new FormRespondents(questionnaire, { groupBy, keepNames: true });
      rows.forEach((cells, r) => {
        const read = reader.readRow(cells, r + 2);
        expect(read.problems).toEqual([]);
        expect(read.answers!.answers.constructor).toBe(1 + (r % 5));
        form.addAnswers(read.answers!, 'prototype.csv');
      });
      const report = buildCohortReport({
        forms: [form],
        respondents: { read: 8, scored: 8, skipped: 0, reasons: {} },
        groupBy,
        minGroup: 3,
        subjectColumn: 'subject',
        margin: 10,
        people: 'named',
      });
      expect(report.groups.map((g) => [g.name, g.n])).toEqual([
        ['North', 4],
        ['south', 4],
      ]);
      const view = cohortView(report, [questionnaire]);
      const outputs = [renderCohortText(view, { width: 80, style }), renderCohortMarkdown(view), renderCohortJson(view), renderCohortHtml(view)];
      for (const out of outputs) expect(out).toContain('Constructor theme');
      expect(renderCohortCsv(view).split('\r\n')[1]).toBe('prototype-names,1,,,prototype.csv,self,North,2,25,constructor,2,25,constructor,1,0,constructor');
    }
  });
});
