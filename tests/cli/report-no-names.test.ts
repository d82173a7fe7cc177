import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import type { ScoredItem } from '../../src/core/questionnaire/model.js';
import { COHORT_FORMATS } from '../../src/cli/commands/formats.js';
import { DETAILS } from '../../src/core/report/cohort.js';
import { ROOT, runCli } from '../helpers/cli.js';

const self = loadQuestionnaire(readFileSync(join(ROOT, 'questionnaires/systems-leadership.yaml'), 'utf8'), 'systems-leadership.yaml').questionnaire!;
const items = self.items.filter((i): i is ScoredItem => i.kind === 'likert');
const dir = mkdtempSync(join(tmpdir(), 'syslead-no-names-'));
const csv = join(dir, 'cohort.csv');
// Fifteen people, named, in named teams, rating how important each theme is; Secretname Zero is rated by a manager and three peers.
const themes = self.themes.map((t) => t.id);
const header = ['Name', 'subject', 'role', 'team', ...items.map((i) => i.id), ...themes.map((t) => `Imp ${t}`)];
const person = (name: string, subject: string, role: string, r: number) => [
  name,
  subject,
  role,
  r % 2 ? 'North' : 'South',
  ...items.map((_, i) => String(1 + ((r + i * 2) % 5))),
  ...themes.map((_, t) => String(1 + ((r + t) % 5))),
];
const rows = [
  ...Array.from({ length: 15 }, (_, r) => person(`Secretname ${['Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve', 'Thirteen', 'Fourteen'][r]}`, '', 'self', r)),
  ...['manager', 'peer', 'peer', 'peer'].map((role, r) => person(`Secretrater ${r}`, 'Secretname Zero', role, r + 3)),
];
writeFileSync(csv, `${[header, ...rows].map((r) => r.join(',')).join('\n')}\n`);
const map = join(dir, 'map.yaml');
writeFileSync(map, `columns:\n${themes.map((t) => `  "Imp ${t}": "importance:${t}"`).join('\n')}\n`);

describe('syslead report names nobody without --per-respondent', () => {
  const cases = COHORT_FORMATS.flatMap((format) => DETAILS.filter((detail) => !(format === 'csv' && detail === 'summary')).map((detail) => [format, detail] as const));

  it.each(cases)('in %s with --detail %s, the summary, the 360 and every figure of it', async (format, detail) => {
    const r = await runCli(['report', '--format', format, '--detail', detail, '--map', map, '--group-by', 'team', csv]);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(500);
    expect(r.stdout).not.toMatch(/Secret/i);
    expect(r.stdout).not.toContain(csv);
  });

  it('has a 360 and the importance to name them from: with --per-respondent the names are there', async () => {
    const r = await runCli(['report', '--format', 'json', '--per-respondent', '--map', map, csv]);
    const report = JSON.parse(r.stdout);
    expect(report.summary.selfOthers.themes[0].subjects).toBe(1);
    expect(report.summary.priorities.themes[0].importanceN).toBe(15);
    expect(r.stdout).toContain('Secretname Zero');
  });
});
