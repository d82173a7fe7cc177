import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { RESULTS_CY } from '../../src/core/i18n/cy/results.js';
import { RESULTS_EN } from '../../src/core/i18n/en/results.js';
import type { Message } from '../../src/core/i18n/message.js';
import { runCli } from '../helpers/cli.js';

// Issue 22: score, history and list in Welsh (a draft for a Welsh speaker to review); a saved
// result records the languages it was written in (report_languages), which history names and
// score writes the report in again unless --lang or $SYSLEAD_LANG says otherwise.
const ID = 'systems-leadership-quick';
let home: string;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'syslead-results-welsh-'));
});

const cli = (args: string[], env: Record<string, string> = {}) => runCli(args, { env: { SYSLEAD_HOME: home, ...env } });

/** A result as syslead run saves it, under results/<id>/<stamp>.json; returns its path. */
function saveResult(stamp: string, extra: Record<string, unknown> = {}): string {
  const dir = join(home, 'results', ID);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${stamp}.json`);
  const completed = stamp.replace(/T(\d\d)-(\d\d)-(\d\d)Z$/, 'T$1:$2:$3Z');
  writeFileSync(file, JSON.stringify({ questionnaire: ID, version: 1, ...extra, role: 'self', completed, answers: { sv2: 4, sv3: 3, sv4: 5, sv5: 2 } }));
  return file;
}

const texts = (m: Message) => (typeof m === 'string' ? [m] : Object.values(m));
/** Every English text of the results part (pieces between {places}) of two words or more, unless the Welsh says the same. */
function englishOfResults(): string[] {
  const pieces = new Set<string>();
  for (const [key, message] of Object.entries(RESULTS_EN) as [keyof typeof RESULTS_EN, Message][]) {
    const welsh = texts(RESULTS_CY[key]).join('\n');
    for (const text of texts(message))
      for (const piece of text.split(/\{[a-zA-Z]+\}/)) {
        const trimmed = piece.trim();
        if (/\p{L}{2,}[^\p{L}]+\p{L}{2,}/u.test(trimmed) && !welsh.includes(trimmed)) pieces.add(trimmed);
      }
  }
  return [...pieces];
}
const english = englishOfResults();
const expectNoEnglish = (output: string, label: string) => {
  for (const text of english) expect(output, `${label}: ${text}`).not.toContain(text);
};

describe('syslead score of a result in Welsh', () => {
  it('writes the text report in Welsh with --lang cy, none of the English of the results part', async () => {
    const file = saveResult('2026-01-05T09-10-00Z');
    const r = await cli(['score', '--lang', 'cy', file]);
    expect(r.code).toBe(0);
    for (const words of ['CRYNODEB', 'dim sgôr', 'cwblhawyd 2026-01-05']) expect(r.stdout).toContain(words);
    expect(r.stdout).not.toContain('SUMMARY');
    expectNoEnglish(r.stdout + r.stderr, 'text');
  });

  it('writes the Markdown report in Welsh with --lang cy', async () => {
    const file = saveResult('2026-01-05T09-10-00Z');
    const r = await cli(['score', '--lang', 'cy', '--format', 'md', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## Crynodeb');
    expectNoEnglish(r.stdout + r.stderr, 'md');
  });

  it('writes a result recorded in Welsh in Welsh without --lang; --lang en and $SYSLEAD_LANG=en say otherwise', async () => {
    const file = saveResult('2026-01-05T09-10-00Z', { report_languages: ['cy'] });
    const recorded = await cli(['score', file], { LANG: 'en_GB.UTF-8' });
    expect(recorded.code).toBe(0);
    expect(recorded.stdout).toContain('CRYNODEB');
    const html = await cli(['score', '--format', 'html', file]);
    expect(html.stdout).toMatch(/<html lang="cy"/);
    for (const [args, env] of [
      [['--lang', 'en'], {}],
      [[], { SYSLEAD_LANG: 'en' }],
    ] as const) {
      const r = await cli(['score', ...args, file], env);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('SUMMARY');
      expect(r.stdout).not.toContain('CRYNODEB');
    }
  });

  it('writes a result recorded in English in English, whatever its form; one recording none in the language of its form', async () => {
    const recorded = saveResult('2026-01-05T09-10-00Z', { language: 'cy-GB', report_languages: ['en'] });
    const welshForm = saveResult('2026-01-06T09-10-00Z', { language: 'cy-GB' });
    const none = saveResult('2026-01-07T09-10-00Z');
    expect((await cli(['score', recorded], { LANG: 'cy_GB.UTF-8' })).stdout).toContain('SUMMARY');
    expect((await cli(['score', welshForm])).stdout).toContain('CRYNODEB');
    // The questionnaire's language comes before the locale's, as for run.
    expect((await cli(['score', none], { LANG: 'cy_GB.UTF-8' })).stdout).toContain('SUMMARY');
  });

  it('writes each report of a folder in the language its result records', async () => {
    saveResult('2026-01-05T09-10-00Z', { report_languages: ['cy'] });
    saveResult('2026-01-06T09-10-00Z', { report_languages: ['en'] });
    const out = join(home, 'out');
    const r = await cli(['score', '--out-dir', out, '--format', 'md', join(home, 'results', ID)]);
    expect(r.code).toBe(0);
    const { readdirSync, readFileSync } = await import('node:fs');
    const reports = readdirSync(out)
      .filter((name) => name !== 'index.md')
      .map((name) => readFileSync(join(out, name), 'utf8'));
    expect(reports.filter((text) => text.includes('## Crynodeb'))).toHaveLength(1);
    expect(reports.filter((text) => text.includes('## Summary'))).toHaveLength(1);
  });
});

describe('syslead history in Welsh', () => {
  it('names the language of each result that records one, in Welsh with --lang cy, none of the English', async () => {
    saveResult('2026-01-05T09-10-00Z', { report_languages: ['cy'] });
    saveResult('2026-01-06T09-10-00Z', { report_languages: ['cy', 'en'] });
    saveResult('2026-01-07T09-10-00Z', { language: 'cy-GB' });
    saveResult('2026-01-04T09-10-00Z');
    const r = await cli(['history', '--lang', 'cy']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter((line) => /^ {2}\d/.test(line));
    expect(lines).toEqual([
      expect.stringMatching(/^ {2}7 Ion 2026, 09:10 {2}yn Gymraeg {2}\//),
      expect.stringMatching(/^ {2}6 Ion 2026, 09:10 {2}yn Gymraeg a Saesneg {2}\//),
      expect.stringMatching(/^ {2}5 Ion 2026, 09:10 {2}yn Gymraeg {2}\//),
      expect.stringMatching(/^ {2}4 Ion 2026, 09:10 {2}\//),
    ]);
    expect(r.stdout).toContain("4 canlyniad wedi'u cadw, y diweddaraf yn gyntaf");
    expectNoEnglish(r.stdout + r.stderr, 'history');
  });

  it('names them in English too, and gives them in the JSON', async () => {
    saveResult('2026-01-05T09-10-00Z', { report_languages: ['cy'] });
    saveResult('2026-01-06T09-10-00Z', { report_languages: ['en', 'cy'] });
    saveResult('2026-01-07T09-10-00Z', { language: 'cy-GB', report_languages: ['de'] });
    saveResult('2026-01-04T09-10-00Z');
    const r = await cli(['history']);
    const lines = r.stdout.split('\n').filter((line) => /^ {2}\d/.test(line));
    expect(lines.map((line) => line.replace(/ {2}\/.*$/, ''))).toEqual(['  7 Jan 2026, 09:10  in de', '  6 Jan 2026, 09:10  in English and Welsh', '  5 Jan 2026, 09:10  in Welsh', '  4 Jan 2026, 09:10']);
    const json = JSON.parse((await cli(['history', '--json'])).stdout) as { completed: string; language?: string; reportLanguages?: string[] }[];
    expect(json.map(({ completed, language, reportLanguages }) => [completed, language, reportLanguages])).toEqual([
      ['2026-01-07T09:10:00Z', 'cy-GB', ['de']],
      ['2026-01-06T09:10:00Z', undefined, ['en', 'cy']],
      ['2026-01-05T09:10:00Z', undefined, ['cy']],
      ['2026-01-04T09:10:00Z', undefined, undefined],
    ]);
    expect(Object.keys(json[3]!)).toEqual(['questionnaire', 'file', 'completed', 'themes']);
  });

  it('says there are none in Welsh', async () => {
    const r = await cli(['history', '--lang', 'cy']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Does dim canlyniadau');
    expectNoEnglish(r.stderr, 'history none');
  });
});

describe('syslead list in Welsh', () => {
  it('heads its columns in Welsh, none of the English', async () => {
    const r = await cli(['list', '--lang', 'cy']);
    expect(r.code).toBe(0);
    for (const words of ['TEITL', 'adeiledig']) expect(r.stdout).toContain(words);
    expectNoEnglish(r.stdout + r.stderr, 'list');
  });
});
