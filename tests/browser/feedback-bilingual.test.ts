/// <reference lib="dom" />
import { expect, it } from 'vitest';
import { CY_PARTS } from '../../src/core/i18n/cy.js';
import { EN_PARTS } from '../../src/core/i18n/en.js';
import type { Message } from '../../src/core/i18n/message.js';
import type { Questionnaire } from '../../src/core/questionnaire/model.js';
import { builtInForm } from '../helpers/questionnaire.js';
import { fixture, runCli } from '../helpers/cli.js';
import { needs } from '../helpers/requirements.js';
import { browserPerFile, openReport, type OpenedReport } from './browser.js';
import { expectAccessible, expectChartsWithTables, expectHeadingsInOrder, expectInert, expectPhoneAndPrint } from './checks.js';

const { describe } = needs('chromium');
const browser = browserPerFile();

// Issue 22: the 360 report per participant in Welsh and English (--lang cy,en), of a download of
// the Welsh observer form (tests/fixtures/feedback/welsh/README.md). The page's lang is Welsh; every
// element holding text of one language carries that language's lang, in tables and charts too.

/** Texts known to be in one language, looked for in the page: whole texts (a label) and pieces of two words or more (a sentence). */
interface Known {
  whole: Set<string>;
  pieces: Set<string>;
}

const messageTexts = (m: Message) => (typeof m === 'string' ? [m] : Object.values(m));
/** Every text of a questionnaire (titles, statements, labels, reflections), but not those a translation keeps of its source's. */
function formTexts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) formTexts(v, out);
  else if (value && typeof value === 'object') for (const [key, v] of Object.entries(value)) if (!key.startsWith('source')) formTexts(v, out);
  return out;
}

/** Two words or more ("Gwerthoedd a rennir"): a piece to look for inside a text node, long enough to say its language. */
const TWO_WORDS = /^(?=.{6})\p{L}.*[^\p{L}]\p{L}/u;
/** The texts of one language (syslead's words of the report, its form's) that the other language has nowhere. */
function known(texts: readonly string[], other: readonly string[]): Known {
  const theirs = new Set(other);
  const joined = other.join('\n');
  const whole = new Set<string>();
  const pieces = new Set<string>();
  for (const text of texts)
    for (const piece of text.split(/\{[a-zA-Z]+\}/)) {
      const trimmed = piece.trim().replace(/[:;,]$/, '');
      if (trimmed.length < 3 || theirs.has(trimmed) || joined.includes(trimmed)) continue;
      if (TWO_WORDS.test(trimmed)) pieces.add(trimmed);
      else if (/^\p{L}/u.test(trimmed)) whole.add(trimmed);
    }
  return { whole, pieces };
}

/** Every text node of the page holding a known text of either language, with the language it holds and its closest lang. */
async function textLanguages(opened: OpenedReport, cy: Known, en: Known): Promise<{ text: string; holds: string[]; lang: string }[]> {
  return opened.page.evaluate(
    ({ cy, en }) => {
      const found: { text: string; holds: string[]; lang: string }[] = [];
      const inText = (text: string, k: { whole: string[]; pieces: string[] }) => k.whole.includes(text) || k.pieces.some((p) => text.includes(p));
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
        const holds = [...(inText(text, cy) ? ['cy'] : []), ...(inText(text, en) ? ['en'] : [])];
        if (holds.length > 0) found.push({ text, holds, lang: node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '' });
      }
      return found;
    },
    { cy: { whole: [...cy.whole], pieces: [...cy.pieces] }, en: { whole: [...en.whole], pieces: [...en.pieces] } },
  );
}

describe('the 360 report per participant in Welsh and English', () => {
  it('gives every text its own language, is accessible, fits a phone and prints', async () => {
    const form = builtInForm;
    const [cyForm, enForm] = await Promise.all([form('systems-leadership-observer.cy'), form('systems-leadership-observer')]);
    const words = (parts: Record<string, Record<string, Message | undefined>>) => ['feedback', 'person'].flatMap((p) => Object.values(parts[p]!).flatMap((m) => (m === undefined ? [] : messageTexts(m))));
    const cyTexts = [...words(CY_PARTS), ...formTexts(cyForm as Questionnaire)];
    const enTexts = [...words(EN_PARTS), ...formTexts(enForm as Questionnaire)];
    const cy = known(cyTexts, enTexts);
    const en = known(enTexts, cyTexts);

    const r = await runCli(['feedback', '--questionnaire', 'systems-leadership-observer.cy', '--subject', 'Rhian Evans', '--lang', 'cy,en', '--format', 'html', fixture('feedback/welsh/observers-csv-utf8.csv')]);
    expect(r.code, r.stderr).toBe(0);
    const opened = await openReport(browser, 'feedback-cy-en.html', r.stdout);
    await expectInert(opened);
    await expectChartsWithTables(opened);
    await expectHeadingsInOrder(opened);
    expect(await opened.page.getAttribute('html', 'lang')).toMatch(/^cy/);

    const nodes = await textLanguages(opened, cy, en);
    // Enough of each to mean something: the headings, table heads, statements and reflections.
    expect(nodes.filter((n) => n.holds.includes('cy')).length).toBeGreaterThan(100);
    expect(nodes.filter((n) => n.holds.includes('en')).length).toBeGreaterThan(100);
    const wrong = nodes.filter((n) => n.holds.length > 1 || !n.lang.startsWith(n.holds[0]!));
    expect(wrong, wrong.map((n) => `${n.lang || '(none)'} holds ${n.holds.join('+')}: ${n.text}`).join('\n')).toEqual([]);
    // Inside tables and the chart's figure as well as around them.
    const inTables = await opened.page.locator('td span[lang^="en"], th span[lang^="en"], caption span[lang^="en"], .legend span[lang^="en"]').count();
    expect(inTables).toBeGreaterThan(20);

    await expectAccessible(opened);
    await expectPhoneAndPrint(opened, 'feedback-cy-en');
    await opened.page.close();
  });
});
