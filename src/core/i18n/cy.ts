import { AUTHORING_CY } from './cy/authoring.js';
import { CLI_CY } from './cy/cli.js';
import { COHORT_CY } from './cy/cohort.js';
import { EVALUATE_CY } from './cy/evaluate.js';
import { FEEDBACK_CY } from './cy/feedback.js';
import { INPUTS_CY } from './cy/inputs.js';
import { PERSON_CY } from './cy/person.js';
import { RESULTS_CY } from './cy/results.js';
import { RUN_CY } from './cy/run.js';
import type { MessageKey } from './en.js';
import type { Message } from './message.js';

/**
 * What syslead says in Welsh, key by key as en.ts, in one file per part as en/ (cy/*.ts). A DRAFT, written without a Welsh speaker: to be
 * reviewed by one before use (docs/welsh-glossary.md lists the terms chosen). Numbers are written
 * as digits, the noun after them mutated as Welsh does after 2 (soft), 3 and 6 (aspirate), in the
 * plural categories Intl.PluralRules gives Welsh: zero, one, two, few (3), many (6) and other.
 */
export const CY: Record<MessageKey, Message> = { ...RUN_CY, ...PERSON_CY, ...RESULTS_CY, ...COHORT_CY, ...FEEDBACK_CY, ...AUTHORING_CY, ...INPUTS_CY, ...EVALUATE_CY, ...CLI_CY };
