import type { AnswerSet } from '../core/answers/model.js';
import type { AnswerHeader, ParsedAnswerFile } from '../core/answers/parse.js';
import type { Problem } from '../core/problem.js';
import type { Questionnaire } from '../core/questionnaire/model.js';

/**
 * Answer files read with as little loaded as each needs: the YAML parser only for a file that is
 * not plain JSON (saved results are JSON, and a report of CSVs reads none), and zod only for a file
 * the quick check of its shape cannot take (core/answers/shape.ts), so that zod words what is
 * wrong with it.
 */
export async function parseAnswerText(text: string, file: string): Promise<ParsedAnswerFile> {
  const [{ parseAnswerFileWith }, { readKnownShape }, { parseJsonSource }] = await Promise.all([import('../core/answers/parse.js'), import('../core/answers/shape.js'), import('../core/json-source.js')]);
  const source = parseJsonSource(text) ?? (await import('../core/yaml-source.js')).parseYamlSource(text, file);
  return parseAnswerFileWith(source, file, readKnownShape) ?? (await import('../core/answers/check.js')).parseAnswerFile(text, file);
}

/** The questionnaire a parsed answer file names (see answerHeader). */
export async function headerOf(parsed: ParsedAnswerFile): Promise<{ header?: AnswerHeader; problems: Problem[] }> {
  return (await import('../core/answers/parse.js')).answerHeader(parsed);
}

/** A parsed answer file checked against its questionnaire (see checkParsedAnswers). */
export async function answersOf(parsed: ParsedAnswerFile, file: string, questionnaire: Questionnaire): Promise<{ answers?: AnswerSet; problems: Problem[] }> {
  return (await import('../core/answers/parse.js')).checkParsedAnswers(parsed, file, questionnaire);
}
