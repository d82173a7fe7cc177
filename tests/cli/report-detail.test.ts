import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import type { ScoredItem } from '../../src/core/questionnaire/model.js';
import { cohortReportSchema, cohortSummaryReportSchema } from '../../src/core/report/cohort-schema.js';
import { EXIT } from '../../src/errors.js';
import { ROOT, runCli } from '../helpers/cli.js';

const self = loadQuestionnaire(readFileSync(join(ROOT, 'questionnaires/systems-leadership.yaml'), 'utf8'), 'systems-leadership.yaml').questionnaire!;
const items = self.items.filter((i): i is ScoredItem => i.kind === 'likert');
const dir = mkdtempSync(join(tmpdir(), 'syslead-detail-'));
const csv = join(dir, 'cohort.csv');
writeFileSync(csv, `${[items.map((i) => i.id), ...Array.from({ length: 6 }, (_, r) => items.map((_, i) => String(1 + ((r + i) % 5))))].map((r) => r.join(',')).join('\n')}\n`);
const APPENDIX = { text: 'APPENDIX: FULL STATISTICS', md: '## Appendix: full statistics', html: '>Appendix: full statistics</h2>' } as const;
// A figure only the appendix shows: the items' table heading.
const ITEMS = { text: 'r.drop', md: 'r.drop', html: 'r.drop' } as const;

describe('syslead report --detail summary|full', () => {
  it.each(['text', 'md', 'html'] as const)('gives the summary alone in %s by default, saying how to get the rest', async (format) => {
    const r = await runCli(['report', '--format', format, csv]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Summary|SUMMARY/);
    expect(r.stdout).toContain('6 people took part.');
    expect(r.stdout).not.toContain(APPENDIX[format]);
    expect(r.stdout).not.toContain(ITEMS[format]);
    expect(r.stdout).toContain('follow with --detail full');
    // What the figures cannot say, and the caution, are in the summary alone too.
    expect(r.stdout).toContain('What these figures can and cannot say');
    expect(r.stdout).toContain('never to rank, select or appraise people');
  });

  it.each(['text', 'md', 'html'] as const)('puts the full statistics after the summary in %s with --detail full, under one clear heading', async (format) => {
    const r = await runCli(['report', '--format', format, '--detail', 'full', csv]);
    const summary = r.stdout.search(/Summary|SUMMARY/);
    const appendix = r.stdout.indexOf(APPENDIX[format]);
    expect(summary).toBeGreaterThan(0);
    expect(appendix).toBeGreaterThan(summary);
    expect(r.stdout.indexOf(ITEMS[format])).toBeGreaterThan(appendix);
    expect(r.stdout).not.toContain('follow with --detail full');
  });

  it('gives every figure in JSON by default (detail "full"), the summary alone with --detail summary', async () => {
    const full = cohortReportSchema.parse(JSON.parse((await runCli(['report', '--format', 'json', csv])).stdout));
    expect(full.detail).toBe('full');
    expect(full.themes.map((t) => t.id)).toEqual(self.themes.map((t) => t.id));
    const r = await runCli(['report', '--format', 'json', '--detail', 'summary', csv]);
    const json = JSON.parse(r.stdout);
    const summary = cohortSummaryReportSchema.parse(json);
    expect(summary.detail).toBe('summary');
    expect(summary.summary).toEqual(full.summary);
    expect(summary.respondents).toEqual(full.respondents);
    expect(json).not.toHaveProperty('themes');
  });

  it('keeps the CSV whole: --detail summary has no CSV form', async () => {
    expect((await runCli(['report', '--format', 'csv', csv])).code).toBe(0);
    const r = await runCli(['report', '--format', 'csv', '--detail', 'summary', csv]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--detail summary has no CSV form');
  });

  it('refuses a level it does not know', async () => {
    const r = await runCli(['report', '--detail', 'short', csv]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toMatch(/summary, full/);
  });

  it('states the detail in schema/report.schema.json', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema/report.schema.json'), 'utf8'));
    const branches = schema.anyOf as { properties: { detail: { const?: string } } }[];
    expect(branches.map((b) => b.properties.detail.const)).toEqual(['full', 'summary']);
  });
});

describe('syslead report: statements by their text, and their answers as diverging bars', () => {
  // Ids that no statement's text or other word of the report contains (sv1, of2 ... would match "of").
  const ids = items.map((i) => i.id);
  const idPattern = new RegExp(`(?<![\\w-])(${ids.join('|')})(?![\\w-])`);

  it.each(['text', 'md', 'html'] as const)('names every statement by its text in %s, summary and appendix alike, and no item by its id', async (format) => {
    const r = await runCli(['report', '--format', format, '--detail', 'full', csv]);
    for (const item of items) expect(r.stdout).toContain(format === 'md' ? item.text.slice(0, 20) : item.text.slice(0, 20).replace(/'/g, format === 'html' ? '&#39;' : "'"));
    // HTML's element ids (f1-t1-likert-1 ...) are no item's.
    const visible = format === 'html' ? r.stdout.replace(/<[^>]*>/g, ' ') : r.stdout;
    expect(visible).not.toMatch(idPattern);
  });

  it('draws each statement of the appendix as a diverging bar in the terminal, with its n and the scale as a legend', async () => {
    const r = await runCli(['report', '--detail', 'full', csv]);
    const bars = r.stdout.split('\n').filter((line) => /[▓▒░▆█ ]{15}│[▓▒░▆█ ]{15} {2}n 6/.test(line));
    // Every statement once in the appendix, and those with most and least agreement in the summary.
    expect(bars.length).toBeGreaterThanOrEqual(items.length);
    expect(r.stdout).toContain(`▓ ${self.defaultScale.labels[0]}`);
  });

  it('draws them in HTML as SVG bars, each with a table of the answers per point of the scale', async () => {
    const r = await runCli(['report', '--format', 'html', '--detail', 'full', csv]);
    const figures = r.stdout.split('<figure>').filter((f) => f.includes('class="segment"'));
    expect(figures.length).toBeGreaterThan(2);
    for (const f of figures) {
      expect(f).toContain('<table>');
      for (const label of self.defaultScale.labels) expect(f).toContain(`<th scope="col" class="num">${label}</th>`);
    }
  });
});
