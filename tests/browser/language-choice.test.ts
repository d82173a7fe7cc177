/// <reference lib="dom" />
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { needs } from '../helpers/requirements.js';
import { browserPerFile, openReport } from './browser.js';
import { expectAccessible } from './checks.js';

const { describe } = needs('chromium');
const browser = browserPerFile();

// Issue 22: answers given in the Welsh form are reported in its texts and chosen words, without
// --lang; the page says so in its lang attributes.
const dir = mkdtempSync(join(tmpdir(), 'syslead-language-choice-browser-'));
const welsh = join(dir, 'cy.yaml');
writeFileSync(welsh, 'questionnaire: systems-leadership-quick\nversion: 1\nlanguage: cy-GB\nanswers: {sv2: Fel arfer, sv3: Yn aml, sv4: Bron bob amser, sv5: Weithiau}\n');

describe('a report of answers given in the Welsh form, without --lang', () => {
  it('score --format html: a Welsh page with the Welsh form texts, accessible (html-lang-valid, valid-lang)', async () => {
    const r = await runCli(['score', welsh, '--format', 'html']);
    expect(r.code, r.stderr).toBe(0);
    const opened = await openReport(browser, 'answered-in-welsh.html', r.stdout);
    await expectAccessible(opened);
    expect(await opened.page.getAttribute('html', 'lang')).toBe('cy-GB');
    const title = await opened.page.evaluate(() => {
      const h = Array.from(document.querySelectorAll('h2')).find((e) => e.textContent?.includes('Gwerthoedd a rennir'));
      return h ? (h.closest('[lang]')?.getAttribute('lang') ?? '') : undefined;
    });
    expect(title).toBe('cy-GB');
    await opened.page.close();
  });
});
