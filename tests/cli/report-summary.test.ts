import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import type { ScoredItem } from '../../src/core/questionnaire/model.js';
import { cohortReportSchema } from '../../src/core/report/cohort-schema.js';
import { ROOT, runCli } from '../helpers/cli.js';

// A CSV of the built-in self form in the layout syslead reads by item id (README: "CSV survey exports").
const self = loadQuestionnaire(readFileSync(join(ROOT, 'questionnaires/systems-leadership.yaml'), 'utf8'), 'systems-leadership.yaml').questionnaire!;
const items = self.items.filter((i): i is ScoredItem => i.kind === 'likert');
const dir = mkdtempSync(join(tmpdir(), 'syslead-summary-'));
const file = join(dir, 'cohort.csv');
// Fifteen people; person r answers item i with 1 + (r + i) % 5, so items differ in agreement.
const rows = Array.from({ length: 15 }, (_, r) => [`Secret Name ${r}`, ...items.map((_, i) => String(1 + ((r + i * 2) % 5)))]);
writeFileSync(file, `${[['Name', ...items.map((i) => i.id)], ...rows].map((r) => r.join(',')).join('\n')}\n`);
const about = ['--title', 'Cohort 3 review', '--programme', 'Leading Places', '--date', 'November 2026'];

describe('syslead report: the summary first, headed by --title, --programme and --date', () => {
  it('heads text, md and html with the title, programme and date, then the summary, then the appendix, naming nobody', async () => {
    const { summary: model } = cohortReportSchema.parse(JSON.parse((await runCli(['report', '--format', 'json', file])).stdout));
    const statement = model.mostAgreement[0]!.text.slice(0, 15);
    for (const format of ['text', 'md', 'html']) {
      const r = await runCli(['report', '--format', format, '--detail', 'full', ...about, file]);
      expect(r.stdout).toContain('Cohort 3 review');
      expect(r.stdout).toContain('Programme: Leading Places · Date: November 2026');
      const summary = r.stdout.search(/Summary|SUMMARY/);
      const appendix = r.stdout.search(/Appendix|APPENDIX/);
      expect(summary).toBeGreaterThan(0);
      expect(appendix).toBeGreaterThan(summary);
      expect(r.stdout.slice(summary, appendix)).toContain('15 people took part.');
      // Statement text, not ids, in the summary's most-agreement lines.
      expect(r.stdout.slice(summary, appendix)).toContain(statement);
      expect(r.stdout).not.toContain('Secret Name');
    }
  });

  it('gives the same about and summary in the JSON, as the schema describes', async () => {
    const r = await runCli(['report', '--format', 'json', ...about, file]);
    const report = cohortReportSchema.parse(JSON.parse(r.stdout));
    expect(report.about).toEqual({ title: 'Cohort 3 review', programme: 'Leading Places', date: 'November 2026' });
    expect(report.summary.participants.scored).toBe(15);
    expect(report.summary.areas.every((a) => a.n === 15)).toBe(true);
    expect(r.stdout).not.toContain('Secret Name');
  });

  it('says so in one line, with no chart of empty importance, when nobody answered how important a theme is', async () => {
    for (const format of ['text', 'md', 'html']) {
      const r = await runCli(['report', '--format', format, file]);
      expect(r.stdout.replace(/\s+/g, ' '), format).toContain('Nobody answered how important each theme is to their role, so there are no shared development priorities.');
      expect(r.stdout, format).not.toMatch(/importance\s+no score|Importance against score|importance –/);
    }
    const { summary } = cohortReportSchema.parse(JSON.parse((await runCli(['report', '--format', 'json', file])).stdout));
    expect(summary.priorities!.themes.every((t) => t.importancePercent === null && t.reasons.importancePercent === 'nobody answered how important it is')).toBe(true);
    expect(summary.reasons).toEqual({ selfOthers: 'no 360 feedback: nobody was rated by colleagues' });
  });

  it('has no about line without the options, and the title falls back to the questionnaire', async () => {
    const r = await runCli(['report', file]);
    expect(r.stdout).toContain(`Cohort report: ${self.title}`);
    expect(r.stdout).not.toContain('Programme:');
  });
});

describe('syslead report: importance against score, from a survey export', () => {
  it('reads the importance columns the map names into the shared development priorities, each with its n', async () => {
    const themes = self.themes.map((t) => t.id);
    // Everyone rates the first theme Essential (5: 100%) and the rest Not important (1: 0%); one leaves the first blank.
    const header = ['Name', ...items.map((i) => i.id), ...themes.map((t) => `Imp ${t}`)];
    const body = rows.map((r, n) => [...r, ...themes.map((_, t) => (t === 0 ? (n === 0 ? '' : '5') : '1'))]);
    const csv = join(dir, 'importance.csv');
    writeFileSync(csv, `${[header, ...body].map((r) => r.join(',')).join('\n')}\n`);
    const map = join(dir, 'importance-map.yaml');
    writeFileSync(map, `columns:\n${themes.map((t) => `  "Imp ${t}": "importance:${t}"`).join('\n')}\n`);
    const r = await runCli(['report', '--format', 'json', '--map', map, csv]);
    expect(r.code).toBe(0);
    // Nothing about the importance columns (the made-up answers' items may well not cohere: those warnings aside).
    expect(r.stderr.split('\n').filter((line) => line.includes('warning') && !line.includes('probably keyed the wrong way'))).toEqual([]);
    const { summary, themes: figures } = cohortReportSchema.parse(JSON.parse(r.stdout));
    expect(summary.priorities!.themes.map((t) => [t.id, t.importanceN, t.importancePercent])).toEqual(themes.map((id, t) => [id, t === 0 ? 14 : 15, t === 0 ? 100 : 0]));
    // The first theme is the one rated important, and it scores under 100%.
    expect(figures[0]!.meanPercent!).toBeLessThan(100);
    expect(summary.priorities!.shared.map((t) => t.id)).toEqual([themes[0]]);
    const text = await runCli(['report', '--map', map, csv]);
    expect(text.stdout).toContain(`Shared development priorities: ${self.themes[0]!.title} (rated 100% important, n 14; scored`);
  });
});
