import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCohortReport } from '../../src/core/report/cohort-build.js';
import { FormRespondents } from '../../src/core/report/respondents.js';
import { runCli } from '../helpers/cli.js';
import { facts, reportInput, row, twoThemes } from '../helpers/cohort-report.js';

// Every null figure of a report's JSON carries its reason: the object holding it has
// reasons[name]; a figure that is a number has none. Walked over reports of every shape.

/** Nullable fields that are no figure: labels, choices and per-respondent rows (a person's own score, blank when they gave too few answers). */
const NOT_FIGURES = new Set(['title', 'programme', 'date', 'groupBy', 'threeSixty', 'finding', 'respondent', 'subject', 'source', 'group', 'band', 'people']);

/** The places of null figures without a reason, and of reasons given to figures that are not null. */
function unexplained(value: unknown, path = '$', found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v, i) => unexplained(v, `${path}[${i}]`, found));
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const reasons = (record.reasons ?? {}) as Record<string, unknown>;
    for (const [key, v] of Object.entries(record)) {
      if (key === 'reasons' || NOT_FIGURES.has(key)) continue;
      if (v === null && (typeof reasons[key] !== 'string' || reasons[key] === '')) found.push(`${path}.${key}: null without a reason`);
      else unexplained(v, `${path}.${key}`, found);
    }
    for (const key of Object.keys(reasons)) if (record[key] !== null) found.push(`${path}.reasons.${key}: a reason for a figure that is not null`);
  }
  return found;
}

/** How many null figures a report has (so a test of one shows it had some to explain). */
function nulls(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + nulls(v), 0);
  if (value === null || typeof value !== 'object') return 0;
  return Object.entries(value).reduce((n, [key, v]) => n + (v === null && !NOT_FIGURES.has(key) ? 1 : key === 'reasons' ? 0 : nulls(v)), 0);
}

const dir = mkdtempSync(join(tmpdir(), 'syslead-null-reasons-'));
const csv = (name: string, rows: (string | number)[][]) => {
  const file = join(dir, name);
  writeFileSync(file, `${rows.map((r) => r.join(',')).join('\n')}\n`);
  return file;
};
const report = async (args: string[]) => {
  const r = await runCli(['report', '--format', 'json', ...args]);
  expect(r.stderr).not.toContain('error:');
  return JSON.parse(r.stdout) as unknown;
};

describe('every null figure in a report JSON has its reason', () => {
  it('finds a null figure without a reason, and a reason without a null (the walker works)', () => {
    expect(unexplained({ themes: [{ alpha: null, sd: 1, reasons: { sd: 'x' } }] })).toEqual(['$.themes[0].alpha: null without a reason', '$.themes[0].reasons.sd: a reason for a figure that is not null']);
    expect(unexplained({ alpha: null, reasons: { alpha: 'withheld' }, title: null })).toEqual([]);
  });

  const header = ['Name', 'Team', 'a1', 'a2', 'a3'];
  const minimal = ['--questionnaire', 'tests/fixtures/minimal.yaml'];

  it('a small cohort: 2 respondents, one item answered by 1', async () => {
    const json = await report([...minimal, csv('small.csv', [header, ['A', 'x', 1, 2, 3], ['B', 'x', 4, 5, '']])]);
    expect(nulls(json)).toBeGreaterThan(5);
    expect(unexplained(json)).toEqual([]);
  });

  it('groups, one of them small, with --group-by', async () => {
    const teams = ['North', 'North', 'North', 'South', 'South', 'South', 'South', 'East', 'East', 'East', 'East', 'East'];
    const rows = teams.map((team, r) => [`P${r}`, team, 1 + (r % 5), 1 + ((r * 2) % 5), 1 + ((r * 3) % 5)]);
    const json = (await report([...minimal, '--group-by', 'Team', csv('groups.csv', [header, ...rows])])) as { groups: unknown[] };
    expect(json.groups.length).toBeGreaterThan(1);
    expect(nulls(json)).toBeGreaterThan(0);
    expect(unexplained(json)).toEqual([]);
  });

  it('a 360: self, manager, peers, a pooled group and a subject without a self-rating', async () => {
    const F = 'tests/fixtures/feedback';
    const json = (await report(['--questionnaires', `${F}/questionnaires`, `${F}/answers`])) as { subjects: unknown[] };
    expect(json.subjects.length).toBeGreaterThan(1);
    expect(nulls(json)).toBeGreaterThan(0);
    expect(unexplained(json)).toEqual([]);
  });

  it('a pair of items never answered together', async () => {
    const D = 'tests/stats/drop-reference';
    const json = await report(['--questionnaire', `${D}/drops.yaml`, `${D}/responses.csv`]);
    expect(nulls(json)).toBeGreaterThan(0);
    expect(unexplained(json)).toEqual([]);
  });

  it('an item nobody varied on, and a theme nobody scored', async () => {
    const rows = Array.from({ length: 12 }, (_, r) => [`P${r}`, 'x', 3, 1 + (r % 5), '']);
    const json = await report([...minimal, csv('flat.csv', [header, ...rows])]);
    expect(nulls(json)).toBeGreaterThan(0);
    expect(unexplained(json)).toEqual([]);
  });

  it('a theme nobody scored, in the figures and the summary', () => {
    const form = new FormRespondents(twoThemes, { keepNames: false });
    for (let r = 0; r < 12; r++) form.addValues(row(1 + (r % 5), 1 + ((r * 2) % 5), 1 + ((r * 3) % 5), null, null), facts(), 'c.csv', r + 2);
    const json = JSON.parse(JSON.stringify(buildCohortReport(reportInput([form])))) as { summary: { areas: { meanPercent: number | null }[] } };
    expect(json.summary.areas.filter((a) => a.meanPercent === null).length).toBeGreaterThan(0);
    expect(unexplained(json)).toEqual([]);
  });

  it('text, Markdown and HTML show the reason where a withheld figure would be', async () => {
    const file = csv('shown.csv', [header, ['A', 'x', 1, 2, 3], ['B', 'x', 4, 5, 2]]);
    const alpha = 'withheld: fewer than 10 respondents (n = 2)';
    const sd = 'withheld: fewer than 3 respondents (n = 2)';
    for (const format of ['text', 'md', 'html']) {
      const r = await runCli(['report', ...minimal, '--detail', 'full', '--format', format, file]);
      expect(r.code, format).toBe(0);
      expect(r.stdout, format).toContain(alpha);
      expect(r.stdout, format).toContain(sd);
      // Each items table marks its withheld cells and says why beneath: "[1] withheld: ...".
      expect(r.stdout, format).toMatch(/\[1\] withheld: fewer than/);
    }
  });
});
