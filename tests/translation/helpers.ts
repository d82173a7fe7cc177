import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateQuestionnaire } from '../../src/core/questionnaire/load.js';
import type { QuestionnaireDoc } from '../../src/core/questionnaire/schema.js';
import { BUILT_IN_DIR } from '../../src/io/questionnaires.js';

export const QUICK = join(BUILT_IN_DIR, 'systems-leadership-quick.yaml');
export const WELSH = join(BUILT_IN_DIR, 'systems-leadership-quick.cy.yaml');
export const welshText = () => readFileSync(WELSH, 'utf8');

/** The quick form's document, as validation gives it. */
export function quickDoc(): QuestionnaireDoc {
  const { doc } = validateQuestionnaire(readFileSync(QUICK, 'utf8'), 'systems-leadership-quick.yaml');
  if (!doc) throw new Error('the quick form is not valid');
  return doc;
}
