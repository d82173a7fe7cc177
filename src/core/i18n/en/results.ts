/** The end of a run, `score`, `history` and `list`. */
export const RESULTS_EN = {} as const;
