import { firstProblems, type Problem } from '../problem.js';
import { parseYamlSource } from '../yaml-source.js';
import type { Questionnaire } from './model.js';
import { checkPair } from './pair-rules.js';
import type { QuestionnaireDoc } from './schema.js';

/** checkPair's findings as problems at their lines in the observer form's text. */
export function pairProblems(text: string, file: string, doc: QuestionnaireDoc, self: Questionnaire): Problem[] {
  const source = parseYamlSource(text, file);
  return firstProblems(
    checkPair(doc, self).map((f): Problem => {
      const { line, column } = source.locate(f.path, f.atKey);
      return { file, line, column, severity: f.severity, message: f.message };
    }),
  );
}

/** Where the form's pairs_with is written. */
export function locatePairsWith(text: string, file: string): { line: number; column: number } {
  const { line, column } = parseYamlSource(text, file).locate(['pairs_with']);
  return { line, column };
}
