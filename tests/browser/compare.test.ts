/// <reference lib="dom" />
import { expect, it } from 'vitest';
import type { Questionnaire } from '../../src/core/questionnaire/model.js';
import { scoreAnswers } from '../../src/core/score/score.js';
import { compareResults, comparisonReport } from '../../src/core/compare.js';
import { renderCompareHtml } from '../../src/render/compare-html.js';
import { changeCell } from '../../src/render/compare-text.js';
import { percentText } from '../../src/render/html/format.js';
import { keepScreenshot, openReport, browserPerFile } from './browser.js';
import { expectChartsWithTables, expectInert, expectPhoneAndPrint, expectAccessible, expectHeadingsInOrder } from './checks.js';
import { answersFor, builtIn, hostileQuestionnaire, HOSTILE } from './fixtures.js';
import { needs } from '../helpers/requirements.js';

const { describe } = needs('chromium');

const browser = browserPerFile();

/** The same person's answers at two times: the seed moves every answer, so most scores change. */
function comparison(q: Questionnaire, sources = ['results/2026-10-01.json', 'results/2026-11-25.json']) {
  const before = scoreAnswers(q, answersFor(q, { seed: 0, completed: '2026-10-01T09:00:00Z' }));
  const after = scoreAnswers(q, answersFor(q, { seed: 2, completed: '2026-11-25T10:30:00Z' }));
  return compareResults({ source: sources[0]!, result: before }, { source: sources[1]!, result: after });
}

describe('compare report in a browser', () => {
  it('shows both dates, every theme and facet before and after, and the change of each', async () => {
    const q = builtIn('systems-leadership');
    const c = comparison(q);
    const opened = await openReport(browser, 'compare.html', renderCompareHtml(comparisonReport(c, q)));
    await expectHeadingsInOrder(opened);
    await expectAccessible(opened);
    const { page } = opened;
    expect(await page.getAttribute('html', 'lang')).toBe('en-GB');
    expect(await page.locator('h1').textContent()).toBe(`What changed: ${q.title}`);
    expect(await page.locator('dl.facts').textContent()).toMatch(/Before1 Oct 2026, \d\d:\d\d · results\/2026-10-01\.jsonAfter25 Nov 2026/);
    expect(await page.locator('.caution').textContent()).toContain('Under 5 points is about one answer moving one step');
    // Which rule judged the changes, as a note beside the caution, not a second caution.
    expect(await page.locator('header p.muted').textContent()).toContain('rule of thumb');
    const withFacets = c.themes.filter((t) => t.facets.length > 0);
    expect(await page.locator('h2').allTextContents()).toEqual(['Themes', ...withFacets.map((t) => t.title)]);

    const themes = page.locator('section').first().locator('table');
    for (const theme of c.themes) {
      const cells = await themes
        .locator('tr', { has: page.locator('th', { hasText: theme.title }) })
        .locator('td')
        .allTextContents();
      expect(cells.slice(0, 3)).toEqual([percentText(theme.before), percentText(theme.after), changeCell(theme)]);
    }
    expect(await expectChartsWithTables(opened)).toBe(1 + withFacets.length);
    const chart = await page.locator('svg.chart').first().textContent();
    for (const theme of c.themes) expect(chart).toContain(`after ${percentText(theme.after)}`);

    await expectInert(opened);
    await expectPhoneAndPrint(opened, 'compare');
    await page.close();
  });

  it('shows hostile titles and file names as text, and runs none of them', async () => {
    const hq = hostileQuestionnaire();
    const opened = await openReport(browser, 'compare-hostile.html', renderCompareHtml(comparisonReport(comparison(hq, [`${HOSTILE.script}.json`, `${HOSTILE.img}.json`]), hq)));
    const { page } = opened;
    await expectInert(opened);
    expect(await page.locator('h1').textContent()).toContain(HOSTILE.script);
    expect(await page.locator('dl.facts').textContent()).toContain(HOSTILE.img);
    expect(await page.locator('th', { hasText: 'onerror' }).count()).toBeGreaterThan(0);
    await keepScreenshot(page, 'compare-hostile-desktop.png');
    await page.close();
  });
});
