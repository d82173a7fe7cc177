import { ProblemError } from '../core/failure.js';
import { resolveExportMap, type ExportMap } from '../core/csv/export-map.js';
import { errorsOf, hasErrors, type Problem } from '../core/problem.js';
import type { Questionnaire } from '../core/questionnaire/model.js';
import { questionnaireWithId, UnknownQuestionnaire, type Source } from './questionnaires.js';
import { say } from '../core/i18n/voice.js';
import { displayName, readText } from './read.js';

/**
 * Reads and checks an export map (--map FILE). When the questionnaire its exports are read
 * against is known now (--questionnaire, or the one the map names), the map is checked against
 * it too, so that a wrong item id stops the command before any input is read; otherwise it is
 * checked against each export's questionnaire when its header is read. Problems are thrown as a
 * ProblemError at their places in the map; its warnings are returned.
 */
export async function loadExportMap(file: string, given: Questionnaire | undefined, sources: readonly Source[]): Promise<{ map: ExportMap; warnings: Problem[] }> {
  const name = displayName(file);
  // yaml and zod are loaded only when a map is given: a plain export needs neither.
  const { parseExportMap } = await import('../core/csv/export-map-parse.js');
  const { map, problems } = parseExportMap(await readText(file), name);
  if (!map) throw new ProblemError(problems, say('inputs.map.invalid', { file: name }));
  const questionnaire = given ?? (map.questionnaire ? await namedQuestionnaire(map, map.questionnaire, sources) : undefined);
  if (questionnaire) {
    const resolved = resolveExportMap(map, questionnaire);
    if (hasErrors(resolved.problems)) throw new ProblemError(errorsOf(resolved.problems), say('inputs.map.doesNotFit', { file: name, questionnaire: questionnaire.id }));
  }
  return { map, warnings: problems };
}

/** The questionnaire the map names, or the problem at the line that names it. */
async function namedQuestionnaire(map: ExportMap, { id, at }: NonNullable<ExportMap['questionnaire']>, sources: readonly Source[]): Promise<Questionnaire> {
  try {
    return (await questionnaireWithId(id, sources)).questionnaire;
  } catch (error) {
    if (!(error instanceof UnknownQuestionnaire)) throw error;
    throw new ProblemError([{ file: map.file, ...at, severity: 'error', message: error.reason }]);
  }
}
