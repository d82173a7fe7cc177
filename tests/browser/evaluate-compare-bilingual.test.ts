/// <reference lib="dom" />
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { needs } from '../helpers/requirements.js';
import { browserPerFile, openReport, type OpenedReport } from './browser.js';
import { expectAccessible, expectChartsWithTables, expectHeadingsInOrder, expectInert } from './checks.js';
import { changeTestResults } from '../helpers/change-test-results.js';

const { describe } = needs('chromium');
const browser = browserPerFile();

// Issue 22: evaluate, compare and the score --out-dir index in Welsh and English (--lang cy,en),
// with the Welsh translation of their questionnaire: the page's lang is Welsh; every English text,
// syslead's or the questionnaire's, has its own lang (axe's valid-lang and html-lang check them).
const BILINGUAL = fixture('evaluate/bilingual');
const dir = mkdtempSync(join(tmpdir(), 'syslead-evaluate-compare-bi-browser-'));

/** The closest lang of every text node holding one of `texts` exactly (trimmed), with its text. */
async function langsOf(opened: OpenedReport, texts: readonly string[]): Promise<[string, string][]> {
  return opened.page.evaluate((wanted) => {
    const found: [string, string][] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim().replace(/^\/ |^\/\/ | \/$| \/\/$/g, '');
      if (wanted.includes(text)) found.push([text, node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '']);
    }
    return found;
  }, texts as string[]);
}

/** Each of `welsh` found under a Welsh lang, each of `english` under an English one. */
async function expectLangs(opened: OpenedReport, welsh: readonly string[], english: readonly string[]): Promise<void> {
  const cy = await langsOf(opened, welsh);
  const en = await langsOf(opened, english);
  expect(new Set(cy.map(([t]) => t))).toEqual(new Set(welsh));
  expect(new Set(en.map(([t]) => t))).toEqual(new Set(english));
  for (const [text, lang] of cy) expect(lang, text).toMatch(/^cy/);
  for (const [text, lang] of en) expect(lang, text).toMatch(/^en/);
}

const { a, b } = changeTestResults(dir);

describe('evaluate, compare and the index in Welsh and English', () => {
  it('gives the evaluation with each part in its own lang, accessible', async () => {
    const r = await runCli([
      'evaluate',
      '--match-by',
      'Email',
      '--questionnaires',
      BILINGUAL,
      '-q',
      'change-test',
      fixture('evaluate/before.csv'),
      fixture('evaluate/after.csv'),
      '--min-group',
      '3',
      '--per-respondent',
      '--lang',
      'cy,en',
      '--format',
      'html',
    ]);
    const opened = await openReport(browser, 'evaluate-cy-en.html', r.stdout);
    await expectInert(opened);
    await expectHeadingsInOrder(opened);
    await expectAccessible(opened);
    expect(await opened.page.getAttribute('html', 'lang')).toMatch(/^cy/);
    await expectLangs(opened, ['Gwerthuso rhaglen: Prawf newid', 'Estyn allan', 'Gwrando', 'Cyn', 'Thema / agwedd'], ['Programme evaluation: Change test', 'Reaching out', 'Listening', 'Before', 'Theme / facet']);
    await opened.page.close();
  });

  it('gives the comparison with each part in its own lang, its charts named in both, accessible', async () => {
    const r = await runCli(['compare', '--questionnaires', BILINGUAL, a, b, '--lang', 'cy,en', '--format', 'html']);
    expect(r.code, r.stderr).toBe(0);
    const opened = await openReport(browser, 'compare-cy-en.html', r.stdout);
    await expectInert(opened);
    await expectChartsWithTables(opened);
    await expectHeadingsInOrder(opened);
    await expectAccessible(opened);
    const { page } = opened;
    expect(await page.getAttribute('html', 'lang')).toMatch(/^cy/);
    await expectLangs(opened, ['Beth newidiodd: Prawf newid', 'Themâu', 'Gwrando', 'Isel: o dan 50'], ['What changed: Change test', 'Themes', 'Listening', 'Low: under 50']);
    expect(await page.locator('h2#themes').textContent()).toBe('Themâu / Themes');
    const chart = page.locator('svg.chart').first();
    expect(await chart.locator('title').getAttribute('lang')).toMatch(/^cy/);
    expect(await chart.locator('desc[lang^="en"]').count()).toBe(2);
    await page.close();
  });

  it('gives the index title in both, the questionnaire title in its own lang, accessible', async () => {
    const out = mkdtempSync(join(dir, 'out-'));
    const r = await runCli(['score', '--questionnaires', fixture('evaluate'), a, '--out-dir', out, '--format', 'html', '--lang', 'cy,en']);
    expect(r.code, r.stderr).toBe(0);
    const opened = await openReport(browser, 'index-cy-en.html', readFileSync(join(out, 'index.html'), 'utf8'));
    await expectAccessible(opened);
    const { page } = opened;
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    expect(await page.locator('h1').textContent()).toBe('Change test: 1 adroddiad / Change test: 1 report');
    // The questionnaire's English title inside the Welsh title has its own lang.
    expect(await page.locator('h1 > span[lang="cy"] > span').getAttribute('lang')).toBe('en-GB');
    await page.close();
  });
});
