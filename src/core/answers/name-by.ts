import { wellKnownColumn } from '../csv/columns.js';
import { headerKey } from '../csv/header-key.js';
import type { AnswerSet } from './model.js';
import { ownValue } from '../dictionary.js';

/**
 * What a respondent is called by `nameBy`: a fact of the answers named as in an answer file or by
 * a survey header that holds it ("respondent", "Name", "subject", "Completion time"), or an
 * attribute (another CSV column, or an answer file's attributes) by its name, ignoring case and
 * punctuation. Without `nameBy`, the respondent. Undefined when the respondent has no such value.
 */
export function nameOf(answers: AnswerSet, nameBy?: string): string | undefined {
  if (nameBy === undefined) return answers.respondent;
  const fact = wellKnownColumn(nameBy);
  if (fact === 'role') return answers.role;
  if (fact) return answers[fact];
  const exact = ownValue(answers.attributes, nameBy);
  if (exact !== undefined) return exact;
  const key = headerKey(nameBy);
  const match = Object.keys(answers.attributes).find((name) => headerKey(name) === key);
  return match === undefined ? undefined : ownValue(answers.attributes, match);
}
