import { AUTHORING_EN } from './en/authoring.js';
import { CLI_EN } from './en/cli.js';
import { COHORT_EN } from './en/cohort.js';
import { EVALUATE_EN } from './en/evaluate.js';
import { FEEDBACK_EN } from './en/feedback.js';
import { INPUTS_EN } from './en/inputs.js';
import { PERSON_EN } from './en/person.js';
import { RESULTS_EN } from './en/results.js';
import { RUN_EN } from './en/run.js';

/**
 * What syslead says in English, by key: the catalogue every other language's follows (cy.ts). A
 * {name} is filled in by the caller; a message with plural forms is chosen by {count}. Kept in one
 * file per part of syslead (en/*.ts), each key starting with its part's name; a test checks that
 * no key is in two parts.
 */
export const EN_PARTS = { run: RUN_EN, person: PERSON_EN, results: RESULTS_EN, cohort: COHORT_EN, feedback: FEEDBACK_EN, authoring: AUTHORING_EN, inputs: INPUTS_EN, evaluate: EVALUATE_EN, cli: CLI_EN } as const;

export const EN = { ...RUN_EN, ...PERSON_EN, ...RESULTS_EN, ...COHORT_EN, ...FEEDBACK_EN, ...AUTHORING_EN, ...INPUTS_EN, ...EVALUATE_EN, ...CLI_EN } as const;

export type MessageKey = keyof typeof EN;
