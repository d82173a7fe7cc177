/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildPreview } from '../../src/core/preview/build.js';
import { renderPreviewHtml } from '../../src/render/preview-html.js';
import { runCli } from '../helpers/cli.js';
import { needs, toolPath } from '../helpers/requirements.js';
import { browserPerFile, openReport } from './browser.js';
import { expectAccessible, expectHeadingsInOrder, expectInert, expectPhoneAndPrint } from './checks.js';
import { builtIn, HOSTILE, hostileQuestionnaire } from './fixtures.js';

const { describe } = needs('chromium');
const browser = browserPerFile();

describe('the preview page in a browser', () => {
  const self = builtIn('systems-leadership');
  const observer = builtIn('systems-leadership-observer');

  it('shows the pair side by side, accessible, inert, on a phone and in print', async () => {
    const opened = await openReport(browser, 'preview.html', renderPreviewHtml(buildPreview([self, observer])));
    await expectHeadingsInOrder(opened);
    await expectAccessible(opened);
    const { page } = opened;
    expect(await page.getAttribute('html', 'lang')).toBe('en-GB');
    expect(await page.locator('h2').allTextContents()).toEqual([`Self form: ${self.title}`, `Observer form: ${observer.title}`, ...self.themes.map((t, i) => `Theme ${i + 1}: ${t.title}`)]);
    // A statement's row: its number heads it, then the self wording, the observer wording, the scoring.
    const item = self.items.find((i) => i.kind === 'likert' && i.keyed === 'minus')!;
    const row = page.locator('tr', { has: page.locator('td', { hasText: item.text }) });
    const cells = await row.locator('td').allTextContents();
    expect(cells.slice(0, 2)).toEqual([item.text, observer.items.find((o) => o.id === item.id)!.text]);
    expect(cells[2]).toMatch(/^Reverse-scored\. Rated on the frequency scale/);
    expect(await page.locator('a[href^="https://"]').count()).toBeGreaterThan(0);
    await expectInert(opened);
    await expectPhoneAndPrint(opened, 'preview');
    await page.close();
  });

  it('shows hostile text as text, and runs none of it', async () => {
    const opened = await openReport(browser, 'preview-hostile.html', renderPreviewHtml(buildPreview([hostileQuestionnaire()])));
    await expectInert(opened);
    const { page } = opened;
    expect(await page.locator('h1').textContent()).toContain(HOSTILE.script);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await page.close();
  });
});

const printed = needs('chromium', 'pdftotext');
let dir: string | undefined;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

printed.it(
  'preview --format pdf prints every statement of the pair, the observer wording included',
  async () => {
    dir = await mkdtemp(join(tmpdir(), 'syslead-preview-pdf-'));
    const out = join(dir, 'preview.pdf');
    const r = await runCli(['preview', 'systems-leadership', '--format', 'pdf', '--out', out], { env: { SYSLEAD_BROWSER: toolPath('chromium') } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(`wrote ${out}\n`);
    const text = execFileSync(toolPath('pdftotext'), ['-raw', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const self = builtIn('systems-leadership');
    const observer = builtIn('systems-leadership-observer');
    // Words, not their layout: a table cell may wrap anywhere, so the check is on a statement's first words.
    const start = (t: string) => t.split(' ').slice(0, 3).join(' ');
    for (const item of [...self.items, ...observer.items]) expect(text).toContain(start(item.text));
    expect(text).toContain('Reverse-scored.');
    expect(text).toContain('70% of the maximum or more');
  },
  60_000,
);
