/// <reference lib="dom" />
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { COHORT_CY } from '../../src/core/i18n/cy/cohort.js';
import { COHORT_EN } from '../../src/core/i18n/en/cohort.js';
import type { ScoredItem } from '../../src/core/questionnaire/model.js';
import { fixture, runCli } from '../helpers/cli.js';
import { needs } from '../helpers/requirements.js';
import { browserPerFile, openReport, type OpenedReport } from './browser.js';
import { expectAccessible, expectChartsWithTables, expectHeadingsInOrder, expectInert } from './checks.js';
import { builtIn } from './fixtures.js';

const { describe } = needs('chromium');
const browser = browserPerFile();

// Issue 22: the cohort report in Welsh and English (--lang cy,en). The page's lang is Welsh; every
// text in English has its own lang: headings, captions, legends, table heads, the charts' titles
// and descriptions, and the questionnaire's texts from the English form beside the Welsh form's.

/** Headings syslead writes in each language: text no other heading has. */
const HEADINGS = ['cohort.heading.summary', 'cohort.heading.appendix', 'cohort.heading.themes', 'cohort.heading.correlations', 'cohort.heading.limits'] as const;
const cy = (key: (typeof HEADINGS)[number]) => COHORT_CY[key] as string;
const en = (key: (typeof HEADINGS)[number]) => COHORT_EN[key] as string;

/** The closest lang of every text node holding one of `texts` exactly (trimmed), with its text. */
async function langsOf(opened: OpenedReport, texts: readonly string[]): Promise<[string, string][]> {
  return opened.page.evaluate((wanted) => {
    const found: [string, string][] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim().replace(/ \/$/, '');
      if (wanted.includes(text)) found.push([text, node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '']);
    }
    return found;
  }, texts as string[]);
}

describe('the cohort report in Welsh and English', () => {
  it('has each heading in both, Welsh first, each in its own lang, in the charts too, accessible', async () => {
    const self = builtIn('systems-leadership');
    const items = self.items.filter((i): i is ScoredItem => i.kind === 'likert');
    const file = join(mkdtempSync(join(tmpdir(), 'syslead-cohort-bi-browser-')), 'cohort.csv');
    const rows = [2, 3, 4, 5, 3, 4].map((x, r) => [r % 2 === 0 ? 'North' : 'South', ...items.map((_, n) => String((x + n) % 5 || 5))]);
    writeFileSync(file, `${[['team', ...items.map((i) => i.id)], ...rows].map((r) => r.join(',')).join('\n')}\n`);
    const r = await runCli(['report', '--detail', 'full', '--group-by', 'team', '--min-group', '3', '--lang', 'cy,en', '--format', 'html', file]);
    expect(r.code, r.stderr).toBe(0);
    const opened = await openReport(browser, 'cohort-cy-en.html', r.stdout);
    await expectInert(opened);
    await expectChartsWithTables(opened);
    await expectHeadingsInOrder(opened);
    await expectAccessible(opened);
    const { page } = opened;
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    const welsh = await langsOf(opened, [...HEADINGS.map(cy), 'Gwerthoedd a rennir', 'Canolbwyntio ar ganlyniadau', 'Cymerodd 6 o bobl ran.']);
    const english = await langsOf(opened, [...HEADINGS.map(en), 'Shared values', 'Outcome focus', '6 people took part.', 'Early days: under 40']);
    expect(welsh.length).toBeGreaterThan(HEADINGS.length);
    expect(english.length).toBeGreaterThan(HEADINGS.length);
    for (const [text, lang] of welsh) expect(lang, text).toMatch(/^cy/);
    for (const [text, lang] of english) expect(lang, text).toMatch(/^en/);
    // Welsh first in a heading.
    expect(await page.locator('h2#summary').textContent()).toBe(`${cy('cohort.heading.summary')} / ${en('cohort.heading.summary')}`);
    // The charts name themselves in both: the Welsh <title>, the English in a <desc> of its own lang.
    const chart = page.locator('svg.chart').first();
    expect(await chart.locator('title').getAttribute('lang')).toMatch(/^cy/);
    expect(await chart.locator('desc[lang^="en"]').count()).toBe(2);
    // The legends and the table heads hold both.
    expect(await page.locator('.legend li span[lang^="en"]').count()).toBeGreaterThan(0);
    expect(await page.locator('th span[lang^="en"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('gives the 360 view in both, each part in its own lang, accessible', async () => {
    const r = await runCli(['report', '--detail', 'full', '--lang', 'cy,en', '--format', 'html', '--questionnaires', fixture('feedback/questionnaires'), fixture('feedback/answers')]);
    expect(r.code, r.stderr).toBe(0);
    const opened = await openReport(browser, 'cohort-360-cy-en.html', r.stdout);
    await expectChartsWithTables(opened);
    await expectHeadingsInOrder(opened);
    await expectAccessible(opened);
    const welsh = await langsOf(opened, ['Golwg 360', 'Rheolwr']);
    const english = await langsOf(opened, ['360 view', 'Manager']);
    expect(welsh.length).toBeGreaterThan(1);
    expect(english.length).toBeGreaterThan(1);
    for (const [text, lang] of welsh) expect(lang, text).toMatch(/^cy/);
    for (const [text, lang] of english) expect(lang, text).toMatch(/^en/);
    await opened.page.close();
  });
});
