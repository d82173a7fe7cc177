import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { type CliResult, fixture, runCli, withoutQuestionnaireWarnings } from '../helpers/cli.js';

// run-small: listening = l1 (1-4) and l2 (0-2); sharing = s1 (1-4). Percent of maximum per theme.
const FIXTURES = fixture('');
let home: string;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'syslead-history-'));
});

/** A result as syslead run saves it, under results/run-small/<stamp>.json; returns its path. */
function saveResult(stamp: string, completed: string, answers: Record<string, number | string | null>): string {
  const dir = join(home, 'results', 'run-small');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${stamp}.json`);
  writeFileSync(file, JSON.stringify({ questionnaire: 'run-small', version: 1, role: 'self', completed, answers }));
  return file;
}

/** An empty file where a result should be, as a save that failed in an older syslead left it. */
function emptyResult(stamp: string): string {
  const file = join(home, 'results', 'run-small', `${stamp}.json`);
  mkdirSync(join(home, 'results', 'run-small'), { recursive: true });
  writeFileSync(file, '');
  return file;
}

/** What a command says less run-small.yaml's own warnings (themes of one and two items), which it says once, first. */
const lessFormWarnings = (r: CliResult): CliResult => ({ ...r, stderr: withoutQuestionnaireWarnings(r.stderr, fixture('run-small.yaml')) });
const cli = async (args: string[]) => lessFormWarnings(await runCli([...args, '--questionnaires', FIXTURES], { env: { SYSLEAD_HOME: home, TZ: 'UTC' } }));

describe('syslead history', () => {
  it("lists saved results newest first, with the date and each theme's score and band", async () => {
    const older = saveResult('2026-10-01T09-00-00Z', '2026-10-01T09:00:00Z', { l1: 1, l2: 0, s1: 2 });
    const newer = saveResult('2026-11-25T10-30-00Z', '2026-11-25T10:30:00Z', { l1: 4, l2: 2, s1: 4 });
    const r = await cli(['history']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(
      [
        'A small run (run-small): 2 saved results, newest first',
        '',
        `  25 Nov 2026, 10:30  ${newer}`,
        '    Listening      100%  High',
        '    Sharing        100%  High',
        '',
        `  1 Oct 2026, 09:00  ${older}`,
        '    Listening        0%  Low',
        '    Sharing         33%  Low',
        '',
        '',
      ].join('\n'),
    );
  });

  it('prints JSON with the file, date and theme scores of each result', async () => {
    const file = saveResult('2026-11-25T10-30-00Z', '2026-11-25T10:30:00Z', { l1: 3, l2: 1, s1: null, 's-notes': 'More time' });
    const r = await cli(['history', fixture('run-small.yaml'), '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        questionnaire: 'run-small',
        file,
        completed: '2026-11-25T10:30:00Z',
        themes: [
          { id: 'listening', title: 'Listening', percent: 60, band: 'high' },
          { id: 'sharing', title: 'Sharing', percent: null, band: null },
        ],
      },
    ]);
  });

  it('names a result it cannot read instead of failing the whole list', async () => {
    saveResult('2026-11-25T10-30-00Z', '2026-11-25T10:30:00Z', { l1: 9 });
    const r = await cli(['history']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('answers.l1: 9 is off the scale');
  });

  it('lists an empty result, as a save that failed in an older syslead left, with its reason, and the others as usual', async () => {
    const good = saveResult('2026-10-01T09-00-00Z', '2026-10-01T09:00:00Z', { l1: 4, l2: 2, s1: 4 });
    const empty = emptyResult('2026-11-25T10-30-00Z');
    const text = await cli(['history']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`  date unknown  ${empty}\n    ${empty}:1:1: error: the file is empty`);
    expect(text.stdout).toContain(`  1 Oct 2026, 09:00  ${good}\n    Listening      100%  High`);
    const json = await cli(['history', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject([
      { file: empty, themes: null, problem: expect.stringContaining('the file is empty') },
      { file: good, completed: '2026-10-01T09:00:00Z' },
    ]);
  });

  it('says there is nothing yet, and how to take the self-assessment', async () => {
    const text = await cli(['history']);
    expect(text).toMatchObject({ code: 0, stdout: '' });
    expect(text.stderr).toContain('No saved results');
    expect(text.stderr).toContain('"syslead run"');
    const json = await cli(['history', '--json']);
    expect(JSON.parse(json.stdout)).toEqual([]);
  });
});

describe('syslead compare', () => {
  it('compares the two most recent results by default, as text', async () => {
    saveResult('2026-09-01T09-00-00Z', '2026-09-01T09:00:00Z', { l1: 4, l2: 2, s1: 4 });
    const earlier = saveResult('2026-10-01T09-00-00Z', '2026-10-01T09:00:00Z', { l1: 1, l2: 0, s1: 2 });
    const later = saveResult('2026-11-25T10-30-00Z', '2026-11-25T10:30:00Z', { l1: 3, l2: 2, s1: 2 });
    const r = await cli(['compare', '--questionnaire', 'run-small']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain(`  before  1 Oct 2026, 09:00  ${earlier}`);
    expect(r.stdout).toContain(`  after   25 Nov 2026, 10:30  ${later}`);
    // listening: 0% -> (2 + 2) / 5 = 80%; sharing unchanged at 33%.
    expect(r.stdout).toMatch(/^Listening +0% +80% +▲ +\+80 +large rise \(Low → High\)$/m);
    expect(r.stdout).toMatch(/^Sharing +33% +33% += +0 +no change$/m);
  });

  it('compares two files given, earlier then later, as JSON and Markdown', async () => {
    const a = saveResult('2026-10-01T09-00-00Z', '2026-10-01T09:00:00Z', { l1: 4, l2: 2, s1: 3 });
    const b = saveResult('2026-11-25T10-30-00Z', '2026-11-25T10:30:00Z', { l1: 3, l2: 2, s1: 4 });
    const json = await cli(['compare', a, b, '--format', 'json']);
    expect(json.code).toBe(0);
    const comparison = JSON.parse(json.stdout);
    expect(comparison.before).toEqual({ source: a, completed: '2026-10-01T09:00:00Z' });
    expect(comparison.themes.map((t: { id: string; change: number; direction: string; size: string }) => [t.id, t.change, t.direction, t.size])).toEqual([
      ['listening', -20, 'down', 'large'],
      ['sharing', expect.closeTo(33.333, 3), 'up', 'large'],
    ]);
    const md = await cli(['compare', a, b, '--format', 'md']);
    expect(md.stdout).toContain('| **Listening** | 100% | 80% | -20 | large fall |');
  });

  it('reads one of the two results from stdin, given as -', async () => {
    const a = saveResult('2026-10-01T09-00-00Z', '2026-10-01T09:00:00Z', { l1: 4, l2: 2, s1: 3 });
    const b = saveResult('2026-11-25T10-30-00Z', '2026-11-25T10:30:00Z', { l1: 3, l2: 2, s1: 4 });
    const r = lessFormWarnings(await runCli(['compare', '-', b, '--format', 'json', '--questionnaires', FIXTURES], { env: { SYSLEAD_HOME: home }, input: readFileSync(a, 'utf8') }));
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(r.stdout).before).toEqual({ source: '-', completed: '2026-10-01T09:00:00Z' });
  });

  it('leaves out a saved result that cannot be read, naming it, and compares the two latest that can', async () => {
    const earlier = saveResult('2026-09-01T09-00-00Z', '2026-09-01T09:00:00Z', { l1: 4, l2: 2, s1: 4 });
    const later = saveResult('2026-10-01T09-00-00Z', '2026-10-01T09:00:00Z', { l1: 1, l2: 0, s1: 2 });
    const empty = emptyResult('2026-11-25T10-30-00Z');
    const r = await cli(['compare', '--questionnaire', 'run-small']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`syslead: note: leaving out a saved result that cannot be read: ${empty}:1:1: error: the file is empty: expected answers (questionnaire, version, answers)\n`);
    expect(r.stdout).toContain(`  before  1 Sept 2026, 09:00  ${earlier}`);
    expect(r.stdout).toContain(`  after   1 Oct 2026, 09:00  ${later}`);
  });

  it('names the file that cannot be read when it leaves fewer than two, or is given', async () => {
    const good = saveResult('2026-10-01T09-00-00Z', '2026-10-01T09:00:00Z', { l1: 4, l2: 2, s1: 4 });
    const empty = emptyResult('2026-11-25T10-30-00Z');
    const latest = await cli(['compare', '--questionnaire', 'run-small']);
    expect(latest.code).toBe(1);
    expect(latest.stderr).toContain(`leaving out a saved result that cannot be read: ${empty}:1:1: error: the file is empty`);
    expect(latest.stderr).toContain('compare needs two saved results of "run-small" and there is only one that can be read');
    const given = await cli(['compare', good, empty]);
    expect(given.code).toBe(1);
    expect(given.stderr).toContain(`${empty}:1:1: error: the file is empty`);
  });

  it('needs two saved results, and says so', async () => {
    saveResult('2026-11-25T10-30-00Z', '2026-11-25T10:30:00Z', { l1: 3 });
    const r = await cli(['compare', '--questionnaire', 'run-small']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('compare needs two saved results of "run-small" and there is only one');
  });

  it('takes two files or none: one is a usage error', async () => {
    const r = await cli(['compare', 'only-one.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('compare takes two result files (in either order) or none, got 1');
  });

  it('shows the change from the earlier result to the later one whichever is given first, and says so', async () => {
    const jan = saveResult('2026-01-10T09-00-00Z', '2026-01-10T09:00:00Z', { l1: 1, l2: 0, s1: 2 });
    const jun = saveResult('2026-06-10T09-00-00Z', '2026-06-10T09:00:00+02:00', { l1: 4, l2: 2, s1: 2 });
    const inOrder = await cli(['compare', jan, jun, '--format', 'json']);
    expect(inOrder).toMatchObject({ code: 0, stderr: '' });
    const reversed = await cli(['compare', jun, jan, '--format', 'json']);
    expect(reversed.code).toBe(0);
    expect(reversed.stdout).toBe(inOrder.stdout);
    expect(JSON.parse(reversed.stdout).themes[0]).toMatchObject({ id: 'listening', before: 0, after: 100, direction: 'up' });
    expect(reversed.stderr).toBe(`syslead: note: ${jun} (completed 2026-06-10T09:00:00+02:00) is later than ${jan} (2026-01-10T09:00:00Z): showing the change from ${jan} to ${jun}\n`);
  });

  it('keeps the order given, with a warning, when the dates are the same or missing', async () => {
    const a = saveResult('2026-03-01T09-00-00Z', '2026-03-01T09:00:00Z', { l1: 4, l2: 2, s1: 2 });
    const b = saveResult('2026-03-01T09-00-00Z-2', '2026-03-01T10:00:00+01:00', { l1: 1, l2: 0, s1: 2 });
    const same = await cli(['compare', a, b, '--format', 'json']);
    expect(same.code).toBe(0);
    expect(JSON.parse(same.stdout).before.source).toBe(a);
    expect(same.stderr).toBe(`syslead: warning: ${a} and ${b} were completed at the same time (2026-03-01T09:00:00Z): showing the change from ${a} to ${b}, in the order given\n`);

    const undated = join(home, 'undated.json');
    writeFileSync(undated, JSON.stringify({ questionnaire: 'run-small', version: 1, role: 'self', answers: { l1: 1, l2: 0, s1: 2 } }));
    const missing = await cli(['compare', a, undated, '--format', 'json']);
    expect(missing.code).toBe(0);
    expect(JSON.parse(missing.stdout)).toMatchObject({ before: { source: a }, after: { source: undated, completed: null } });
    expect(missing.stderr).toBe(`syslead: warning: ${undated} has no completion date, so which is earlier is not known: showing the change from ${a} to ${undated}, in the order given\n`);
  });
});
