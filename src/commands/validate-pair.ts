import { dirname } from 'node:path';
import { isExpectedFailure, ProblemError } from '../core/failure.js';
import type { Problem } from '../core/problem.js';
import type { QuestionnaireDoc } from '../core/questionnaire/schema.js';
import { pairSources, questionnaireWithId, UnknownQuestionnaire } from '../io/questionnaires.js';
import { lineWriter, type CommandIO } from '../terminal/io.js';
import { say } from '../core/i18n/voice.js';

/**
 * The differences between an observer form and the self form its `pairs_with` names, found where
 * pairs are looked for (pairSources). A self form that cannot be found or is not valid is one
 * problem at `pairs_with`.
 */
export async function pairedFormProblems(file: string, name: string, text: string, doc: QuestionnaireDoc & { pairs_with: string }, extraDirs: readonly string[], io: CommandIO): Promise<Problem[]> {
  const { locatePairsWith, pairProblems } = await import('../core/questionnaire/pair.js');
  try {
    const { questionnaire } = await questionnaireWithId(doc.pairs_with, pairSources(file === '-' ? undefined : dirname(file), extraDirs, io.env, lineWriter(io.stderr)));
    return pairProblems(text, name, doc, questionnaire);
  } catch (error) {
    if (!isExpectedFailure(error)) throw error;
    const message =
      error instanceof UnknownQuestionnaire
        ? say('authoring.validate.pairUnknown', { id: doc.pairs_with })
        : error instanceof ProblemError
          ? say('authoring.validate.pairInvalid', { id: doc.pairs_with, reason: error.conclusion ?? error.problems[0]?.message ?? '' })
          : say('authoring.validate.pairOther', { reason: error.reason });
    return [{ file: name, ...locatePairsWith(text, name), severity: 'error', message }];
  }
}
