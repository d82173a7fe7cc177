/// <reference lib="dom" />
import { expect, it } from 'vitest';
import type { UiLanguage } from '../../src/core/i18n/messages.js';
import type { Questionnaire } from '../../src/core/questionnaire/model.js';
import { compareResults, comparisonReport } from '../../src/core/compare.js';
import { scoreAnswers } from '../../src/core/score/score.js';
import { questionnaireSources, questionnaireWithId } from '../../src/io/questionnaires.js';
import { renderCompareHtml } from '../../src/render/compare-html.js';
import { fixture, runCli } from '../helpers/cli.js';
import { needs } from '../helpers/requirements.js';
import { browserPerFile, openReport, type OpenedReport } from './browser.js';
import { expectAccessible, expectHeadingsInOrder } from './checks.js';
import { answersFor, builtIn } from './fixtures.js';

const { describe } = needs('chromium');
const browser = browserPerFile();

// Issue 22: the evaluate and compare pages in Welsh: the page's lang the report's, each text of a
// questionnaire in another language inside an element of its own lang; axe's html-lang-valid and
// valid-lang (WCAG 3.1.1, 3.1.2) among the rules checked.

/** The lang that applies to the first element of `selector` holding exactly `text` (or to its innermost element that does): its own, or the nearest ancestor's. */
async function langOf({ page }: OpenedReport, selector: string, text: string): Promise<string | null> {
  return await page.evaluate(
    ([sel, wanted]) => {
      let element = Array.from(document.querySelectorAll(sel!)).find((e) => e.textContent?.trim() === wanted);
      // Down to the innermost element holding the whole text (a span of its own inside a cell).
      for (let inner = element?.firstElementChild; element && inner && inner.textContent?.trim() === wanted; inner = element.firstElementChild) element = inner;
      return element?.closest('[lang]')?.getAttribute('lang') ?? null;
    },
    [selector, text],
  );
}

/** Every lang attribute on the page. */
const langs = ({ page }: OpenedReport) => page.evaluate(() => [...new Set(Array.from(document.querySelectorAll('[lang]')).map((e) => e.getAttribute('lang')))]);

function comparison(q: Questionnaire, languages: readonly UiLanguage[]) {
  const before = scoreAnswers(q, answersFor(q, { seed: 0, completed: '2026-10-01T09:00:00Z' }));
  const after = scoreAnswers(q, answersFor(q, { seed: 2, completed: '2026-11-25T10:30:00Z' }));
  return comparisonReport(compareResults({ source: 'results/2026-10-01.json', result: before }, { source: 'results/2026-11-25.json', result: after }), q, languages);
}

describe('the evaluate page in Welsh', () => {
  it('is Welsh, the English titles marked en-GB, and accessible', async () => {
    const result = await runCli([
      'evaluate',
      '--match-by',
      'Email',
      '-q',
      fixture('evaluate/change.yaml'),
      fixture('evaluate/before.csv'),
      fixture('evaluate/after.csv'),
      '--min-group',
      '3',
      '--per-respondent',
      '--format',
      'html',
      '--lang',
      'cy',
    ]);
    const opened = await openReport(browser, 'evaluate-cy.html', result.stdout);
    await expectHeadingsInOrder(opened);
    await expectAccessible(opened);
    const { page } = opened;
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    expect(await page.locator('h1').textContent()).toBe('Gwerthuso rhaglen: Change test');
    expect(await langOf(opened, 'h1 span', 'Change test')).toBe('en-GB');
    expect(await langOf(opened, 'th', 'Reaching out')).toBe('en-GB');
    expect(await langOf(opened, 'th', 'Listening')).toBe('en-GB');
    expect(await langOf(opened, 'th', 'Thema / agwedd')).toBe('cy');
    expect(await langOf(opened, 'caption', 'Newid fesul thema ac agwedd (pwyntiau canran)')).toBe('cy');
    // The person's table: a name is no text of the questionnaire; the theme beside it is.
    expect(await langOf(opened, 'td', 'Focus on outcomes')).toBe('en-GB');
    expect((await langs(opened)).sort()).toEqual(['cy', 'en-GB']);
    await page.close();
  });
});

describe('the compare page in Welsh', () => {
  it('is Welsh over an English questionnaire, its titles and bands marked en-GB, and accessible', async () => {
    const q = builtIn('systems-leadership');
    const report = comparison(q, ['cy']);
    const opened = await openReport(browser, 'compare-cy.html', renderCompareHtml(report));
    await expectHeadingsInOrder(opened);
    await expectAccessible(opened);
    const { page } = opened;
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    expect(await page.locator('h1').textContent()).toBe(`Beth newidiodd: ${q.title}`);
    expect(await langOf(opened, 'h1 span', q.title)).toBe('en-GB');
    expect(await page.locator('h2').first().textContent()).toBe('Themâu');
    const withFacets = q.themes.find((t) => t.facets.length > 0)!;
    expect(await langOf(opened, 'h2 span', withFacets.title)).toBe('en-GB');
    for (const theme of q.themes) expect(await langOf(opened, 'th span', theme.title), theme.title).toBe('en-GB');
    expect(await langOf(opened, 'th span', withFacets.facets[0]!.title)).toBe('en-GB');
    expect(await langOf(opened, 'figcaption', 'Pob thema cyn ac wedyn')).toBe('cy');
    expect(await langOf(opened, 'ul.legend li span', q.bands[0]!.label)).toBe('en-GB');
    expect(await page.locator('.caution').textContent()).toContain("Mae'r newidiadau mewn pwyntiau canran");
    expect((await langs(opened)).sort()).toEqual(['cy', 'en-GB']);
    await page.close();
  });

  it('marks nothing when the questionnaire is in the report’s language (a Welsh one in Welsh)', async () => {
    const { questionnaire: welsh } = await questionnaireWithId(
      'systems-leadership-quick.cy',
      questionnaireSources([], { SYSLEAD_NO_CACHE: '1' }, () => {}),
    );
    const opened = await openReport(browser, 'compare-cy-cy.html', renderCompareHtml(comparison(welsh, ['cy'])));
    await expectAccessible(opened);
    expect(await opened.page.getAttribute('html', 'lang')).toBe('cy-GB');
    expect(await langs(opened)).toEqual(['cy-GB']);
    expect(await opened.page.locator('h1').textContent()).toBe(`Beth newidiodd: ${welsh.title}`);
    await opened.page.close();
  });

  it('marks the Welsh texts cy-GB on an English page over a Welsh questionnaire', async () => {
    const { questionnaire: welsh } = await questionnaireWithId(
      'systems-leadership-quick.cy',
      questionnaireSources([], { SYSLEAD_NO_CACHE: '1' }, () => {}),
    );
    const opened = await openReport(browser, 'compare-en-cy.html', renderCompareHtml(comparison(welsh, ['en'])));
    await expectAccessible(opened);
    expect(await opened.page.getAttribute('html', 'lang')).toBe('en');
    expect(await opened.page.locator('h1').textContent()).toBe(`What changed: ${welsh.title}`);
    expect(await langOf(opened, 'h1 span', welsh.title)).toBe('cy-GB');
    expect(await langOf(opened, 'th span', welsh.themes[0]!.title)).toBe('cy-GB');
    expect((await langs(opened)).sort()).toEqual(['cy-GB', 'en']);
    await opened.page.close();
  });
});
