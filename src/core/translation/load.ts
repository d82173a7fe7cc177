import { validateQuestionnaire } from '../questionnaire/load.js';
import { isTranslationText, validateTranslation } from './validate.js';
import type { ValidatedFile } from './validated.js';

/** Validates the text of a file in a questionnaire folder: a questionnaire, or a translation of one. */
export function validateQuestionnaireOrTranslation(text: string, file: string): ValidatedFile {
  return isTranslationText(text) ? validateTranslation(text, file) : validateQuestionnaire(text, file);
}
