/**
 * Source files that still hold words for a person outside the message catalogues, by the part of
 * the catalogue (src/core/i18n/en/PART.ts) they belong to. The list only shrinks: a file leaves it
 * once every text it says comes from the catalogue, and no file outside it may hold one.
 */
export const NOT_YET_IN_A_CATALOGUE: Readonly<Record<string, readonly string[]>> = {
  person: [],
  results: [],
  cohort: [],
  feedback: [],
  authoring: [],
  inputs: [],
  evaluate: [],
  cli: [],
};
