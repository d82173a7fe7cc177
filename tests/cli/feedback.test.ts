import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedbackReportSchema } from '../../src/core/feedback/schema.js';
import { fixture, runCli } from '../helpers/cli.js';
import { csvRows } from '../helpers/csv-table.js';
import { xlsxBytes } from '../fixtures/exports/xlsx-writer.mjs';

// The cohort of tests/fixtures/feedback (see its README): Sam Patel, Jo Bloggs and Kim Lee.
const QUESTIONNAIRES = fixture('feedback/questionnaires');
const ANSWERS = fixture('feedback/answers');
const tempDir = () => mkdtempSync(join(tmpdir(), 'syslead-feedback-'));
const feedback = (args: string[]) => runCli(['feedback', '--questionnaires', QUESTIONNAIRES, ...args]);
const FORMATS = [
  ['text', '.txt', 'index.md'],
  ['md', '.md', 'index.md'],
  ['json', '.json', 'index.json'],
  ['html', '.html', 'index.html'],
] as const;

describe('syslead feedback --out-dir', () => {
  it.each(FORMATS)('writes a %s report per subject (%s), named as score --out-dir names files, and %s', async (format, extension, index) => {
    const dir = tempDir();
    const result = await feedback(['--format', format, '--out-dir', dir, ANSWERS]);
    expect(result.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([`jo-bloggs${extension}`, index, `kim-lee${extension}`, `sam-patel${extension}`].sort());
    expect(result.stderr).toContain(`wrote 3 reports and ${index} in ${dir}`);
    expect(result.stderr).toContain('2 raters left out by the anonymity floor');
    // The raters left out, their comments included, are in no file.
    for (const file of readdirSync(dir)) expect(readFileSync(join(dir, file), 'utf8')).not.toMatch(/HIDDEN/);
  });

  it('marks a statement worded the other way in words a leader reads (less is better), never "(R)" or "reverse"', async () => {
    for (const [format, extension] of FORMATS.filter(([f]) => f !== 'json')) {
      const dir = tempDir();
      expect((await feedback(['--format', format, '--out-dir', dir, ANSWERS])).code).toBe(0);
      const report = readFileSync(join(dir, `sam-patel${extension}`), 'utf8');
      expect(report, format).toContain('(less is better)');
      expect(report, format).not.toMatch(/\(R\)|reverse/i);
    }
  });

  it('lists each subject with their raters per group, counts only, in the index', async () => {
    const dir = tempDir();
    expect((await feedback(['--format', 'json', '--out-dir', dir, ANSWERS])).code).toBe(0);
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    expect(index.reports).toEqual([
      { file: 'jo-bloggs.json', subject: 'Jo Bloggs', self: 1, groups: [], leftOut: 0 },
      { file: 'kim-lee.json', subject: 'Kim Lee', self: 0, groups: [{ role: 'manager', label: 'Manager', n: 1 }], leftOut: 2 },
      {
        file: 'sam-patel.json',
        subject: 'Sam Patel',
        self: 1,
        groups: [
          { role: 'manager', label: 'Manager', n: 1 },
          { role: 'peer', label: 'Peers', n: 3 },
          { role: 'other', label: 'Other', n: 3 },
        ],
        leftOut: 0,
      },
    ]);
    feedbackReportSchema.parse(JSON.parse(readFileSync(join(dir, 'sam-patel.json'), 'utf8')));
    const md = tempDir();
    await feedback(['--format', 'md', '--out-dir', md, ANSWERS]);
    expect(readFileSync(join(md, 'index.md'), 'utf8')).toContain('| [Sam Patel](sam-patel.md) | Self 1 · Manager 1 · Peers 3 · Other 3 |');
  });

  it('writes HTML as a self-contained page: a chart of the themes, nothing to run or fetch', async () => {
    const dir = tempDir();
    expect((await feedback(['--format', 'html', '--out-dir', dir, ANSWERS])).code).toBe(0);
    const page = readFileSync(join(dir, 'sam-patel.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(page).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\';');
    expect(page).toMatch(/<svg [^>]*role="img"/);
    expect(page).not.toMatch(/<script|<link|<img|src=/i);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain('<a href="sam-patel.html">Sam Patel</a>');
  });

  it('refuses to replace files without --force, and replaces them with it', async () => {
    const dir = tempDir();
    expect((await feedback(['--format', 'md', '--out-dir', dir, ANSWERS])).code).toBe(0);
    const again = await feedback(['--format', 'md', '--out-dir', dir, ANSWERS]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists: add --force');
    expect((await feedback(['--format', 'md', '--out-dir', dir, '--force', ANSWERS])).code).toBe(0);
  });

  it('names files safely and uniquely: any script, no path, the index stem reserved', async () => {
    const inputs = tempDir();
    const answer = (file: string, subject: string) => writeFileSync(join(inputs, file), `questionnaire: coaching\nversion: 1\nrespondent: ${JSON.stringify(subject)}\nanswers: { l1: 3, l2: 3, l3: 3 }\n`);
    answer('a.yaml', '../Zoë: O’Brien');
    answer('b.yaml', 'Index');
    answer('c.yaml', 'CON');
    const dir = tempDir();
    const result = await feedback(['--format', 'md', '--out-dir', dir, inputs]);
    expect(result.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['con_.md', 'index-2.md', 'index.md', 'zoë-o-brien.md']);
  });

  it('writes the other reports and exits 1 when an input has an error, or a respondent names nobody', async () => {
    const inputs = tempDir();
    cpSync(ANSWERS, inputs, { recursive: true });
    writeFileSync(join(inputs, 'broken.yaml'), 'questionnaire: coaching-observer\nversion: 1\nrole: peer\nsubject: Sam Patel\nanswers: { l1: 9 }\n');
    writeFileSync(join(inputs, 'nobody.yaml'), 'questionnaire: coaching-observer\nversion: 1\nrole: peer\nanswers: { l1: 3, l2: 3, l3: 3 }\n');
    const dir = tempDir();
    const result = await feedback(['--format', 'md', '--out-dir', dir, inputs]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/broken\.yaml:\d+:\d+: error: /);
    expect(result.stderr).toContain('1 respondent names nobody they are about');
    expect(readdirSync(dir)).toHaveLength(4);
    expect(readFileSync(join(dir, 'index.md'), 'utf8')).toMatch(/## Errors[\s\S]*broken\.yaml[\s\S]*1 respondent names nobody/);
  });

  it('prints the first 100 problems in full and counts the rest, as report does; the index lists them all', async () => {
    const inputs = tempDir();
    cpSync(ANSWERS, inputs, { recursive: true });
    const bad = Array.from({ length: 103 }, (_, i) => `Rater ${i},peer,Sam Patel,9,3,3,3,3,3\n`).join('');
    writeFileSync(join(inputs, 'peers.csv'), `respondent,role,subject,l1,l2,l3,t1,t2,t3\n${bad}`);
    const dir = tempDir();
    const result = await feedback(['--format', 'md', '--out-dir', dir, inputs]);
    expect(result.code).toBe(1);
    expect(result.stderr.match(/peers\.csv:\d+:\d+: error: /g)).toHaveLength(100);
    expect(result.stderr).toContain('... and 3 more problems not shown');
    expect(readFileSync(join(dir, 'index.md'), 'utf8').match(/peers\.csv:\d+:\d+: error: /g)).toHaveLength(103);
  });
});

describe('syslead feedback --subject', () => {
  it("prints one subject's report on stdout, the name matched ignoring case and spacing", async () => {
    const result = await feedback(['--format', 'md', '--subject', '  SAM   patel ', ANSWERS]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Coaching check, feedback from others\n\n\*\*About:\*\* Sam Patel · \*\*Feedback from:\*\* Self 1 · Manager 1 · Peers 3 · Other 3 \(2 small groups pooled\)/);
  });

  it('leaves out unfinished responses (exit 1), unless --include-unfinished', async () => {
    const dir = tempDir();
    const self = join(dir, 'self.csv');
    writeFileSync(self, 'respondent,Finished,l1,l2,l3,t1,t2,t3\nSam Patel,1,4,4,2,5,5,4\nJo Smith,0,3,3,3,3,3,3\n');
    const left = await feedback(['--format', 'md', '--subject', 'Sam Patel', self]);
    expect(left.code).toBe(1);
    expect(left.stderr).toContain(`syslead: ${self}: 2 rows: 1 scored, 1 skipped (unfinished response: 1)`);
    expect((await feedback(['--format', 'md', '--subject', 'Jo Smith', self])).code).toBe(1);
    const all = await feedback(['--format', 'md', '--subject', 'Jo Smith', '--include-unfinished', self]);
    expect(all.code).toBe(0);
    expect(all.stdout).toContain('Jo Smith');
  });

  it('reads survey exports of both forms, the observers told by their statements', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'self.csv'), 'respondent,role,l1,l2,l3,t1,t2,t3\nSam Patel,self,4,4,2,5,5,4\n');
    const observerHeader =
      'role,subject,They listen to the end before they answer.,They change their plans after hearing from partners.,They interrupt partners to make their point.,They tell partners what they cannot offer.,They share bad news early.,They keep their commitments to partners.,What could they do more of to listen?';
    writeFileSync(join(dir, 'observers.csv'), `${observerHeader}\nmanager,Sam Patel,3,3,3,4,4,4,\npeer,Sam Patel,2,3,4,4,3,5,Listen\npeer,Sam Patel,3,2,3,5,5,5,\npeer,Sam Patel,2,2,5,4,4,3,Ask\n`);
    const result = await feedback(['--format', 'json', '--subject', 'Sam Patel', join(dir, 'self.csv'), join(dir, 'observers.csv')]);
    expect(result.code).toBe(0);
    const report = feedbackReportSchema.parse(JSON.parse(result.stdout));
    expect(report.forms.observer?.id).toBe('coaching-observer');
    expect(report.raters.groups.map((g) => [g.role, g.n])).toEqual([
      ['manager', 1],
      ['peer', 3],
    ]);
    // Listening: manager 50, peers 1100/36 as in the hand-worked answer files.
    expect(report.themes[0]!.others!.percent).toBeCloseTo((50 + 1100 / 12) / 4, 9);
    expect(report.themes[0]!.comments).toEqual([{ prompt: 'What could they do more of to listen?', texts: ['Ask', 'Listen'] }]);
  });

  it('exits 1 for a subject not in the inputs', async () => {
    const result = await feedback(['--subject', 'Nobody', ANSWERS]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no subject called Nobody');
  });
});

describe('syslead feedback usage', () => {
  it.each([
    [[ANSWERS], 'give either --out-dir DIR'],
    [['--subject', 'Sam', '--out-dir', 'x', ANSWERS], 'give either --out-dir DIR'],
    [['--subject', 'Sam', '-', '-'], 'can be given only once'],
    [['--subject', 'Sam', '--format', 'csv', ANSWERS], "argument 'csv' is invalid"],
    [['--subject', 'Sam', '--min-group', '0', ANSWERS], 'expected a whole number of at least 1'],
  ])('exits 2 for %j', async (args, message) => {
    const result = await feedback(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

describe("a coach's whole path: two downloads to a folder of reports", () => {
  it('reads the self form as a Forms CSV and the observer form as a Forms workbook, and writes a report per leader', async () => {
    // The Microsoft Forms fixtures of tests/fixtures/exports (see its SOURCES.md): the quick self form
    // saved as CSV, and the observer form as the workbook Forms downloads.
    const dir = tempDir();
    const observers = join(dir, 'observer-form.xlsx');
    const observerRows = csvRows(readFileSync(fixture('exports/microsoft-forms/observer-csv-utf8.csv'), 'utf8'));
    writeFileSync(observers, xlsxBytes([{ name: 'Form1', rows: observerRows.map((row) => row.map((cell) => (cell === '' ? null : cell))) }]));
    const out = join(dir, 'reports');
    const result = await runCli(['feedback', '--format', 'md', '--out-dir', out, fixture('exports/microsoft-forms/responses-csv-utf8.csv'), observers]);
    expect(result.stderr).toContain(`syslead: ${observers}: 4 rows: 4 scored, 0 skipped`);
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['alex-morgan.md', 'index.md', 'priya-shah.md', 'sam-patel.md', 'siobhán-o-neill.md']);
    const sam = readFileSync(join(out, 'sam-patel.md'), 'utf8');
    // The manager alone; the peer, direct report and partner, each under the floor, pooled as other.
    expect(sam).toMatch(/\*\*Feedback from:\*\* Self 1 · Manager 1 · Other 3/);
    expect(readFileSync(join(out, 'alex-morgan.md'), 'utf8')).toContain('No feedback from others was found');
  });
});
