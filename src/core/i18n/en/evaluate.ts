/** `evaluate`, `compare` and the sheets and steps `form` writes. */
export const EVALUATE_EN = {} as const;
