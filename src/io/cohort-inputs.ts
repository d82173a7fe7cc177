import type { Problem } from '../core/problem.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import { FormRespondents, type CollectOptions } from '../core/report/respondents.js';
import { readInputEvents, type InputOptions, type ReadEvent, type ReadProgress, type RowAccounting } from './input-pipeline.js';

export interface CohortInputOptions extends InputOptions {
  collect: CollectOptions;
  onProblem: (problem: Problem) => void;
  onProgress?: (progress: ReadProgress) => void;
  /** What became of a CSV file's rows, at its end. */
  onTable?: (table: Extract<ReadEvent, { kind: 'table' }>) => void;
}

export interface CohortInputs {
  /** One per questionnaire answered, in the order first met. */
  forms: FormRespondents[];
  respondents: RowAccounting;
  /** Per CSV file, in input order, what became of its rows. */
  tables: ({ file: string } & RowAccounting)[];
  /** Problems of severity error: bad rows, answer files and CSV headers. */
  errors: number;
}

/**
 * Reads answer files, folders of them and CSV files ('-' = stdin) into each questionnaire's
 * respondents through the input pipeline (see readInputEvents): a CSV row is scored as it is read
 * and only numbers are kept. A bad row, answer file or CSV header is reported and skipped; an
 * input that cannot be read at all (missing, not UTF-8) ends the command, so a report never
 * quietly leaves out a whole file.
 */
export async function readCohortInputs(inputs: readonly string[], options: CohortInputOptions): Promise<CohortInputs> {
  const forms = new Map<Questionnaire, FormRespondents>();
  // The form is made with its first respondent, so a file without one adds no empty form.
  const form = (questionnaire: Questionnaire) => forms.get(questionnaire) ?? forms.set(questionnaire, new FormRespondents(questionnaire, options.collect)).get(questionnaire)!;
  let errors = 0;
  const tables: CohortInputs['tables'] = [];
  const respondents = await readInputEvents(inputs, options, (event) => {
    if (event.kind === 'unreadable') throw event.error;
    if (event.kind === 'progress') return options.onProgress?.(event.progress);
    if (event.kind === 'table') {
      tables.push({ file: event.source.file, ...event.accounting });
      return options.onTable?.(event);
    }
    for (const problem of event.problems) {
      if (problem.severity === 'error') errors++;
      options.onProblem(problem);
    }
    if (event.kind === 'answers') form(event.questionnaire).addAnswers(event.answers, event.source.file);
    else if (event.kind === 'row') form(event.questionnaire).addValues(event.row.values, event.row, event.source.file, event.source.line);
  });
  return { forms: [...forms.values()], respondents, tables, errors };
}
