import { describe, expect, it } from 'vitest';
import { buildCohortReport } from '../../src/core/report/cohort-build.js';
import { agreement } from '../../src/core/report/cohort-summary.js';
import { cohortReportSchema } from '../../src/core/report/cohort-schema.js';
import { FormRespondents } from '../../src/core/report/respondents.js';
import { facts, reportInput, row, twoThemes } from '../helpers/cohort-report.js';
import { header, questionnaireFrom } from '../helpers/questionnaire.js';

describe('the summary that opens a cohort report (hand-worked)', () => {
  // Raw answers a1 a2 a3 b1 b2 (a3 reverse-keyed), as in cohort-report.test.ts.
  const form = new FormRespondents(twoThemes, { keepNames: false });
  form.addValues(row(5, 4, 1, 5, 5), facts(), 'c.csv', 2);
  form.addValues(row(3, 3, 3, 1, 1), facts(), 'c.csv', 3);
  form.addValues(row(1, 2, 5, 3, null), facts(), 'c.csv', 4);
  form.addValues(row(4, null, 2, null, null), facts(), 'c.csv', 5);
  const report = buildCohortReport(reportInput([form], { about: { title: 'Cohort 3', programme: 'Leading Places', date: 'November 2026' } }));
  const { summary } = report;

  it('defines agreement as the share at the top two scale points, as worded', () => {
    expect(agreement({ 1: 1, 2: 0, 3: 1, 4: 1, 5: 1 })).toBe(50);
    expect(agreement({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 })).toBeNull();
  });

  it('lists every theme and facet with its n, and ranks a theme by its facets when it has them', () => {
    expect(summary.areas.map((a) => [a.id, a.kind, a.n])).toEqual([
      ['a', 'theme', 4],
      ['b', 'theme', report.themes[1]!.n],
      ['b-facet', 'facet', report.themes[1]!.facets[0]!.n],
    ]);
    const [a, b] = [report.themes[0]!.meanPercent!, report.themes[1]!.facets[0]!.meanPercent!];
    // Two areas ranked (a, b-facet): one strongest, one with most room to grow.
    expect(summary.strongest.map((s) => s.id)).toEqual([a >= b ? 'a' : 'b-facet']);
    expect(summary.growth.map((s) => s.id)).toEqual([a >= b ? 'b-facet' : 'a']);
  });

  it('names the statements with most and least agreement: a1 2/4, b2 1/2, a2 1/3, b1 1/3, a3 1/4', () => {
    expect(summary.mostAgreement.map((s) => [s.id, s.agreement, s.n])).toEqual([
      ['a1', 50, 4],
      ['b2', 50, 2],
    ]);
    expect(summary.leastAgreement.map((s) => [s.id, s.agreement, s.n])).toEqual([
      ['a3', 25, 4],
      ['b1', 100 / 3, 3],
    ]);
    expect(summary.leastAgreement[0]!.reverseKeyed).toBe(true);
  });

  it('counts who took part and keeps what heads the report; the schema describes both', () => {
    expect(summary.participants).toEqual({ scored: 4, hidden: 0, subjects: 0, raters: 0 });
    expect(report.about).toEqual({ title: 'Cohort 3', programme: 'Leading Places', date: 'November 2026' });
    expect(cohortReportSchema.safeParse(report).success).toBe(true);
  });
});

describe('ties in the summary', () => {
  // Items "t_1", "t1" and "tz" answered alike: agreement ties, so their ids decide the order.
  const tied = questionnaireFrom(`${header()}  - id: t
    title: Tied
    items:
      - { id: tz, text: One }
      - { id: t_1, text: Two }
      - { id: t1, text: Three }
      - { id: u1, text: Four }
      - { id: u2, text: Five }
      - { id: u3, text: Six }
`);
  const form = new FormRespondents(tied, { keepNames: false });
  for (const [line, values] of [
    [2, row(5, 5, 5, 1, 1, 2)],
    [3, row(4, 4, 4, 2, 1, 1)],
    [4, row(5, 5, 5, 1, 2, 1)],
  ] as const)
    form.addValues(values, facts(), 'c.csv', line);
  const { summary } = buildCohortReport(reportInput([form]));

  it('are broken by the ids in code-point order, the same on every machine (localeCompare, whose order follows the machine locale, put "t_1" first)', () => {
    expect(summary.mostAgreement.map((s) => [s.id, s.agreement])).toEqual([
      ['t1', 100],
      ['t_1', 100],
      ['tz', 100],
    ]);
  });
});
