/// <reference lib="dom" />
import { expect, it } from 'vitest';
import { buildPreview } from '../../src/core/preview/build.js';
import { renderPreviewHtml } from '../../src/render/preview-html.js';
import { needs } from '../helpers/requirements.js';
import { browserPerFile, openReport } from './browser.js';
import { expectAccessible, expectHeadingsInOrder } from './checks.js';
import { builtIn } from './fixtures.js';

const { describe } = needs('chromium');
const browser = browserPerFile();

// Issue 22: Welsh headings over an English form; the page's lang is Welsh, each English text carries its own.
describe('the preview page in Welsh', () => {
  it('is in Welsh, the English questionnaire texts marked en-GB, accessible (valid-lang, html-lang)', async () => {
    const self = builtIn('systems-leadership');
    const observer = builtIn('systems-leadership-observer');
    const opened = await openReport(browser, 'preview-cy.html', renderPreviewHtml(buildPreview([self, observer], ['cy'])));
    await expectHeadingsInOrder(opened);
    await expectAccessible(opened);
    const { page } = opened;
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    const h2 = await page.locator('h2').allTextContents();
    expect(h2[0]).toBe(`Ffurflen hunanasesu: ${self.title}`);
    expect(h2[2]).toBe(`Thema 1: ${self.themes[0]!.title}`);
    expect(await page.locator('h2 span[lang="en-GB"]').first().textContent()).toBe(self.title);
    const item = self.items.find((i) => i.kind === 'likert')!;
    expect(await page.locator('td', { hasText: item.text }).first().getAttribute('lang')).toBe('en-GB');
    await page.close();
  });
});
