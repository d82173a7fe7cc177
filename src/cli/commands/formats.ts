/** The formats of a person's report (score, run) and of a comparison. */
export const PERSON_FORMATS = ['text', 'md', 'json', 'html'] as const;
export type PersonFormat = (typeof PERSON_FORMATS)[number];

/** The formats of a cohort report: a person's, and a row of scores per respondent. */
export const COHORT_FORMATS = ['text', 'md', 'json', 'csv', 'html'] as const;
export type CohortFormat = (typeof COHORT_FORMATS)[number];
