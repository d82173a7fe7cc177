/**
 * Source files that still hold words for a person outside the message catalogues, by the part of
 * the catalogue (src/core/i18n/en/PART.ts) they belong to. The list only shrinks: a file leaves it
 * once every text it says comes from the catalogue, and no file outside it may hold one.
 */
export const NOT_YET_IN_A_CATALOGUE: Readonly<Record<string, readonly string[]>> = {
  person: [
    'core/report/person.ts',
    'render/person-html.ts',
    'render/person-markdown.ts',
    'render/person-text.ts',
    'render/html/figure.ts',
    'render/html/table.ts',
    'render/html/page.ts',
    'render/html/charts/backdrop.ts',
    'render/html/charts/bars.ts',
    'render/html/charts/compact-bars.ts',
    'render/html/charts/distribution.ts',
    'render/html/charts/likert.ts',
    'render/html/charts/radar.ts',
    'render/html/charts/svg.ts',
    'render/percent.ts',
    'render/dates.ts',
    'render/index-html.ts',
    'render/index-markdown.ts',
  ],
  results: [],
  cohort: [
    'render/cohort-html.ts',
  ],
  feedback: [
  ],
  authoring: [],
  inputs: [],
  evaluate: [],
  cli: [],
};
