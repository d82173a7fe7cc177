import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COHORT_EN } from '../../src/core/i18n/en/cohort.js';
import { COHORT_CY } from '../../src/core/i18n/cy/cohort.js';
import { FEEDBACK_EN } from '../../src/core/i18n/en/feedback.js';
import { FEEDBACK_CY } from '../../src/core/i18n/cy/feedback.js';
import type { Message } from '../../src/core/i18n/message.js';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import type { ScoredItem } from '../../src/core/questionnaire/model.js';
import { fixture, ROOT, runCli } from '../helpers/cli.js';

// Issue 22: `syslead report --lang cy` writes the cohort report's own words in Welsh (a draft for a
// Welsh speaker to review) in text, Markdown and HTML; the questionnaire's texts stay as written,
// and JSON stays English, byte for byte.

const texts = (m: Message) => (typeof m === 'string' ? [m] : Object.values(m));
/** Every English text of a part's keys (pieces between {places}) of two words or more, unless the Welsh says the same. */
function englishOf(en: Readonly<Record<string, Message>>, cy: Readonly<Record<string, Message>>, keys: (key: string) => boolean): string[] {
  const pieces = new Set<string>();
  for (const [key, message] of Object.entries(en)) {
    if (!keys(key)) continue;
    const welsh = texts(cy[key]!).join('\n');
    for (const text of texts(message))
      for (const piece of text.split(/\{[a-zA-Z]+\}/)) {
        const trimmed = piece.trim();
        if (/\p{L}{2,}[^\p{L}]+\p{L}{2,}/u.test(trimmed) && !welsh.includes(trimmed)) pieces.add(trimmed);
      }
  }
  return [...pieces];
}
/** The report's words: not the command's stderr lines, errors and warnings (said by `report` itself, checked apart). */
const reportKeys = (key: string) => !key.startsWith('cohort.command.') && !key.startsWith('cohort.accounting.') && key !== 'cohort.about.empty' && key !== 'cohort.warning.negativeItem';
const fromHtml = (html: string) =>
  html
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const ENGLISH = englishOf(COHORT_EN, COHORT_CY, reportKeys);
const expectNoEnglish = (output: string, label: string, english: readonly string[] = ENGLISH) => {
  for (const text of english) expect(output, `${label}: ${text}`).not.toContain(text);
};
/** The 360 view's own words and its reasons (the model's English, said again in the report's language). */
const VIEW_360 = englishOf(FEEDBACK_EN, FEEDBACK_CY, (key) => key.startsWith('feedback.cohort.'));

// A survey export of the built-in self form, in the layout of tests/cli/report.test.ts (item ids as
// headers), with rows the reader skips: an answer not on the scale, a row of too few cells, an empty one.
const self = loadQuestionnaire(readFileSync(join(ROOT, 'questionnaires/systems-leadership.yaml'), 'utf8'), 'systems-leadership.yaml').questionnaire!;
const items = self.items.filter((i): i is ScoredItem => i.kind === 'likert');
const dir = mkdtempSync(join(tmpdir(), 'syslead-cohort-cy-'));
const CSV = join(dir, 'cohort.csv');
const good = [2, 3, 4, 5, 3, 4].map((x, r) => [`Person ${r}`, r % 2 === 0 ? 'North' : 'South', ...items.map((i, n) => String(i.keyed === 'minus' ? 6 - ((x + n) % 5 || 5) : (x + n) % 5 || 5))]);
const notOnScale = [...good[0]!];
notOnScale[4] = 'Sometimez';
writeFileSync(CSV, `${[['respondent', 'team', ...items.map((i) => i.id)], ...good, notOnScale, good[1]!.slice(0, 5), ['', '', ...items.map(() => '')]].map((r) => r.join(',')).join('\n')}\n`);

const report = (args: string[]) => runCli(['report', '--detail', 'full', ...args]);

describe('syslead report --lang cy', () => {
  it('writes a text report with Welsh headings, the skipped rows counted in Welsh, and none of the English', async () => {
    const r = await report(['--lang', 'cy', '--format', 'text', '--group-by', 'team', '--min-group', '3', CSV]);
    expect(r.code).toBe(1);
    // Lines wrap where they will: the words are looked for with the line breaks as spaces.
    const text = r.stdout.replace(/\s+/g, ' ');
    for (const words of ['CRYNODEB', 'ATODIAD: YR YSTADEGAU LLAWN', 'GRWPIAU YN ÔL TEAM', 'Cymerodd 6 o bobl ran.', '3 wedi eu hepgor (ateb nad yw ar y raddfa: 1, nifer anghywir o gelloedd: 1, dim atebion: 1)'])
      expect(text).toContain(words);
    expectNoEnglish(r.stdout, 'text');
    // The command's own lines on stderr: the accounting of the rows, its reasons in Welsh.
    expect(r.stderr).toContain(`syslead: ${CSV}: 9 rhes: 6 wedi eu sgorio, 3 wedi eu hepgor (`);
    expect(r.stderr).toContain('ateb nad yw ar y raddfa: 1');
    expect(r.stderr).toContain('nifer anghywir o gelloedd: 1');
    expect(r.stderr).not.toMatch(/answer not on the scale|wrong number of cells|no answers: /);
  });

  it('writes a Markdown report in Welsh', async () => {
    const r = await report(['--lang', 'cy', '--format', 'md', CSV]);
    for (const words of ['## Crynodeb', '**Ymatebwyr:**', 'ateb nad yw ar y raddfa: 1', '| Thema |']) expect(r.stdout).toContain(words);
    expectNoEnglish(r.stdout, 'md');
  });

  it('writes an HTML report whose page is Welsh, the questionnaire texts marked as English', async () => {
    const r = await report(['--lang', 'cy', '--format', 'html', '--group-by', 'team', '--min-group', '3', CSV]);
    const html = r.stdout;
    expect(html).toMatch(/^<!doctype html>\n<html lang="cy">/);
    expect(html).toContain(`<h1>Adroddiad carfan: <span lang="${self.language}">${self.title}</span></h1>`);
    expect(html).toMatch(new RegExp(`<h2 id="f1-t1" lang="${self.language}">`));
    for (const words of ['<h2 id="summary">Crynodeb</h2>', '<h2 id="appendix">Atodiad: yr ystadegau llawn</h2>', 'Y ffigurau fel tabl', 'Sail yr ystadegau.', 'ateb nad yw ar y raddfa: 1', 'Grwpiau yn ôl team'])
      expect(html).toContain(words);
    expectNoEnglish(fromHtml(html), 'html');
  });

  it('keeps JSON in English, byte for byte', async () => {
    const [welsh, english] = await Promise.all([report(['--lang', 'cy', '--format', 'json', CSV]), report(['--lang', 'en', '--format', 'json', CSV])]);
    expect(welsh.stdout).toBe(english.stdout);
    expect(welsh.stdout).toContain('"answer not on the scale": 1');
  });
});

