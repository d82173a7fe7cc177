import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

/**
 * What `report` and `score` say about the rows they read, and the exit codes that follow, on
 * exports laid out as Qualtrics writes them (a Finished flag before the questions: ropensci/qualtRics
 * inst/extdata/sample.csv, its three header rows reduced here to the export tags) and as Microsoft
 * Forms' download looks once saved as CSV (ID, Start time, Completion time, Email, Name, then the
 * statements: survey-exports.md, from public scripts that read Forms downloads).
 */
const minimal = fixture('minimal.yaml');
const dir = mkdtempSync(join(tmpdir(), 'syslead-accounting-'));
let files = 0;
const write = (lines: string[]) => {
  const file = join(dir, `${++files}.csv`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
};
const report = (args: string[]) => runCli(['report', '--format', 'json', '--questionnaire', minimal, ...args]);
const QUALTRICS = 'ResponseId,Finished,a1,a2,a3';

describe('unfinished responses', () => {
  const file = write([QUALTRICS, 'R_1,1,5,1,5', 'R_2,0,4,4,', 'R_3,True,3,3,3', 'R_4,False,2,2,2']);

  it('are left out and counted, with one warning naming their lines; the report is written and the exit code is 1', async () => {
    const r = await report([file]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).respondents).toEqual({ read: 4, scored: 2, skipped: 2, reasons: { 'unfinished response': 2 } });
    expect(r.stderr).toBe(
      `${file}:1:2: warning: 2 unfinished responses left out (lines 3, 5): column 2 "Finished" is 0 or False there; add --include-unfinished to read them\n` +
        `syslead: ${file}: 4 rows: 2 scored, 2 skipped (unfinished response: 2)\n` +
        'syslead: the report leaves out the 2 respondents skipped above (exit 1; --include-unfinished reads unfinished responses)\n',
    );
  });

  it('are read with --include-unfinished', async () => {
    const r = await report(['--include-unfinished', file]);
    expect(r).toMatchObject({ code: 0, stderr: `syslead: ${file}: 4 rows: 4 scored, 0 skipped\n` });
    expect(JSON.parse(r.stdout).themes[0].n).toBe(4);
  });

  it('are a skip that --strict refuses, as it refuses any', async () => {
    const r = await report(['--strict', file]);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toContain('2 respondents left out (see above): no report with --strict');
    expect((await report(['--strict', '--include-unfinished', file])).code).toBe(0);
  });

  it('are left out of score too (the others printed, exit 1), and read by it with --include-unfinished', async () => {
    const scored = await runCli(['score', '--format', 'json', '--questionnaire', minimal, file]);
    expect(scored.code).toBe(1);
    expect((JSON.parse(scored.stdout) as { respondent: string | null }[]).length).toBe(2);
    const all = await runCli(['score', '--format', 'json', '--include-unfinished', '--questionnaire', minimal, file]);
    expect(all.code).toBe(0);
    expect((JSON.parse(all.stdout) as unknown[]).length).toBe(4);
  });
});

describe('rows skipped for problems: the report is written, and the exit code is 1', () => {
  it('says on stderr and in the report what became of every row', async () => {
    const file = write(['Name,a1,a2,a3', 'Sam,5,4,5', 'Jo,9,4,5', 'Ann,,,', 'Bo,3,3,3']);
    const r = await report([file]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).respondents).toEqual({ read: 4, scored: 2, skipped: 2, reasons: { 'answer not on the scale': 1, 'no answers': 1 } });
    expect(r.stderr).toContain(`${file}:4:1: error: the row has no answers, so it is no respondent and is counted as skipped`);
    expect(r.stderr).toContain(`syslead: ${file}: 4 rows: 2 scored, 2 skipped (answer not on the scale: 1, no answers: 1)\n`);
    expect(r.stderr).toMatch(/syslead: the report leaves out what the 2 errors above skipped \(exit 1; --strict writes no report then\)\n$/);
    const strict = await report(['--strict', file]);
    expect(strict).toMatchObject({ code: 1, stdout: '' });
  });

  it('an export whose rows answer no scored item is no "8 read · 8 scored", exit 0', async () => {
    // SurveyMonkey's second header row ("Response" under single questions) is told as a header row; rows that answer nothing score nothing.
    const file = write(['Respondent ID,Name,a1,a2,a3', ',,Response,Response,Response', '1,Sam,,,', '2,Jo,,,']);
    const r = await report([file]);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toContain(`syslead: ${file}: 2 rows: 0 scored, 2 skipped (no answers: 2)\n`);
    expect(r.stderr).toContain('no respondents to report on');
  });

  it('totals the inputs when there are several, answer files among them', async () => {
    const a = write(['Name,a1,a2,a3', 'Sam,5,4,5']);
    const b = write(['Name,a1,a2,a3', 'Jo,x,4,5', 'Bo,3,3,3']);
    const answers = join(dir, 'ann.yaml');
    writeFileSync(answers, 'questionnaire: minimal\nversion: 1\nanswers: { a1: 2, a2: 2 }\n');
    const r = await report([a, b, answers]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`syslead: ${a}: 1 row: 1 scored, 0 skipped\n`);
    expect(r.stderr).toContain(`syslead: ${b}: 2 rows: 1 scored, 1 skipped (answer not on the scale: 1)\n`);
    expect(r.stderr).toContain('syslead: in all 4 respondents: 3 scored, 1 skipped (answer not on the scale: 1)\n');
    expect(JSON.parse(r.stdout)).toMatchObject({ respondents: { read: 4, scored: 3, skipped: 1, reasons: { 'answer not on the scale': 1 } }, tables: [] });
    // With people named, every format says it per file too, under the total; without, only stderr does,
    // as a file's name may name someone.
    const named = JSON.parse((await report(['--per-respondent', a, b, answers])).stdout);
    expect(named.tables).toEqual([
      { file: a, read: 1, scored: 1, skipped: 0, reasons: {} },
      { file: b, read: 2, scored: 1, skipped: 1, reasons: { 'answer not on the scale': 1 } },
    ]);
    // (Wrapped to 80 columns: the temporary folder's name is long.)
    const text = await runCli(['report', '--per-respondent', '--questionnaire', minimal, a, b, answers]);
    expect(text.stdout).toContain(`Respondents: 4 read · 3 scored · 1 skipped (answer not on the scale: 1)\n  ${a}: 1 read · 1 scored · 0 skipped\n  ${b}: 2 read · 1 scored · 1 skipped`);
    const md = await runCli(['report', '--per-respondent', '--format', 'md', '--questionnaire', minimal, a, b, answers]);
    expect(md.stdout).toContain(`- ${a}: 1 read · 1 scored · 0 skipped\n- ${b}: 2 read`);
    const html = await runCli(['report', '--per-respondent', '--format', 'html', '--questionnaire', minimal, a, b, answers]);
    expect(html.stdout).toContain(`${a}: 1 read · 1 scored · 0 skipped`);
    const unnamed = await runCli(['report', '--format', 'html', '--questionnaire', minimal, a, b, answers]);
    expect(unnamed.stdout).not.toContain(a);
  });

  it('gives one file no line of its own in the report: the total is its own', async () => {
    const file = write(['Name,a1,a2,a3', 'Sam,5,4,5']);
    const r = await runCli(['report', '--per-respondent', '--questionnaire', minimal, file]);
    expect(r.stdout).toContain('Respondents: 1 read · 1 scored · 0 skipped\n');
    expect(r.stdout).not.toContain(`${file}:`);
    expect(JSON.parse((await report(['--per-respondent', file])).stdout).tables).toEqual([{ file, read: 1, scored: 1, skipped: 0, reasons: {} }]);
  });
});

