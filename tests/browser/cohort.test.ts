/// <reference lib="dom" />
import { expect, it } from 'vitest';
import { buildCohortReport } from '../../src/core/report/cohort-build.js';
import { cohortView } from '../../src/core/report/cohort-view.js';
import { FormRespondents } from '../../src/core/report/respondents.js';
import { renderCohortHtml } from '../../src/render/cohort-html.js';
import { openReport, browserPerFile } from './browser.js';
import { expectChartsWithTables, expectInert, expectPhoneAndPrint, expectAccessible, expectHeadingsInOrder } from './checks.js';
import { answersFor, builtIn, HOSTILE } from './fixtures.js';
import { needs } from '../helpers/requirements.js';

const { describe } = needs('chromium');

const browser = browserPerFile();

describe('cohort report in a browser', () => {
  const self = builtIn('systems-leadership');
  const observer = builtIn('systems-leadership-observer');
  // Thirty self-assessments in two teams, one named like markup, and one more in a team under the floor;
  // Sam Patel (the first) is rated by a manager and three peers on the observer form.
  const selfForm = new FormRespondents(self, { keepNames: false, groupBy: 'team', subjectColumn: 'subject' });
  for (let r = 0; r < 31; r++) {
    const team = r === 30 ? 'Lonely team' : r % 2 === 0 ? HOSTILE.script : 'North';
    selfForm.addAnswers({ ...answersFor(self, { seed: r * 7, respondent: r === 0 ? 'Sam Patel' : `Person ${r}` }), attributes: { team } }, `person-${r}.yaml`);
  }
  const observerForm = new FormRespondents(observer, { keepNames: false, groupBy: 'team', subjectColumn: 'subject' });
  (['manager', 'peer', 'peer', 'peer'] as const).forEach((role, r) =>
    observerForm.addAnswers({ ...answersFor(observer, { seed: r + 3, respondent: `Rater ${r}` }), role, subject: 'Sam Patel', attributes: { team: 'North' } }, `rater-${r}.yaml`),
  );
  const report = buildCohortReport({
    forms: [selfForm, observerForm],
    respondents: { read: 35, scored: 35, skipped: 0, reasons: {} },
    groupBy: 'team',
    minGroup: 3,
    subjectColumn: 'subject',
    margin: 10,
    people: 'none',
  });

  it('shows the respondents, the distributions, statistics, groups and the 360 view, naming nobody and running nothing', async () => {
    const opened = await openReport(browser, 'cohort.html', renderCohortHtml(cohortView(report, [self, observer])));
    await expectHeadingsInOrder(opened);
    await expectAccessible(opened);
    const { page } = opened;
    expect(await page.getAttribute('html', 'lang')).toBe('en-GB');
    expect(await page.locator('h1').textContent()).toBe(`Cohort report: ${self.title}`);
    expect(await page.locator('dl.facts').textContent()).toContain('35 read · 35 scored · 0 skipped');
    expect(await page.locator('section[aria-labelledby="appendix"]').textContent()).toContain("Statistics as R's psych package computes them");
    expect(await page.locator('h2').allTextContents()).toEqual([
      'Summary',
      'Appendix: full statistics',
      'Themes',
      ...self.themes.map((t) => t.title),
      'Correlations between themes and facets',
      'Groups by team',
      `Also answered: ${observer.title}`,
      '360 view',
    ]);

    // The themes' chart's table has a row per ten-point bin and a column per theme, with the model's counts.
    const bins = page.locator('section[aria-labelledby="f1-themes"] figure').first().locator('tbody tr');
    expect(await bins.count()).toBe(10);
    for (let b = 0; b < 10; b++) expect(await bins.nth(b).locator('td').allTextContents()).toEqual(report.themes.map((t) => String(t.distribution[b])));
    const withFacets = (themes: { facets: unknown[] }[]) => themes.filter((t) => t.facets.length > 0).length;
    // The summary's: its themes and facets, most and least agreement, importance against score, self against colleagues.
    const summaryCharts = 5;
    // A diverging bar chart of the statements per facet (and of a theme's own statements), or per theme without facets.
    const likert = (themes: (typeof report)['themes']) => themes.reduce((n, t) => n + (t.facets.length === 0 ? 1 : t.facets.length + (t.items.length > t.facets.reduce((k, f) => k + f.items.length, 0) ? 1 : 0)), 0);
    const charts = summaryCharts + likert(report.themes) + likert(report.otherForms[0]!.themes) + 1 + withFacets(report.themes) + 1 + withFacets(report.otherForms[0]!.themes) + report.subjects.length;
    expect(await expectChartsWithTables(opened)).toBe(charts);

    // The team named like markup is a row header; the team under the floor and every respondent stay unnamed.
    expect(await page.locator('th', { hasText: HOSTILE.script }).count()).toBeGreaterThan(0);
    const text = (await page.locator('body').textContent())!;
    expect(text).toContain('1 group with 1 respondent not shown');
    expect(text).not.toMatch(/Lonely team|Person \d|Rater \d|\.yaml|Sam Patel/);

    // Without per-respondent rows the one subject, Sam Patel, is numbered, not named.
    const sam = page.locator('section', { has: page.locator('h3', { hasText: 'Subject 1' }) });
    expect(await sam.locator('svg.chart').textContent()).toMatch(/self \d+%.*others \d+%/);
    expect(await sam.locator('thead th').allTextContents()).toEqual(['Theme', 'Self', 'Others', 'Others (n)', 'Manager', 'Peers', 'Difference', 'Finding']);

    await expectInert(opened);
    await expectPhoneAndPrint(opened, 'cohort');
    await page.close();
  });
});
