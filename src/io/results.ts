import { ProblemError } from '../core/failure.js';
import { errorsOf, hasErrors, safeProblem, type Problem } from '../core/problem.js';
import type { AnswerSet } from '../core/answers/model.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import { scoreAnswers } from '../core/score/score.js';
import type { PersonResult } from '../core/score/result.js';
import type { Source } from './questionnaires.js';
import { QuestionnaireCache } from './questionnaire-cache.js';
import { readFileOrStdin } from './read.js';

export interface LoadedResult {
  file: string;
  questionnaire: Questionnaire;
  /** The answers as read, with what the file records beside them (the languages it was given and written in). */
  answers: AnswerSet;
  result: PersonResult;
}

/**
 * A saved result (an answer file) scored against its questionnaire: the one given, else the one it
 * names. A file that cannot be read, or does not fit the questionnaire, ends with its problems.
 * `onForm`: awaited with the form it names as soon as that is known, before its problems are said.
 */
export async function loadResult(
  file: string,
  sources: readonly Source[],
  stdin: AsyncIterable<Buffer>,
  given?: Questionnaire,
  onForm?: (questionnaire: Questionnaire) => Promise<void>,
  onWarnings?: (warnings: readonly Problem[]) => void,
): Promise<LoadedResult> {
  const checked = await new QuestionnaireCache(given, sources, onForm, onWarnings).checkAnswerFile(await readFileOrStdin(file, stdin), file);
  if (!checked.answers || hasErrors(checked.problems)) throw problemsError(checked.problems);
  const { answers, questionnaire } = checked;
  return { file, questionnaire, answers, result: scoreAnswers(questionnaire, answers) };
}

function problemsError(problems: readonly Problem[]): ProblemError {
  // Made safe here as well as where shown: `history` keeps the first line in its JSON, as the \uXXXX a terminal shows.
  return new ProblemError(errorsOf(problems).map(safeProblem));
}
