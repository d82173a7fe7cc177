/** The formats of a person's report (score, run) and of a comparison. */
/** The --format choices of each command: render/registry.ts has a renderer for each (tests/render/registry.test.ts). */
export const PERSON_FORMATS = ['text', 'md', 'json', 'html'] as const;

/** The formats of a cohort report: a person's, and a row of scores per respondent. */
export const COHORT_FORMATS = ['text', 'md', 'json', 'csv', 'html'] as const;

/** The formats of a 360 feedback report (syslead feedback). */
export const FEEDBACK_FORMATS = ['text', 'md', 'json', 'html'] as const;
