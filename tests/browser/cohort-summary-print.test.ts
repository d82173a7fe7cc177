/// <reference lib="dom" />
import { expect, it } from 'vitest';
import { buildCohortReport } from '../../src/core/report/cohort-build.js';
import { cohortView } from '../../src/core/report/cohort-view.js';
import { FormRespondents } from '../../src/core/report/respondents.js';
import { renderCohortHtml } from '../../src/render/cohort-html.js';
import { openReport, browserPerFile } from './browser.js';
import { expectChartsWithTables, expectInert, expectAccessible, expectHeadingsInOrder } from './checks.js';
import { answersFor, builtIn } from './fixtures.js';
import { needs } from '../helpers/requirements.js';

const { describe } = needs('chromium');

const browser = browserPerFile();

/** Pages in a PDF: its page objects (not the /Pages tree). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

describe('the cohort summary in print', () => {
  const self = builtIn('systems-leadership');
  const observer = builtIn('systems-leadership-observer');
  // Fifteen self-assessments with importance; the first is rated by a manager and three peers.
  const build = (detail: 'summary' | 'full', threeSixty: boolean) => {
    const selfForm = new FormRespondents(self, { keepNames: false, subjectColumn: 'subject' });
    for (let r = 0; r < 15; r++) selfForm.addAnswers(answersFor(self, { seed: r * 7 + (r % 4), respondent: `Person ${r}` }), `person-${r}.yaml`);
    const forms = [selfForm];
    if (threeSixty) {
      const observerForm = new FormRespondents(observer, { keepNames: false, subjectColumn: 'subject' });
      (['manager', 'peer', 'peer', 'peer'] as const).forEach((role, r) => observerForm.addAnswers({ ...answersFor(observer, { seed: r + 3, respondent: `Rater ${r}` }), role, subject: 'Person 0' }, `rater-${r}.yaml`));
      forms.push(observerForm);
    }
    const read = forms.reduce((n, f) => n + f.size, 0);
    const report = buildCohortReport({
      forms,
      respondents: { read, scored: read, skipped: 0, reasons: {} },
      minGroup: 3,
      subjectColumn: 'subject',
      margin: 10,
      people: 'none',
      detail,
      about: { title: 'Cohort 3 review', programme: 'Leading Places', date: 'November 2026' },
    });
    return renderCohortHtml(cohortView(report, threeSixty ? [self, observer] : [self]));
  };

  it.each([
    ['with importance and a 360', true],
    ['with importance, without a 360', false],
  ])('prints the summary of 15 people %s on at most two A4 pages, every chart with its table', async (_, threeSixty) => {
    const opened = await openReport(browser, 'cohort-summary.html', build('summary', threeSixty));
    await expectHeadingsInOrder(opened);
    await expectAccessible(opened);
    const { page } = opened;
    const headings = await page.locator('h3').allTextContents();
    expect(headings).toContain('Shared development priorities');
    expect(headings.includes('Self against colleagues')).toBe(threeSixty);
    expect(await page.locator('h2').allTextContents()).toEqual(['Summary']);
    await expectChartsWithTables(opened);
    await expectInert(opened);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.close();
  });

  it('starts the appendix on a page of its own with --detail full', async () => {
    const summary = await openReport(browser, 'cohort-summary-only.html', build('summary', true));
    await expectHeadingsInOrder(summary);
    await expectAccessible(summary);
    await summary.page.emulateMedia({ media: 'print' });
    const summaryPages = pageCount(await summary.page.pdf({ format: 'A4', preferCSSPageSize: true }));
    await summary.page.close();
    const full = await openReport(browser, 'cohort-full.html', build('full', true));
    await expectHeadingsInOrder(full);
    await expectAccessible(full);
    const { page } = full;
    expect(await page.locator('h2').first().textContent()).toBe('Summary');
    expect(await page.locator('h2').nth(1).textContent()).toBe('Appendix: full statistics');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('section.appendix').evaluate((section) => getComputedStyle(section).breakBefore)).toBe('page');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pageCount(pdf)).toBeGreaterThan(summaryPages + 1);
    await page.close();
  });
});
