import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COHORT_EN } from '../../src/core/i18n/en/cohort.js';
import { COHORT_CY } from '../../src/core/i18n/cy/cohort.js';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import type { ScoredItem } from '../../src/core/questionnaire/model.js';
import { englishIn, englishOf } from '../helpers/english-of.js';
import { fixture, ROOT, runCli } from '../helpers/cli.js';

// Issue 22: `syslead report --lang cy,en` gives the cohort report (and its 360 view) in both
// languages, Welsh first: syslead's headings, labels and notes as "Welsh / English", its sentences
// (those with figures too) in each, and the questionnaire's texts from its Welsh translation
// beside the English. One language is as before; JSON and CSV do not change.

/** The report's words: not the command's stderr lines. */
const reportKeys = (key: string) => !key.startsWith('cohort.command.') && !key.startsWith('cohort.accounting.') && key !== 'cohort.about.empty' && key !== 'cohort.warning.negativeItem';
const ENGLISH = englishOf(COHORT_EN, COHORT_CY, reportKeys);
const WELSH = englishOf(COHORT_CY, COHORT_EN, reportKeys);
const plain = (output: string) =>
  output
    .replace(/<[^>]*>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

const self = loadQuestionnaire(readFileSync(join(ROOT, 'questionnaires/systems-leadership.yaml'), 'utf8'), 'systems-leadership.yaml').questionnaire!;
const items = self.items.filter((i): i is ScoredItem => i.kind === 'likert');
const dir = mkdtempSync(join(tmpdir(), 'syslead-cohort-bi-'));
const CSV = join(dir, 'cohort.csv');
const good = [2, 3, 4, 5, 3, 4].map((x, r) => [`Person ${r}`, r % 2 === 0 ? 'North' : 'South', ...items.map((i, n) => String(i.keyed === 'minus' ? 6 - ((x + n) % 5 || 5) : (x + n) % 5 || 5))]);
writeFileSync(CSV, `${[['respondent', 'team', ...items.map((i) => i.id)], ...good].map((r) => r.join(',')).join('\n')}\n`);

const report = (args: string[]) => runCli(['report', '--detail', 'full', '--group-by', 'team', '--min-group', '3', ...args, CSV]);

/** Where `first` is, checked to come before `second`. */
function inOrder(output: string, first: string, second: string): void {
  const a = output.indexOf(first);
  const b = output.indexOf(second, a);
  expect(a, first).toBeGreaterThanOrEqual(0);
  expect(b, second).toBeGreaterThan(a);
}

/** Every catalogue text the one-language reports hold, the bilingual one holds too. */
async function noneMissing(format: string, bilingual: string): Promise<void> {
  const [welsh, english] = await Promise.all([report(['--lang', 'cy', '--format', format]), report(['--lang', 'en', '--format', format])]);
  const both = plain(bilingual);
  const missing = [...englishIn(plain(english.stdout), ENGLISH), ...englishIn(plain(welsh.stdout), WELSH)].filter((text) => !both.includes(text));
  expect(missing, format).toEqual([]);
}

describe('syslead report --lang cy,en: a bilingual cohort report', () => {
  it('writes text with each heading in Welsh / English, each sentence in both, Welsh first', async () => {
    const r = await report(['--lang', 'cy,en', '--format', 'text']);
    expect(r.code, r.stderr).toBe(0);
    const text = plain(r.stdout);
    for (const words of ['CRYNODEB / SUMMARY', 'ATODIAD: YR YSTADEGAU LLAWN / APPENDIX: FULL STATISTICS', 'GRWPIAU YN ÔL TEAM / GROUPS BY TEAM']) expect(text).toContain(words);
    inOrder(text, 'Cymerodd 6 o bobl ran.', '6 people took part.');
    inOrder(text, 'GWERTHOEDD A RENNIR / SHARED VALUES', 'Pan fyddaf yn wynebu penderfyniad anodd');
    inOrder(text, "Rwy'n dweud yn onest wrth bartneriaid", 'I tell partners honestly what my organisation');
    await noneMissing('text', r.stdout);
  });

  it('writes Markdown with headings and table headers in both, each statement then its translation', async () => {
    const r = await report(['--lang', 'cy,en', '--format', 'md']);
    expect(r.code, r.stderr).toBe(0);
    for (const words of ['## Crynodeb / Summary', '| Thema neu agwedd / Theme or facet |', '| Gwerthoedd a rennir / Shared values |', '### Grwpiau yn ôl team / Groups by team']) expect(r.stdout).toContain(words);
    inOrder(r.stdout, 'Cymerodd 6 o bobl ran.', '6 people took part.');
    inOrder(r.stdout, "Rwy'n dweud yn onest wrth bartneriaid", 'I tell partners honestly what my organisation');
    await noneMissing('md', r.stdout);
  });

  it('writes HTML whose page is Welsh, each English part in its own lang, the charts named in both', async () => {
    const r = await report(['--lang', 'cy,en', '--format', 'html']);
    expect(r.code, r.stderr).toBe(0);
    const html = r.stdout;
    expect(html).toMatch(/^<!doctype html>\n<html lang="cy">/);
    expect(html).toContain('<h2 id="summary">Crynodeb / <span lang="en-GB">Summary</span></h2>');
    expect(html).toContain('<p>Cymerodd 6 o bobl ran.</p><p lang="en-GB">6 people took part.</p>');
    expect(html).toMatch(/<title id="summary-areas-title" lang="cy">[^<]+<\/title><desc id="summary-areas-desc" lang="cy">Gwerthoedd a rennir: /);
    expect(html).toMatch(/<desc id="summary-areas-title-2" lang="en-GB">Mean percent per theme and facet<\/desc><desc id="summary-areas-desc-2" lang="en-GB">Shared values: /);
    expect(html).toContain('<th scope="col">Thema / <span lang="en-GB">Theme</span></th>');
    // No mark of a language left in the page (html/lang-marks.ts).
    expect(html).not.toMatch(/[\ue010-\ue012]/);
    await noneMissing('html', html);
  });

  it('keeps one language, JSON and CSV as they were', async () => {
    for (const format of ['json', 'csv']) {
      const [both, english] = await Promise.all([report(['--lang', 'cy,en', '--format', format]), report(['--lang', 'en', '--format', format])]);
      expect(both.stdout, format).toBe(english.stdout);
    }
  });
});

describe('a bilingual cohort report with a 360 view', () => {
  // The small 360 of `syslead feedback` (tests/fixtures/feedback/README.md): Sam Patel rated by a manager, peers and others.
  const inputs = ['--questionnaires', fixture('feedback/questionnaires'), fixture('feedback/answers')];
  const view = (args: string[]) => runCli(['report', '--detail', 'full', ...args, ...inputs]);

  it('heads the 360 view, names the rater groups and the findings in both languages, Welsh first', async () => {
    for (const format of ['text', 'md', 'html']) {
      const r = await view(['--lang', 'cy,en', '--format', format]);
      expect(r.code, `${format}: ${r.stderr}`).toBe(0);
      const out = plain(r.stdout);
      expect(out, format).toMatch(/Golwg 360 \/ 360 view|GOLWG 360 \/ 360 VIEW/);
      inOrder(out, 'Rheolwr', 'Manager');
      inOrder(out, 'Person 1', 'Subject 1');
    }
    const html = (await view(['--lang', 'cy,en', '--format', 'html'])).stdout;
    expect(html).toContain('<h2 id="view360">Golwg 360 / <span lang="en-GB">360 view</span></h2>');
  });

  it('keeps JSON as it was', async () => {
    const [both, english] = await Promise.all([view(['--lang', 'cy,en', '--format', 'json']), view(['--lang', 'en', '--format', 'json'])]);
    expect(both.stdout).toBe(english.stdout);
  });
});