describe('a 360 cohort report in Welsh', () => {
  // The small 360 of `syslead feedback` (tests/fixtures/feedback/README.md): Sam Patel rated by a manager, peers and others.
  const inputs = ['--questionnaires', fixture('feedback/questionnaires'), fixture('feedback/answers')];

  it('heads the 360 view, names the rater groups and the findings, and numbers the subjects in Welsh', async () => {
    for (const format of ['text', 'md', 'html']) {
      const r = await report(['--lang', 'cy', '--format', format, ...inputs]);
      expect(r.code, `${format}: ${r.stderr}`).toBe(0);
      const out = format === 'html' ? fromHtml(r.stdout) : r.stdout;
      expect(out, format).toMatch(/Golwg 360|GOLWG 360/);
      expect(out, format).toContain('Person 1');
      expect(out, format).toContain('Rheolwr');
      expect(out, format).not.toMatch(/Subject \d|Manager|Peers|Direct reports|blind spot|hidden strength/);
      expectNoEnglish(out, `360 ${format}`);
      if (format === 'html') expectNoEnglish(out, '360 view', VIEW_360);
      // The observer form's section holds Welsh words: only its title is marked as English.
      if (format === 'html') expect(r.stdout).toMatch(/<section aria-labelledby="f2">\n<h2 id="f2">Atebwyd hefyd: <span lang="en-GB">/);
      // A figure not computed is named in words, not by the model's id.
      expect(out, format).not.toMatch(/: (alphaIfDropped|alphaStandardized|mean|sd|median): /);
      // Kim Lee has no self-assessment: the model's reason, English in JSON, is said in Welsh.
      expect(out, format).toContain('dim hunanasesiad');
    }
  });

  it('names the subjects with --per-respondent, and keeps JSON English', async () => {
    const named = await report(['--lang', 'cy', '--format', 'html', '--per-respondent', ...inputs]);
    expect(named.stdout).toContain('Sam Patel');
    const [welsh, english] = await Promise.all([report(['--lang', 'cy', '--format', 'json', ...inputs]), report(['--lang', 'en', '--format', 'json', ...inputs])]);
    expect(welsh.stdout).toBe(english.stdout);
    expect(welsh.stdout).toContain('"Subject 1"');
  });
});

describe('a cohort report of a Welsh questionnaire', () => {
  // Answer files of the quick form, as tests/translation/loading.test.ts writes them, read with its Welsh translation (-q ID.LANG).
  const folder = mkdtempSync(join(tmpdir(), 'syslead-cohort-cy-quick-'));
  for (const [i, x] of [2, 3, 4, 5].entries()) {
    const answers = ['sv2', 'sv3', 'sv4', 'sv5', 'of1', 'of3', 'of4', 'of5', 'mp1', 'mt1', 'mr4', 'md2', 'mb5'].map((id, n) => `${id}: ${((x + n) % 5) + 1}`).join(', ');
    writeFileSync(join(folder, `p${i}.yaml`), `questionnaire: systems-leadership-quick\nversion: 1\nanswers: {${answers}}\n`);
  }
  const quick = (args: string[]) => report(['--format', 'html', '-q', 'systems-leadership-quick.cy', ...args, folder]);

  it("speaks Welsh by default, the page in the questionnaire's own tag and no text marked apart", async () => {
    const r = await quick([]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>\n<html lang="cy-GB">/);
    expect(r.stdout).toContain('<h2 id="summary">Crynodeb</h2>');
    expect(r.stdout).not.toMatch(/<(h\d|span|section)[^>]* lang=/);
  });

  it('with --lang en, speaks English and marks the Welsh texts cy-GB', async () => {
    const r = await quick(['--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(r.stdout).toMatch(/<h1>Cohort report: <span lang="cy-GB">[^<]+<\/span><\/h1>/);
    expect(r.stdout).toMatch(/<h2 id="f1-t1" lang="cy-GB">/);
    expect(r.stdout).toContain('<h2 id="summary">Summary</h2>');
  });
});
