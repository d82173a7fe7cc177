import type { AnswerFileInput } from './schema.js';
import type { AnswerSet } from './model.js';
import { dictionary } from '../dictionary.js';

/**
 * An answer set in the answer-file format, ready to be written as YAML or JSON: likert answers as
 * numbers, "not observed" answers as their text, then free text; optional fields only when they have a value. Reading the result with
 * checkAnswers gives the same answer set back.
 */
export function serializeAnswers(set: AnswerSet): AnswerFileInput {
  const attributes = Object.entries(set.attributes);
  const importance = Object.entries(set.importance);
  return {
    questionnaire: set.questionnaire.id,
    version: set.questionnaire.version,
    ...(set.questionnaire.language !== undefined ? { language: set.questionnaire.language } : {}),
    ...(set.reportLanguages !== undefined ? { report_languages: [...set.reportLanguages] } : {}),
    ...(set.respondent !== undefined ? { respondent: set.respondent } : {}),
    role: set.role,
    ...(set.subject !== undefined ? { subject: set.subject } : {}),
    ...(set.started !== undefined ? { started: set.started } : {}),
    ...(set.completed !== undefined ? { completed: set.completed } : {}),
    ...(attributes.length > 0 ? { attributes: dictionary(attributes) } : {}),
    answers: dictionary<number | string>([...Object.entries(set.answers), ...Object.entries(set.notObserved ?? {}), ...Object.entries(set.texts)]),
    ...(importance.length > 0 ? { importance: dictionary(importance) } : {}),
  };
}
