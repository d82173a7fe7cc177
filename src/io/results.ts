import { ExitError } from '../errors.js';
import { checkAnswers, readAnswerHeader } from '../core/answers/check.js';
import { formatProblem, hasErrors, type Problem } from '../core/problem.js';
import { safeText } from '../core/safe-text.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import { scoreAnswers } from '../core/score/score.js';
import type { PersonResult } from '../core/score/result.js';
import { resolveQuestionnaire, type Source } from './questionnaires.js';
import { readText } from './read.js';

export interface LoadedResult {
  file: string;
  questionnaire: Questionnaire;
  result: PersonResult;
}

/**
 * A saved result (an answer file) scored against its questionnaire: the one given, else the one it
 * names. A file that cannot be read, or does not fit the questionnaire, ends with its problems.
 */
export async function loadResult(file: string, sources: readonly Source[], given?: Questionnaire): Promise<LoadedResult> {
  const text = await readText(file);
  let questionnaire = given;
  if (!questionnaire) {
    const { header, problems } = readAnswerHeader(text, file);
    if (!header) throw problemsError(problems);
    questionnaire = (await resolveQuestionnaire(header.questionnaire, sources)).questionnaire;
  }
  const { answers, problems } = checkAnswers(text, file, questionnaire);
  if (!answers || hasErrors(problems)) throw problemsError(problems);
  return { file, questionnaire, result: scoreAnswers(questionnaire, answers) };
}

function problemsError(problems: readonly Problem[]): ExitError {
  return new ExitError(problems.filter((p) => p.severity === 'error').map((p) => safeText(formatProblem(p))).join('\n'), { located: true });
}
