/** The cohort report (`report`) in every format. */
export const COHORT_EN = {} as const;
