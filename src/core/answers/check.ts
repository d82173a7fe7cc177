import { answerFileReadSchema } from './schema.js';
import type { AnswerSet } from './model.js';
import type { Questionnaire } from '../questionnaire/model.js';
import { zodProblems } from '../zod-problems.js';
import { parseJsonSource } from '../json-source.js';
import { parseYamlSource } from '../yaml-source.js';
import type { Problem } from '../problem.js';
import { answerHeader, checkParsedAnswers, parseAnswerFileWith, type AnswerHeader, type ParsedAnswerFile, type ReadAnswerDoc } from './parse.js';

/** The answer-file schema's step, with zod: a document or every problem, each at its place. */
export const readWithSchema: ReadAnswerDoc = (value, source, file) => {
  const parsed = answerFileReadSchema.safeParse(value);
  return parsed.success ? { doc: parsed.data } : { problems: zodProblems(answerFileReadSchema, parsed.error.issues, source, file) };
};

/** Parses an answer file and checks it against the answer-file schema (not yet against a questionnaire). */
export function parseAnswerFile(text: string, file: string): ParsedAnswerFile {
  return parseAnswerFileWith(parseJsonSource(text) ?? parseYamlSource(text, file), file, readWithSchema)!;
}

/** The questionnaire an answer file was given to, read before that questionnaire is loaded. */
export function readAnswerHeader(text: string, file: string): { header?: AnswerHeader; problems: Problem[] } {
  return answerHeader(parseAnswerFile(text, file));
}

/** Parses an answer file and checks it against its questionnaire (see checkParsedAnswers). */
export function checkAnswers(text: string, file: string, questionnaire: Questionnaire): { answers?: AnswerSet; problems: Problem[] } {
  return checkParsedAnswers(parseAnswerFile(text, file), file, questionnaire);
}
