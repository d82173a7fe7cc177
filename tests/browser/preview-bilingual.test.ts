/// <reference lib="dom" />
import { expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { needs } from '../helpers/requirements.js';
import { browserPerFile, openReport } from './browser.js';
import { expectAccessible, expectHeadingsInOrder } from './checks.js';

const { describe } = needs('chromium');
const browser = browserPerFile();

// Issue 22: preview --lang cy,en, each part in its own language, as axe checks it (valid-lang, html-lang).
describe('the preview page in Welsh and English', () => {
  it('says each heading in both, each part with its lang, accessible', async () => {
    const r = await runCli(['preview', 'systems-leadership', '--lang', 'cy,en', '--format', 'html']);
    expect(r.code, r.stderr).toBe(0);
    const opened = await openReport(browser, 'preview-cy-en.html', r.stdout);
    await expectHeadingsInOrder(opened);
    await expectAccessible(opened);
    const { page } = opened;
    expect(await page.getAttribute('html', 'lang')).toBe('cy-GB');
    expect(await page.locator('h2#t1').textContent()).toBe('Thema 1: Gwerthoedd a rennir / Theme 1: Shared values');
    expect(await page.locator('h2#t1 span[lang="en-GB"]').textContent()).toBe('Theme 1: Shared values');
    const cell = page.locator('td', { hasText: 'When I face a difficult decision' }).first();
    expect(await cell.locator('span[lang="cy-GB"]').textContent()).toBe("Pan fyddaf yn wynebu penderfyniad anodd, rwy'n ei bwyso a'i fesur yn erbyn y gwerthoedd sydd gennyf.");
    await page.close();
  });
});
