import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';

/** The questionnaire of the CSV tests (survey.yaml). */
export const survey = loadQuestionnaire(readFileSync(fileURLToPath(new URL('survey.yaml', import.meta.url)), 'utf8'), 'survey.yaml').questionnaire!;
