import { AUTHORING_EN } from './en/authoring.js';
import { CLI_EN } from './en/cli.js';
import { COHORT_EN } from './en/cohort.js';
import { EVALUATE_EN } from './en/evaluate.js';
import { FEEDBACK_EN } from './en/feedback.js';
import { INPUTS_EN } from './en/inputs.js';
import { PERSON_EN } from './en/person.js';
import { RESULTS_EN } from './en/results.js';
import { RUN_EN } from './en/run.js';
import type { Message } from './message.js';

/**
 * What syslead says in English, by key: the catalogue every other language's follows (cy.ts). A
 * {name} is filled in by the caller; a message with plural forms is chosen by {count}. Kept in one
 * file per part of syslead (en/*.ts), each key starting with its part's name; a test checks that
 * no key is in two parts.
 */
export const EN_PARTS = { run: RUN_EN, person: PERSON_EN, results: RESULTS_EN, cohort: COHORT_EN, feedback: FEEDBACK_EN, authoring: AUTHORING_EN, inputs: INPUTS_EN, evaluate: EVALUATE_EN, cli: CLI_EN } as const;

/** Every part's keys in one catalogue: a type, as the parts are not merged when syslead starts (messages.ts). */
type English = typeof RUN_EN & typeof PERSON_EN & typeof RESULTS_EN & typeof COHORT_EN & typeof FEEDBACK_EN & typeof AUTHORING_EN & typeof INPUTS_EN & typeof EVALUATE_EN & typeof CLI_EN;

export type MessageKey = keyof English;

/** The catalogue as `say` looks a key up in it (messages.ts): the parts, by name. */
export const EN_CATALOGUE: Readonly<Record<string, Readonly<Partial<Record<MessageKey, Message>>>>> = EN_PARTS;

/**
 * The English catalogue merged, for the tests and tools that read it whole. Merging some 2,000
 * keys costs about 4 ms, so syslead itself never does it: unused, the bundle leaves it out.
 */
export const EN: English = /* @__PURE__ */ merged(EN_PARTS);

/** Every part's keys in one object. */
function merged(parts: object): English {
  return Object.assign({}, ...Object.values(parts));
}
