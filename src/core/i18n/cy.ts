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
 * Loaded only when Welsh is spoken (loadLanguages in messages.ts), as a chunk of its own.
 */
export const CY_PARTS = { run: RUN_CY, person: PERSON_CY, results: RESULTS_CY, cohort: COHORT_CY, feedback: FEEDBACK_CY, authoring: AUTHORING_CY, inputs: INPUTS_CY, evaluate: EVALUATE_CY, cli: CLI_CY } as const;

/** The catalogue as `say` looks a key up in it (messages.ts): the parts, by name. */
export const CY_CATALOGUE: Readonly<Record<string, Readonly<Partial<Record<MessageKey, Message>>>>> = CY_PARTS;

/** The Welsh catalogue merged, for the tests that read it whole; syslead never merges it (see EN in en.ts). */
export const CY: Record<MessageKey, Message> = /* @__PURE__ */ merged(CY_PARTS);

/** Every part's keys in one object. */
function merged(parts: object): Record<MessageKey, Message> {
  return Object.assign({}, ...Object.values(parts));
}
