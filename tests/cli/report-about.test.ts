import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import type { ScoredItem } from '../../src/core/questionnaire/model.js';
import { cohortReportSchema } from '../../src/core/report/cohort-schema.js';
import { ROOT, runCli } from '../helpers/cli.js';

const self = loadQuestionnaire(readFileSync(join(ROOT, 'questionnaires/systems-leadership.yaml'), 'utf8'), 'systems-leadership.yaml').questionnaire!;
const items = self.items.filter((i): i is ScoredItem => i.kind === 'likert');
const dir = mkdtempSync(join(tmpdir(), 'syslead-about-'));
const csv = join(dir, 'cohort.csv');
writeFileSync(csv, `${[items.map((i) => i.id), ...Array.from({ length: 4 }, (_, r) => items.map((_, i) => String(1 + ((r + i) % 5))))].map((r) => r.join(',')).join('\n')}\n`);
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const aboutOf = async (args: string[]) => {
  const r = await runCli(['report', '--format', 'json', ...args, csv]);
  expect(r.code).toBe(0);
  return cohortReportSchema.parse(JSON.parse(r.stdout)).about;
};

describe('syslead report --about FILE', () => {
  it('heads the report with the title, programme and date of the file', async () => {
    const file = write('about.yaml', 'title: Cohort 3 review\nprogramme: Leading Places\ndate: November 2026\n');
    expect(await aboutOf(['--about', file])).toEqual({ title: 'Cohort 3 review', programme: 'Leading Places', date: 'November 2026' });
    const text = (await runCli(['report', '--about', file, csv])).stdout;
    expect(text.split('\n')[0]).toBe('Cohort 3 review');
    expect(text).toContain('Programme: Leading Places · Date: November 2026');
  });

  it('lets --title, --programme and --date override the file, field by field, and leaves out what neither gives', async () => {
    const file = write('partial.yaml', 'title: From the file\ndate: 2026\n');
    expect(await aboutOf(['--about', file])).toEqual({ title: 'From the file', programme: null, date: '2026' });
    expect(await aboutOf(['--about', file, '--title', 'From the flag', '--programme', 'P'])).toEqual({ title: 'From the flag', programme: 'P', date: '2026' });
  });

  it('refuses an unknown field at its line and column, naming the ones it knows, before reading any input', async () => {
    const file = write('typo.yaml', 'title: T\nprogram: Leading Places\n');
    const r = await runCli(['report', '--about', file, join(dir, 'missing.csv')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/typo\.yaml:2:1: error: unknown field "program"/);
    expect(r.stderr).toContain('programme');
    expect(r.stderr).not.toContain('missing.csv');
  });

  it('refuses a field of the wrong type and an empty file at their places', async () => {
    const wrong = await runCli(['report', '--about', write('list.yaml', 'title:\n  - a\n  - b\n'), csv]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/list\.yaml:2:3: error: title/);
    const empty = await runCli(['report', '--about', write('empty.yaml', ''), csv]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/empty\.yaml:1:1: error: the file is empty/);
  });

  it("neutralises the file's text in the terminal as any text from a file", async () => {
    const file = write('hostile.yaml', 'title: "Evil \\e[31mred\\e]0;pwned\\a"\n');
    const r = await runCli(['report', '--about', file, csv]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).not.toContain('\u0007');
  });

  it('is documented by syslead schema about', async () => {
    const r = await runCli(['schema', 'about']);
    const schema = JSON.parse(r.stdout);
    expect(Object.keys(schema.properties)).toEqual(['$schema', 'title', 'programme', 'date']);
    expect(schema.additionalProperties).toBe(false);
  });
});
