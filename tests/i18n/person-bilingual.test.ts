import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PERSON_EN } from '../../src/core/i18n/en/person.js';
import { PERSON_CY } from '../../src/core/i18n/cy/person.js';
import type { Message } from '../../src/core/i18n/message.js';
import { fixture, runCli, scriptIO } from '../helpers/cli.js';
import { printCompletedRun } from '../../src/commands/run-report.js';
import { questionnaireSources } from '../../src/io/questionnaires.js';
import { answersFor, builtIn } from '../browser/fixtures.js';

// Issue 22 item 3: `--lang cy,en` gives each heading and statement of a person report in both
// languages, Welsh first; one language stays as it was. The quick form has a Welsh translation
// (systems-leadership-quick.cy), so its statements come in both; `leading` has none, so only
// syslead's own words are doubled.
const ALEX = fixture('exports/google-forms/expected/alex-morgan.yaml');
const SAM = fixture('score/sam.yaml');
const LEADING = fixture('score');
const score = (args: string[]) => runCli(['score', ...args]);

/** The same answers, read against the Welsh form. */
const WELSH_FORM = ['--questionnaire', 'systems-leadership-quick.cy', ALEX];

const texts = (m: Message) => (typeof m === 'string' ? [m] : Object.values(m));
/** Every English text of the person part (pieces between {places}) of two words or more, unless the Welsh says the same. */
function personEnglish(): string[] {
  const pieces = new Set<string>();
  for (const [key, message] of Object.entries(PERSON_EN) as [keyof typeof PERSON_EN, Message][]) {
    const welsh = texts(PERSON_CY[key]).join('\n');
    for (const text of texts(message))
      for (const piece of text.split(/\{[a-zA-Z]+\}/)) {
        const trimmed = piece.trim();
        if (/\p{L}{2,}[^\p{L}]+\p{L}{2,}/u.test(trimmed) && !welsh.includes(trimmed)) pieces.add(trimmed);
      }
  }
  return [...pieces];
}

/** Where `first` is, checked to come before `second`. */
function inOrder(output: string, first: string, second: string): void {
  const a = output.indexOf(first);
  const b = output.indexOf(second);
  expect(a, first).toBeGreaterThanOrEqual(0);
  expect(b, second).toBeGreaterThan(a);
}

