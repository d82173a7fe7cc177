import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEEDBACK_EN } from '../../src/core/i18n/en/feedback.js';
import { FEEDBACK_CY } from '../../src/core/i18n/cy/feedback.js';
import type { Message } from '../../src/core/i18n/message.js';
import { buildCohortReport } from '../../src/core/report/cohort-build.js';
import { FormRespondents } from '../../src/core/report/respondents.js';
import { threeSixtySection } from '../../src/render/cohort-360-html.js';
import { facts, ratedAt, reportInput, twoThemes } from '../helpers/cohort-report.js';
import { fixture, runCli } from '../helpers/cli.js';

// Issue 22: `syslead feedback --lang cy` writes the 360 report's own words in Welsh (a draft for a
// Welsh speaker to review); the questionnaire's texts stay as written, JSON stays English.
const QUESTIONNAIRES = fixture('feedback/questionnaires');
const ANSWERS = fixture('feedback/answers');
const feedback = (args: string[]) => runCli(['feedback', '--questionnaires', QUESTIONNAIRES, ...args]);

const texts = (m: Message) => (typeof m === 'string' ? [m] : Object.values(m));
/** Every English text of the part's keys (pieces between {places}) of two words or more, unless the Welsh says the same. */
function englishOf(keys: (key: string) => boolean): string[] {
  const pieces = new Set<string>();
  for (const [key, message] of Object.entries(FEEDBACK_EN) as [keyof typeof FEEDBACK_EN, Message][]) {
    if (!keys(key)) continue;
    const welsh = texts(FEEDBACK_CY[key]).join('\n');
    for (const text of texts(message))
      for (const piece of text.split(/\{[a-zA-Z]+\}/)) {
        const trimmed = piece.trim();
        if (/\p{L}{2,}[^\p{L}]+\p{L}{2,}/u.test(trimmed) && !welsh.includes(trimmed)) pieces.add(trimmed);
      }
  }
  return [...pieces];
}
const reportKeys = (key: string) => !key.startsWith('feedback.cmd.') && !key.startsWith('feedback.cohort.') && !key.startsWith('feedback.index.');
const expectNoEnglish = (output: string, english: readonly string[], label: string) => {
  for (const text of english) expect(output, `${label}: ${text}`).not.toContain(text);
};

