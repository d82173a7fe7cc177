import type { AnswerSet } from '../core/answers/model.js';
import { failureLines } from '../core/failure.js';
import { formatProblem, type Problem } from '../core/problem.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import { readInputEvents, type InputOptions, type InputSource, type ReadEvent, type RowAccounting } from './input-pipeline.js';

/** One respondent's checked answers, ready to score, with the questionnaire they answered. */
export interface Respondent {
  answers: AnswerSet;
  questionnaire: Questionnaire;
  source: InputSource;
}

/**
 * What reading the inputs found, in input order, as `score` takes it: every respondent as an
 * AnswerSet of its own. A respondent may come with warnings; a skipped row or answer file comes
 * with the problems that left it out (errors, or the warning of an empty row); `problems` are
 * about a CSV file as a whole (its header); `unreadable` is an input, or the rest of one, that
 * could not be read at all, with a message of whole "FILE...: error: ..." lines; `table` what became
 * of a CSV file's rows, at its end. Messages are not yet made safe for a terminal.
 */
export type InputEvent =
  | { kind: 'respondent'; respondent: Respondent; problems: Problem[] }
  | { kind: 'skipped'; source: InputSource; problems: Problem[] }
  | { kind: 'problems'; source: InputSource; problems: Problem[] }
  | { kind: 'unreadable'; source: InputSource; message: string }
  | Extract<ReadEvent, { kind: 'table' }>;

/**
 * Reads answer files, CSV files (one respondent per row) and folders of either into respondents
 * through the input pipeline (see readInputEvents), handing each event to `onEvent` as it is
 * found. A bad row or file is reported and skipped; the rest are still read. Returns the
 * accounting of every respondent read.
 */
export async function readInputs(inputs: readonly string[], options: InputOptions, onEvent: (event: InputEvent) => void): Promise<RowAccounting> {
  return readInputEvents(inputs, options, (event) => {
    switch (event.kind) {
      case 'answers':
        return onEvent({ kind: 'respondent', respondent: { answers: event.answers, questionnaire: event.questionnaire, source: event.source }, problems: event.problems });
      case 'row':
        return onEvent({ kind: 'respondent', respondent: { answers: event.answers(), questionnaire: event.questionnaire, source: event.source }, problems: event.problems });
      // Without its questionnaire the file cannot be read at all.
      case 'unknown-questionnaire':
        return onEvent({ kind: 'unreadable', source: event.source, message: formatProblem(event.problems[0]!) });
      case 'unreadable':
        return onEvent({ kind: 'unreadable', source: event.source, message: failureLines(event.error, event.source.file).join('\n') });
      case 'progress':
        return;
      default:
        return onEvent(event);
    }
  });
}
