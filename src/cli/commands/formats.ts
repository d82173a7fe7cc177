/** The formats of a person's report (score, run) and of a comparison. */
/** The --format choices of each command: render/registry.ts has a renderer for each (tests/render/registry.test.ts). */
export const PERSON_FORMATS = ['text', 'md', 'json', 'html', 'pdf'] as const;

/** The formats of a cohort report: a person's, and a row of scores per respondent. */
export const COHORT_FORMATS = ['text', 'md', 'json', 'csv', 'html', 'pdf'] as const;

/** The formats of a 360 feedback report (syslead feedback). */
export const FEEDBACK_FORMATS = ['text', 'md', 'json', 'html', 'pdf'] as const;

/** The formats of a questionnaire's preview for sign-off (syslead preview). */
export const PREVIEW_FORMATS = ['text', 'md', 'html', 'pdf'] as const;

/** pdf: the html report printed by a Chromium-family browser (commands/pdf-output.ts); it has no renderer of its own. */
export const PRINTED_FORMAT = 'pdf';

/** The paper of --format pdf. */
export const PAPERS = ['a4', 'letter'] as const;