const WELSH_STATEMENT = "Rwy'n cadw fy ymrwymiadau i bartneriaid hyd yn oed pan fydd blaenoriaethau fy sefydliad yn newid.";
const ENGLISH_STATEMENT = "I keep my commitments to partners even when my organisation's priorities shift.";
const plainText = (html: string) =>
  html
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('syslead score --lang cy,en: a bilingual person report', () => {
  it('gives text headings and statements in Welsh, then English', async () => {
    const r = await score([ALEX, '--lang', 'cy,en', '--format', 'text']);
    expect(r.code).toBe(0);
    for (const heading of ['CRYNODEB / SUMMARY', 'Cryfderau / Strengths', 'Meysydd i’w datblygu / Growth edges'.replace('’', "'"), 'Beth allai ei olygu / What it may mean', 'GWERTHOEDD A RENNIR / SHARED VALUES'])
      expect(r.stdout).toContain(heading);
    expect(r.stdout).toContain('Dyddiau cynnar / Early days');
    inOrder(r.stdout, "Rwy'n cadw fy ymrwymiadau", 'I keep my commitments');
    inOrder(r.stdout, 'Offeryn ar gyfer myfyrio', 'This is a tool for reflection');
    inOrder(r.stdout, 'cymedr 2.25', 'mean 2.25');
  });

  it('gives Markdown headings in both and each statement then its translation', async () => {
    const r = await score([ALEX, '--lang', 'cy,en', '--format', 'md']);
    expect(r.code).toBe(0);
    for (const heading of ['## Crynodeb / Summary', '### Cryfderau / Strengths', '## Gwerthoedd a rennir / Shared values', '| Thema / Theme | Sgôr / Score | Band |']) expect(r.stdout).toContain(heading);
    expect(r.stdout).toContain(`- ${WELSH_STATEMENT} (Yn aml)\\\n  ${ENGLISH_STATEMENT} (Often)`);
  });

  it('gives HTML each part in its own lang, the page in Welsh', async () => {
    const r = await score([ALEX, '--lang', 'cy,en', '--format', 'html']);
    expect(r.code).toBe(0);
    const html = r.stdout;
    expect(html).toMatch(/<html lang="cy-GB">/);
    expect(html).toContain('<h3><span lang="cy-GB">Cryfderau</span> / <span lang="en">Strengths</span></h3>');
    expect(html).toContain('<h2 id="p1-t1"><span lang="cy-GB">Gwerthoedd a rennir</span> / <span lang="en-GB">Shared values</span></h2>');
    expect(html).toContain('<p class="caution" lang="en">This is a tool for reflection');
    inOrder(plainText(html), WELSH_STATEMENT, ENGLISH_STATEMENT);
    expect(plainText(html)).toContain(`<span lang="en-GB">${ENGLISH_STATEMENT}</span>`);
  });

  it('scores the same as in one language', async () => {
    const [both, one] = await Promise.all([score([ALEX, '--lang', 'cy,en', '--format', 'md']), score([ALEX, '--format', 'md'])]);
    const percents = (md: string) => [...md.matchAll(/` (\d+%)/g)].map((m) => m[1]);
    expect(percents(both.stdout)).toEqual(percents(one.stdout));
    expect(percents(one.stdout).length).toBeGreaterThan(3);
  });

  it('takes the English of a Welsh form from its source', async () => {
    const r = await score([...WELSH_FORM, '--lang', 'cy,en', '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('GWERTHOEDD A RENNIR / SHARED VALUES');
    inOrder(r.stdout, "Rwy'n cadw fy ymrwymiadau", 'I keep my commitments');
  });

  it('puts English first for --lang en,cy', async () => {
    const r = await score([ALEX, '--lang', 'en,cy', '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('SUMMARY / CRYNODEB');
    expect(r.stdout).toContain('SHARED VALUES / GWERTHOEDD A RENNIR');
    inOrder(r.stdout, 'I keep my commitments', "Rwy'n cadw fy ymrwymiadau");
  });

  it("doubles only syslead's words for a form with no translation", async () => {
    for (const format of ['text', 'md', 'html']) {
      const r = await score(['--questionnaires', LEADING, SAM, '--lang', 'cy,en', '--format', format]);
      expect(r.code, format).toBe(0);
      const out = plainText(r.stdout);
      expect(out, format).toMatch(/Cryfderau(<\/span>)? \/ (<span lang="en[^"]*">)?Strengths/);
      // The form's texts once: no title beside itself.
      const title = /^# (.*)$/m.exec((await score(['--questionnaires', LEADING, SAM, '--format', 'md'])).stdout)![1]!;
      expect(out, format).toContain(title);
      expect(out, format).not.toContain(`${title} / ${title}`);
    }
  });

  it('keeps one language as it was, and JSON in one language', async () => {
    for (const format of ['text', 'md', 'html']) {
      const [asked, plain] = await Promise.all([score([ALEX, '--lang', 'en', '--format', format]), score([ALEX, '--format', format])]);
      expect(asked.stdout, format).toBe(plain.stdout);
      expect(plain.stdout, format).not.toContain('Cryfderau');
    }
    const [both, json] = await Promise.all([score([ALEX, '--lang', 'cy,en', '--format', 'json']), score([ALEX, '--format', 'json'])]);
    expect(both.stdout).toBe(json.stdout);
  });

  it('writes a Welsh report of the Welsh form with none of the English of its words', async () => {
    const english = personEnglish();
    expect(english.length).toBeGreaterThan(10);
    for (const format of ['text', 'md', 'html']) {
      const r = await score([...WELSH_FORM, '--lang', 'cy', '--format', format]);
      expect(r.code, format).toBe(0);
      const out = plainText(r.stdout);
      expect(out, format).toContain('Cryfderau');
      for (const text of english) expect(out, `${format}: ${text}`).not.toContain(text);
    }
  });

  it('writes the index of score --out-dir in both languages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'syslead-bilingual-out-'));
    const r = await score([ALEX, '--lang', 'cy,en', '--format', 'html', '--out-dir', dir]);
    expect(r.code).toBe(0);
    const index = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(index).toMatch(/<html lang="(cy|en)[^"]*">/);
    expect(index).toMatch(/<span lang="cy">Adroddiad<\/span> \/ <span lang="en[^"]*">Report<\/span>/);
    const report = readFileSync(join(dir, 'alex-morgan.html'), 'utf8');
    expect(report).toContain('<span lang="cy-GB">Cryfderau</span> / <span lang="en">Strengths</span>');
  });

  it("writes run's end report in both languages", async () => {
    const questionnaire = builtIn('systems-leadership-quick');
    const { io, stdout } = scriptIO();
    const sources = questionnaireSources([], io.env, () => undefined);
    await printCompletedRun({ questionnaire, answers: answersFor(questionnaire), savedTo: 'answers.yaml', color: false, format: 'text', out: undefined, fileFormat: undefined, languages: ['cy', 'en'], sources }, io);
    const text = stdout.text;
    expect(text).toContain('CRYNODEB / SUMMARY');
    inOrder(text, 'GWERTHOEDD A RENNIR / SHARED VALUES', 'CANOLBWYNTIO AR GANLYNIADAU / OUTCOME FOCUS');
  });
});
