/// <reference lib="dom" />
import { expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { needs } from '../helpers/requirements.js';
import { browserPerFile, openReport } from './browser.js';
import { expectAccessible, expectHeadingsInOrder } from './checks.js';

const { describe } = needs('chromium');
const browser = browserPerFile();

const SV1 = "Pan fyddaf yn wynebu penderfyniad anodd, rwy'n ei bwyso a'i fesur yn erbyn y gwerthoedd sydd gennyf.";
const SV1_OBSERVER = "Maen nhw'n gwneud penderfyniadau anodd yn unol â'r gwerthoedd maen nhw'n dweud sydd ganddyn nhw.";

async function previewHtml(args: string[]): Promise<string> {
  const { code, stdout, stderr } = await runCli(['preview', 'systems-leadership.cy', '--format', 'html', ...args]);
  expect(code, stderr).toBe(0);
  return stdout;
}

// Issue 22 item 4: the Welsh drafts of the full and observer forms, previewed side by side.
describe('the preview page of the Welsh full and observer forms', () => {
  it('is one language, cy-GB, when syslead speaks Welsh too: the page says it once, accessible (valid-lang, html-lang)', async () => {
    const opened = await openReport(browser, 'welsh-pair-cy.html', await previewHtml([]));
    await expectHeadingsInOrder(opened);
    await expectAccessible(opened);
    const { page } = opened;
    expect(await page.getAttribute('html', 'lang')).toBe('cy-GB');
    expect(await page.locator('[lang]:not(html)').count()).toBe(0);
    const h2 = await page.locator('h2').allTextContents();
    expect(h2[0]).toBe('Ffurflen hunanasesu: Arweinyddiaeth systemau: hunanasesiad');
    expect(h2).toContain('Ffurflen arsylwr: Arweinyddiaeth systemau: adborth gan gydweithwyr a phartneriaid');
    for (const text of [SV1, SV1_OBSERVER]) expect(await page.locator('td', { hasText: text }).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('marks every Welsh text cy-GB under English headings with --lang en, accessible', async () => {
    const opened = await openReport(browser, 'welsh-pair-en.html', await previewHtml(['--lang', 'en']));
    await expectHeadingsInOrder(opened);
    await expectAccessible(opened);
    const { page } = opened;
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h2 span[lang="cy-GB"]').first().textContent()).toBe('Arweinyddiaeth systemau: hunanasesiad');
    for (const text of [SV1, SV1_OBSERVER]) expect(await page.locator('td', { hasText: text }).first().getAttribute('lang')).toBe('cy-GB');
    await page.close();
  });
});
