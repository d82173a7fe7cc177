/** The 360 feedback report (`feedback`) in every format. */
export const FEEDBACK_EN = {} as const;
