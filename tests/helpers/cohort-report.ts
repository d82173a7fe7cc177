import type { CohortReportInput } from '../../src/core/report/cohort-build.js';
import type { FormRespondents, RespondentFacts } from '../../src/core/report/respondents.js';
import { header, questionnaireFrom } from './questionnaire.js';

// The questionnaire and inputs of the cohort report's hand-worked tests.

// Theme "a": a1, a2 and a3 (reverse-keyed) on 1-5; theme "b": one facet of b1 and b2.
export const twoThemes = questionnaireFrom(`${header()}  - id: a
    title: Alpha
    items:
      - { id: a1, text: First }
      - { id: a2, text: Second }
      - { id: a3, text: Third, keyed: minus }
  - id: b
    title: Beta
    facets:
      - id: b-facet
        title: Beta facet
        items:
          - { id: b1, text: Fourth }
          - { id: b2, text: Fifth }
`);

export const facts = (extra: Partial<RespondentFacts> = {}): RespondentFacts => ({ role: 'self', attributes: {}, ...extra });
export const row = (...values: (number | null)[]) => Float64Array.from(values, (v) => (v === null ? NaN : v));
export const reportInput = (forms: FormRespondents[], extra: Partial<CohortReportInput> = {}): CohortReportInput => ({
  forms,
  respondents: { read: forms.reduce((n, f) => n + f.size, 0), scored: forms.reduce((n, f) => n + f.size, 0), skipped: 0, reasons: {} },
  minGroup: 3,
  subjectColumn: 'subject',
  margin: 10,
  people: 'none',
  ...extra,
});

/**
 * A row whose keyed values are all x (a3, reverse-keyed, answered 6 - x), so that every theme's
 * percent is 100 * (x - 1) / 4.
 */
export const ratedAt = (x: number) => row(x, x, 6 - x, x, x);