describe('syslead feedback --lang cy', () => {
  const english = englishOf(reportKeys);

  it('writes a text report with Welsh headings and notes, and none of the English', async () => {
    const result = await feedback(['--lang', 'cy', '--format', 'text', '--subject', 'Sam Patel', ANSWERS]);
    expect(result.code).toBe(0);
    for (const words of ['SUT I DDARLLEN YR ADRODDIAD HWN', 'CRYNODEB', 'Y BYLCHAU MWYAF', 'Hunan', 'Pawb arall', 'Cytundeb ymysg eraill', 'CWESTIYNAU AR GYFER Y SGWRS HYFFORDDI', 'adborth gan Hunan 1'])
      expect(result.stdout).toContain(words);
    expectNoEnglish(result.stdout, english, 'text');
  });

  it('writes a Markdown report in Welsh', async () => {
    const result = await feedback(['--lang', 'cy', '--format', 'md', '--subject', 'Sam Patel', ANSWERS]);
    expect(result.code).toBe(0);
    for (const words of ['## Sut i ddarllen yr adroddiad hwn', '## Crynodeb', '**Am:** Sam Patel', '**Adborth gan:**', '### Datganiadau', "(llai sy'n well)", '| Thema | Hunan |']) expect(result.stdout).toContain(words);
    expectNoEnglish(result.stdout, english, 'md');
  });

  it('writes an HTML report whose page is Welsh, the questionnaire texts marked as English', async () => {
    const result = await feedback(['--lang', 'cy', '--format', 'html', '--subject', 'Sam Patel', ANSWERS]);
    expect(result.code).toBe(0);
    const html = result.stdout;
    expect(html).toMatch(/<html lang="cy">/);
    for (const words of ['<h2>Sut i ddarllen yr adroddiad hwn</h2>', '<h2>Crynodeb</h2>', '<dt>Adborth gan</dt>', 'Hunan ac eraill fesul thema', '<h2>Cwestiynau ar gyfer y sgwrs hyfforddi</h2>'])
      expect(html).toContain(words);
    expect(html).toMatch(/<h1 lang="en[^"]*">/);
    expect(html).toMatch(/<section class="theme">\n<h2 lang="en[^"]*">/);
    expectNoEnglish(html.replace(/&#39;/g, "'").replace(/&quot;/g, '"'), english, 'html');
  });

  it('keeps JSON in English, byte for byte', async () => {
    const welsh = await feedback(['--lang', 'cy', '--format', 'json', '--subject', 'Sam Patel', ANSWERS]);
    const plain = await feedback(['--format', 'json', '--subject', 'Sam Patel', ANSWERS]);
    expect(welsh.code).toBe(0);
    expect(welsh.stdout).toBe(plain.stdout);
    expect(welsh.stdout).toContain('Each theme and facet sets your own rating');
    expect(welsh.stdout).not.toContain('presentation');
  });

  it('writes the index of a folder in Welsh, and says what it wrote in Welsh', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'syslead-feedback-cy-'));
    const result = await feedback(['--lang', 'cy', '--format', 'html', '--out-dir', dir, ANSWERS]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`ysgrifennwyd 3 adroddiad ac index.html yn ${dir}`);
    expect(result.stderr).toContain('gadawyd 2 raddiwr allan gan y trothwy anhysbysrwydd');
    const index = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(index).toMatch(/<html lang="cy">/);
    expect(index).toContain('<th scope="col">Adroddiad</th><th scope="col">Adborth gan</th>');
    expect(index).toContain('3 adroddiad');
    expectNoEnglish(
      index,
      englishOf((key) => key.startsWith('feedback.index.')),
      'index',
    );
    const text = await feedback(['--lang', 'cy', '--out-dir', mkdtempSync(join(tmpdir(), 'syslead-feedback-cy-')), ANSWERS]);
    expect(text.code).toBe(0);
  });

  it('says the command line problems in Welsh', async () => {
    const result = await feedback(['--lang', 'cy', ANSWERS]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('rhowch naill ai --out-dir DIR');
    const nobody = await feedback(['--lang', 'cy', '--subject', 'Nobody Here', ANSWERS]);
    expect(nobody.stderr).toContain("does neb o'r enw Nobody Here yn y mewnbynnau");
  });
});

describe("the cohort report's 360 view in Welsh", () => {
  const form = new FormRespondents(twoThemes, { keepNames: false, subjectColumn: 'subject' });
  form.addValues(ratedAt(5), facts({ respondent: 'Sam' }), 'sam.yaml');
  form.addValues(ratedAt(3), facts({ role: 'manager', subject: 'Sam' }), 'c.csv', 2);
  for (const [i, answer] of [4, 2, 4].entries()) form.addValues(ratedAt(answer), facts({ role: 'peer', subject: 'Sam' }), 'c.csv', 3 + i);
  const report = buildCohortReport(reportInput([form], { people: 'named' }));

  it('heads, explains and lists the findings in Welsh', () => {
    const html = threeSixtySection(report, report.threeSixty!, twoThemes.bands, 'cy');
    for (const words of ['<h2 id="view360">Golwg 360</h2>', '<strong>man dall</strong>', '<strong>cryfder cudd</strong>', 'hunan ac eraill fesul thema']) expect(html).toContain(words);
    // The model's reasons are stable English texts, said again in the view's language; here only the view's own words are checked.
    const own = (key: string) => key.startsWith('feedback.cohort.') && !/noSelf|Withheld|noOthers|noGroupRater|subject$/.test(key);
    expectNoEnglish(html.replace(/&#39;/g, "'"), englishOf(own), 'cohort 360');
  });
});
