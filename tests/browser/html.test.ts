/// <reference lib="dom" />
import { expect, it } from 'vitest';
import { scoreAnswers } from '../../src/core/score/score.js';
import { buildPersonReport } from '../../src/core/report/person.js';
import { renderPersonHtml } from '../../src/render/person-html.js';
import { htmlPage } from '../../src/render/html/page.js';
import { percentText } from '../../src/render/html/format.js';
import { keepScreenshot, openReport, browserPerFile } from './browser.js';
import { expectChartsWithTables, expectInert, expectPhoneAndPrint, expectAccessible, expectHeadingsInOrder } from './checks.js';
import { answersFor, builtIn, hostileAnswers, hostileQuestionnaire, HOSTILE } from './fixtures.js';
import { needs } from '../helpers/requirements.js';

const { describe } = needs('chromium');

const browser = browserPerFile();

describe('person report in a browser', () => {
  const q = builtIn('systems-leadership');
  const report = buildPersonReport(q, scoreAnswers(q, answersFor(q)));

  it('shows the headings, every theme and facet, and the numbers of the report', async () => {
    const opened = await openReport(browser, 'person.html', renderPersonHtml([report]));
    await expectHeadingsInOrder(opened);
    await expectAccessible(opened);
    const { page } = opened;
    expect(await page.getAttribute('html', 'lang')).toBe('en-GB');
    expect(await page.locator('h1').textContent()).toBe(q.title);
    const h2 = await page.locator('h2').allTextContents();
    expect(h2).toEqual(['Summary', ...q.themes.map((t) => t.title)]);
    const h3 = await page.locator('h3').allTextContents();
    for (const facet of q.themes.flatMap((t) => t.facets)) expect(h3).toContain(facet.title);

    const summary = page.locator('section').first().locator('table');
    for (const theme of report.themes) {
      const row = summary.locator('tr', { has: page.locator('th', { hasText: theme.title }) });
      await expect.poll(() => row.locator('td').first().textContent()).toBe(percentText(theme.score.percent));
      expect(await row.locator('td').nth(1).textContent()).toBe(theme.band?.label ?? '');
    }
    const charts = await expectChartsWithTables(opened);
    expect(charts).toBe(1 + q.themes.filter((t) => t.facets.length > 0).length);
    // The radar has one labelled axis per theme; SVG text is in the page's text for screen readers.
    const radar = await page.locator('svg.chart').first().textContent();
    for (const theme of report.themes) expect(radar).toContain(percentText(theme.score.percent));
    expect(await page.locator('a[href^="https://"]').count()).toBeGreaterThan(0);

    await expectInert(opened);
    await expectPhoneAndPrint(opened, 'person');
    await page.close();
  });

  it('shows hostile text from a questionnaire and answers as text, and runs none of it', async () => {
    const hq = hostileQuestionnaire();
    const hostile = buildPersonReport(hq, scoreAnswers(hq, hostileAnswers(hq)));
    const opened = await openReport(browser, 'hostile.html', renderPersonHtml([hostile]));
    const { page } = opened;
    await expectInert(opened);
    expect(await page.title()).toContain('<script>');
    expect(await page.locator('h1').textContent()).toContain(HOSTILE.script);
    expect(await page.locator('h1').textContent()).toContain('\\u0007');
    expect(await page.locator('h2').nth(1).textContent()).toContain(HOSTILE.img);
    // The javascript: resource is named, not linked; every link that remains is http(s) or mailto.
    expect(await page.locator('li', { hasText: 'Read me' }).locator('a').count()).toBe(0);
    for (const href of await page.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).protocol))) expect(['https:', 'http:', 'mailto:']).toContain(href);
    expect(await page.locator('blockquote').first().textContent()).toContain('</blockquote>');
    await keepScreenshot(page, 'hostile-desktop.png');
    await page.close();
  });
});

describe('the page shell alone', () => {
  it('has a Content-Security-Policy that stops scripts and fetches even if markup slipped through', async () => {
    const body = '<h1>Shell</h1><script>window.__pwned = "inline"</script><img src="https://example.org/x.png" onerror="window.__pwned = \'onerror\'"><link rel="stylesheet" href="https://example.org/x.css">';
    const opened = await openReport(browser, 'shell.html', htmlPage({ language: 'en-GB', title: 'Shell', body }));
    const { page } = opened;
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    // The policy, not the route, stopped them: nothing but the file reached the network layer.
    expect(opened.refused).toEqual([]);
    const blocked = opened.console.filter((m) => m.includes('violates the following Content Security Policy'));
    // Each of the four is blocked; Chromium's order of reporting them is its own (it varies by version).
    expect(blocked.map((m) => m.match(/Executing inline (script|event handler)|Loading the (stylesheet|image)/)?.[0]).sort()).toEqual([
      'Executing inline event handler',
      'Executing inline script',
      'Loading the image',
      'Loading the stylesheet',
    ]);
    await page.close();
  });

  it('fails the accessibility checks on a page that breaks them, so that passing means something', async () => {
    // An unnamed button (button-name, WCAG 4.1.2), and an h3 straight after the h1.
    const body = '<main><h1>Shell</h1><h3>Too deep</h3><button></button></main>';
    const opened = await openReport(browser, 'inaccessible.html', htmlPage({ language: 'en-GB', title: 'Shell', body }));
    await expect(expectAccessible(opened)).rejects.toThrow(/button-name/);
    await expect(expectHeadingsInOrder(opened)).rejects.toThrow(/h1 -> h3/);
    await opened.page.close();
  });
});
