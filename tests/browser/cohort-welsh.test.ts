/// <reference lib="dom" />
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { ScoredItem } from '../../src/core/questionnaire/model.js';
import { fixture, runCli } from '../helpers/cli.js';
import { needs } from '../helpers/requirements.js';
import { browserPerFile, openReport } from './browser.js';
import { expectAccessible, expectChartsWithTables, expectHeadingsInOrder, expectInert } from './checks.js';
import { builtIn } from './fixtures.js';

const { describe } = needs('chromium');
const browser = browserPerFile();

// Issue 22: Welsh headings over an English form; the page's lang is Welsh, the English questionnaire texts carry their own.
const html = async (args: string[]) => {
  const r = await runCli([...args, '--lang', 'cy', '--format', 'html']);
  expect(r.stdout).toMatch(/^<!doctype html>\n<html lang="cy">/);
  return r.stdout;
};

describe('the cohort report in Welsh', () => {
  it('is in Welsh, the English questionnaire texts marked en-GB, accessible (valid-lang, html-lang)', async () => {
    // An export of the built-in self form with item ids as headers, as tests/cli/report.test.ts writes one.
    const self = builtIn('systems-leadership');
    const items = self.items.filter((i): i is ScoredItem => i.kind === 'likert');
    const file = join(mkdtempSync(join(tmpdir(), 'syslead-cohort-cy-browser-')), 'cohort.csv');
    const rows = [2, 3, 4, 5, 3, 4].map((x, r) => [r % 2 === 0 ? 'North' : 'South', ...items.map((_, n) => String((x + n) % 5 || 5))]);
    writeFileSync(file, `${[['team', ...items.map((i) => i.id)], ...rows].map((r) => r.join(',')).join('\n')}\n`);
    const opened = await openReport(browser, 'cohort-cy.html', await html(['report', '--detail', 'full', '--group-by', 'team', '--min-group', '3', file]));
    await expectInert(opened);
    await expectChartsWithTables(opened);
    await expectHeadingsInOrder(opened);
    await expectAccessible(opened);
    const { page } = opened;
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    expect(await page.locator('h1').textContent()).toBe(`Adroddiad carfan: ${self.title}`);
    expect(await page.locator('h1 span').getAttribute('lang')).toBe('en-GB');
    expect(await page.locator('h2', { hasText: self.themes[0]!.title }).first().getAttribute('lang')).toBe('en-GB');
    expect(await page.locator('h2').allTextContents()).toContain('Atodiad: yr ystadegau llawn');
    await page.close();
  });

  it('gives the 360 view in Welsh, accessible', async () => {
    const opened = await openReport(browser, 'cohort-360-cy.html', await html(['report', '--detail', 'full', '--questionnaires', fixture('feedback/questionnaires'), fixture('feedback/answers')]));
    await expectInert(opened);
    await expectHeadingsInOrder(opened);
    await expectAccessible(opened);
    const { page } = opened;
    expect(await page.locator('#view360').textContent()).toBe('Golwg 360');
    expect(await page.locator('h3', { hasText: 'Person 1' }).count()).toBe(1);
    expect(await page.locator('th', { hasText: 'Rheolwr' }).count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('the feedback report in Welsh', () => {
  it('is in Welsh, the English questionnaire texts marked, accessible (valid-lang, html-lang)', async () => {
    const opened = await openReport(browser, 'feedback-cy.html', await html(['feedback', '--questionnaires', fixture('feedback/questionnaires'), '--subject', 'Sam Patel', fixture('feedback/answers')]));
    await expectInert(opened);
    await expectHeadingsInOrder(opened);
    await expectAccessible(opened);
    const { page } = opened;
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    expect(await page.locator('h1').getAttribute('lang')).toMatch(/^en/);
    expect(await page.locator('h2').allTextContents()).toContain('Crynodeb');
    await page.close();
  });
});
