/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { needs, toolPath } from '../helpers/requirements.js';
import { browserPerFile, openReport } from './browser.js';
import { expectAccessible } from './checks.js';

// Issue 22: a result recorded in Welsh is scored in Welsh: its page says lang="cy", and a PDF's
// footer says "tudalen N o M".
const { describe } = needs('chromium', 'pdftotext');
const browser = browserPerFile();

function welshResult(): { home: string; file: string } {
  const home = mkdtempSync(join(tmpdir(), 'syslead-results-welsh-browser-'));
  const dir = join(home, 'results', 'systems-leadership-quick');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, '2026-01-05T09-10-00Z.json');
  writeFileSync(file, JSON.stringify({ questionnaire: 'systems-leadership-quick', version: 1, report_languages: ['cy'], role: 'self', completed: '2026-01-05T09:10:00Z', answers: { sv2: 4, sv3: 3, sv4: 5, sv5: 2 } }));
  return { home, file };
}

/** The last line of text on the first page of a PDF: its footer. */
function firstFooter(pdf: string): string {
  const lines = execFileSync(toolPath('pdftotext'), ['-layout', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.trim() !== '');
  return lines.at(-1)!.trim();
}

describe('a result recorded in Welsh, scored to HTML and PDF', () => {
  it('is a Welsh page without --lang, accessible (valid-lang, html-lang)', async () => {
    const { home, file } = welshResult();
    const r = await runCli(['score', '--format', 'html', file], { env: { SYSLEAD_HOME: home } });
    expect(r.code).toBe(0);
    const opened = await openReport(browser, 'results-cy.html', r.stdout);
    await expectAccessible(opened);
    const { page } = opened;
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    await page.close();
  });

  it("prints its PDF's footer in Welsh without --lang, and in English with --lang en", async () => {
    const { home, file } = welshResult();
    const welsh = join(home, 'cy.pdf');
    const english = join(home, 'en.pdf');
    const env = { SYSLEAD_HOME: home, SYSLEAD_BROWSER: toolPath('chromium') };
    expect((await runCli(['score', '--format', 'pdf', '--out', welsh, file], { env })).code).toBe(0);
    expect((await runCli(['score', '--format', 'pdf', '--out', english, '--lang', 'en', file], { env })).code).toBe(0);
    expect(firstFooter(welsh)).toMatch(/^tudalen 1 o \d+$/);
    expect(firstFooter(english)).toMatch(/^page 1 of \d+$/);
  });
});
