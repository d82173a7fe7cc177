import type { AnswerSet } from '../core/answers/model.js';
import type { Problem } from '../core/problem.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import { readInputEvents, type InputOptions, type ReadEvent, type ReadProgress, type RowAccounting } from './input-pipeline.js';

export interface FeedbackInputOptions extends InputOptions {
  onProblem: (problem: Problem) => void;
  onProgress?: (progress: ReadProgress) => void;
  /** A table read to its end, with what became of its rows. */
  onTable?: (table: Extract<ReadEvent, { kind: 'table' }>) => void;
}

export interface FeedbackInputs {
  /** Every respondent read, with the questionnaire they answered, in input order. */
  ratings: { questionnaire: Questionnaire; answers: AnswerSet }[];
  respondents: RowAccounting;
  /** Problems of severity error: bad rows, answer files and CSV headers. */
  errors: number;
}

/**
 * Reads self and observer answer files, folders of them and survey exports ('-' = stdin) through
 * the input pipeline, as `report` does (readCohortInputs), keeping each respondent whole: a 360's
 * respondents are few (a programme's tens to hundreds), and a report needs their statements and
 * comments, not only their scores. A bad row, answer file or CSV header is reported and skipped;
 * an input that cannot be read at all ends the command, so no report quietly leaves out a file.
 */
export async function readFeedbackInputs(inputs: readonly string[], options: FeedbackInputOptions): Promise<FeedbackInputs> {
  const ratings: FeedbackInputs['ratings'] = [];
  let errors = 0;
  const respondents = await readInputEvents(inputs, options, (event) => {
    if (event.kind === 'unreadable') throw event.error;
    if (event.kind === 'progress') return options.onProgress?.(event.progress);
    if (event.kind === 'table') return options.onTable?.(event);
    for (const problem of event.problems) {
      if (problem.severity === 'error') errors++;
      options.onProblem(problem);
    }
    if (event.kind === 'answers') ratings.push({ questionnaire: event.questionnaire, answers: event.answers });
    else if (event.kind === 'row') ratings.push({ questionnaire: event.questionnaire, answers: event.answers() });
  });
  return { ratings, respondents, errors };
}
