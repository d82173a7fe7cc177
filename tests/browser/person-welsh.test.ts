/// <reference lib="dom" />
import { expect, it } from 'vitest';
import { PERSON_CY } from '../../src/core/i18n/cy/person.js';
import { PERSON_EN } from '../../src/core/i18n/en/person.js';
import { fixture, runCli } from '../helpers/cli.js';
import { needs } from '../helpers/requirements.js';
import { browserPerFile, openReport, type OpenedReport } from './browser.js';
import { expectAccessible, expectHeadingsInOrder } from './checks.js';

const { describe } = needs('chromium');
const browser = browserPerFile();

// Issue 22: a person report in Welsh, and one in Welsh and English (--lang cy,en). The page's lang
// is Welsh; every text in another language has its own lang, the charts' labels and legends too.
const ALEX = fixture('exports/google-forms/expected/alex-morgan.yaml');
const WELSH_STATEMENT = "Rwy'n cadw fy ymrwymiadau i bartneriaid hyd yn oed pan fydd blaenoriaethau fy sefydliad yn newid.";
const ENGLISH_STATEMENT = "I keep my commitments to partners even when my organisation's priorities shift.";

/** The headings syslead writes in each language: text no other heading has. */
const HEADINGS = ['person.heading.summary', 'person.heading.strengths', 'person.heading.growthEdges', 'person.heading.meaning', 'person.heading.questions', 'person.heading.try', 'person.heading.readNext'] as const;

type Heading = (typeof HEADINGS)[number];
/** A heading as each catalogue words it (none has plural forms). */
const cy = (key: Heading) => PERSON_CY[key] as string;
const en = (key: Heading) => PERSON_EN[key] as string;

async function reportOf(args: string[], name: string): Promise<OpenedReport> {
  const r = await runCli(['score', ...args, '--format', 'html']);
  expect(r.code, r.stderr).toBe(0);
  return openReport(browser, name, r.stdout);
}

/** The closest lang of every text node holding one of `texts` exactly (trimmed), with its text. */
async function langsOf(opened: OpenedReport, texts: readonly string[]): Promise<[string, string][]> {
  return opened.page.evaluate((wanted) => {
    const found: [string, string][] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      if (wanted.includes(text)) found.push([text, node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '']);
    }
    return found;
  }, texts as string[]);
}

/** Every text node of the body, with its closest lang: none may be without one. */
async function everyTextHasLang(opened: OpenedReport): Promise<void> {
  const without = await opened.page.evaluate(() => {
    const missing: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node.textContent ?? '').trim() !== '' && !node.parentElement?.closest('[lang]')) missing.push(node.textContent ?? '');
    return missing;
  });
  expect(without).toEqual([]);
}

describe('a person report in Welsh', () => {
  it('of the Welsh form: Welsh throughout, accessible (html-lang-valid, valid-lang)', async () => {
    const opened = await reportOf(['--questionnaire', 'systems-leadership-quick.cy', ALEX, '--lang', 'cy'], 'person-cy.html');
    await expectHeadingsInOrder(opened);
    await expectAccessible(opened);
    expect(await opened.page.getAttribute('html', 'lang')).toBe('cy-GB');
    await everyTextHasLang(opened);
    for (const [text, lang] of await langsOf(opened, [...HEADINGS.map((k) => cy(k)), WELSH_STATEMENT])) expect(lang, text).toMatch(/^cy/);
    await opened.page.close();
  });

  it('of the English form: Welsh headings, the English texts marked as English, in the charts too', async () => {
    const opened = await reportOf([ALEX, '--lang', 'cy'], 'person-cy-over-en.html');
    await expectAccessible(opened);
    expect(await opened.page.getAttribute('html', 'lang')).toBe('cy');
    for (const [text, lang] of await langsOf(
      opened,
      HEADINGS.map((k) => cy(k)),
    ))
      expect(lang, text).toBe('cy');
    const english = await langsOf(opened, [ENGLISH_STATEMENT, 'Shared values', 'Outcome focus', 'Early days']);
    expect(english.length).toBeGreaterThan(4);
    for (const [text, lang] of english) expect(lang, text).toMatch(/^en/);
    // The radar's labels: the theme's title in English, its percent in the chart's Welsh.
    expect(await opened.page.locator('svg tspan[lang^="en"]').count()).toBeGreaterThan(0);
    await opened.page.close();
  });
});

describe('a person report in Welsh and English (--lang cy,en)', () => {
  it('has each heading and statement in both, Welsh first, each in its own lang, accessible', async () => {
    const opened = await reportOf([ALEX, '--lang', 'cy,en'], 'person-cy-en.html');
    await expectHeadingsInOrder(opened);
    await expectAccessible(opened);
    const { page } = opened;
    expect(await page.getAttribute('html', 'lang')).toBe('cy-GB');
    await everyTextHasLang(opened);
    const welsh = await langsOf(opened, [...HEADINGS.map((k) => cy(k)), WELSH_STATEMENT, 'Gwerthoedd a rennir', 'Dyddiau cynnar']);
    const english = await langsOf(opened, [...HEADINGS.map((k) => en(k)), ENGLISH_STATEMENT, 'Shared values', 'Early days']);
    expect(welsh.length).toBeGreaterThan(HEADINGS.length);
    expect(english.length).toBeGreaterThan(HEADINGS.length);
    for (const [text, lang] of welsh) expect(lang, text).toMatch(/^cy/);
    for (const [text, lang] of english) expect(lang, text).toMatch(/^en/);
    // Welsh first: in the heading, and in the list of strengths.
    const strengths =
      (await page
        .locator('h3', { hasText: cy('person.heading.strengths') })
        .first()
        .textContent()) ?? '';
    expect(strengths).toBe(`${cy('person.heading.strengths')} / ${en('person.heading.strengths')}`);
    const item = (await page.locator('li', { hasText: WELSH_STATEMENT }).first().textContent()) ?? '';
    expect(item.indexOf(WELSH_STATEMENT)).toBeLessThan(item.indexOf(ENGLISH_STATEMENT));
    // The legend names each band in both languages.
    expect(await page.locator('.legend li span[lang="en"]').count()).toBeGreaterThan(0);
    await page.close();
  });
});
