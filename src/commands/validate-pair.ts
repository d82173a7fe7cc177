import { dirname } from 'node:path';
import { isExpectedFailure, ProblemError } from '../core/failure.js';
import type { Problem } from '../core/problem.js';
import type { QuestionnaireDoc } from '../core/questionnaire/schema.js';
import { pairSources, questionnaireWithId, UnknownQuestionnaire } from '../io/questionnaires.js';
import { lineWriter, type CommandIO } from '../terminal/io.js';

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
    const reason =
      error instanceof UnknownQuestionnaire
        ? `no questionnaire has the id "${doc.pairs_with}" (looked beside this file, in --questionnaires folders, $SYSLEAD_QUESTIONNAIRES and the built-ins): give the id of the self form`
        : error instanceof ProblemError
          ? `"${doc.pairs_with}" is not a valid questionnaire: ${error.conclusion ?? error.problems[0]?.message ?? ''}`
          : error.reason;
    return [{ file: name, ...locatePairsWith(text, name), severity: 'error', message: `pairs_with: ${reason}` }];
  }
}