describe('a file where no column matches a scored item', () => {
  it('is an error that ends the report, though another input could be read: its rows are never quietly left out', async () => {
    const good = write(['Name,a1,a2,a3', 'Sam,5,4,5']);
    const none = write(['Name,Team', 'Jo,North']);
    const r = await report([good, none]);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toContain(`${none}:1:1: error: no column matches an item of questionnaire "minimal"`);
  });

  it('leaves score with no report on stdout, and score --out-dir writing the others, exit 1 both', async () => {
    const good = write(['Name,a1,a2,a3', 'Sam,5,4,5']);
    const none = write(['Name,Team', 'Jo,North']);
    const score = await runCli(['score', '--questionnaire', minimal, good, none]);
    expect(score).toMatchObject({ code: 1, stdout: '' });
    const out = join(dir, `out-${++files}`);
    const batch = await runCli(['score', '--questionnaire', minimal, '--out-dir', out, good, none]);
    expect(batch.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['index.md', 'sam.txt']);
    expect(readFileSync(join(out, 'index.md'), 'utf8')).toContain(`${none}:1:1: error: no column matches an item`);
  });
});

describe('dates a person report shows', () => {
  const FORMS = 'ID,Start time,Completion time,Email,Name,a1,a2,a3';

  it('shows a date that could be read either way round whole, never cut short', async () => {
    const file = write([FORMS, '1,11/3/25 9:12:00,11/3/25 9:20:00,sam@example.org,Sam,5,4,5']);
    const text = await runCli(['score', '--questionnaire', minimal, file]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('completed 11/3/25 9:20:00');
    const md = await runCli(['score', '--format', 'md', '--questionnaire', minimal, file]);
    expect(md.stdout).toContain('**Completed:** 11/3/25 9:20:00');
    const html = await runCli(['score', '--format', 'html', '--questionnaire', minimal, file]);
    expect(html.stdout).toContain('<dt>Completed</dt><dd>11/3/25 9:20:00</dd>');
  });

  it('reads it in the order the rest of its file shows, for score and score --out-dir alike', async () => {
    const file = write([FORMS, '1,11/3/25 9:12:00,11/3/25 9:20:00,sam@example.org,Sam,5,4,5', '2,11/13/25 10:00:00,11/13/25 10:05:00,jo@example.org,Jo,3,3,3']);
    const json = await runCli(['score', '--format', 'json', '--questionnaire', minimal, file]);
    expect((JSON.parse(json.stdout) as { completed: string }[]).map((r) => r.completed)).toEqual(['2025-11-03T09:20:00', '2025-11-13T10:05:00']);
    const out = join(dir, `out-${++files}`);
    const batch = await runCli(['score', '--format', 'json', '--questionnaire', minimal, '--out-dir', out, file]);
    expect(batch.code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'sam.json'), 'utf8')).completed).toBe('2025-11-03T09:20:00');
  });

  it('shows the day of a date it read, in the time written', async () => {
    const file = write(['Timestamp,Name,a1,a2,a3', '2025/03/04 11:30:00 PM GMT-5,Sam,5,4,5']);
    const r = await runCli(['score', '--questionnaire', minimal, file]);
    expect(r.stdout).toContain('completed 2025-03-04');
  });
});
