/** The person report (every format) and its bilingual form. */
export const PERSON_EN = {} as const;
