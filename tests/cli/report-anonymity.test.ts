import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import type { Questionnaire, ScoredItem } from '../../src/core/questionnaire/model.js';
import type { CohortReport } from '../../src/core/report/cohort.js';
import { cohortReportSchema } from '../../src/core/report/cohort-schema.js';
import { ROOT, runCli } from '../helpers/cli.js';

// The cases of issue 12 (item 2), end to end through the built binary.

const builtIn = (id: string) => loadQuestionnaire(readFileSync(join(ROOT, `questionnaires/${id}.yaml`), 'utf8'), `${id}.yaml`).questionnaire!;
const self = builtIn('systems-leadership');
const observer = builtIn('systems-leadership-observer');
const scored = (q: Questionnaire) => q.items.filter((i): i is ScoredItem => i.kind === 'likert');
/** Answers that score `x` on every item once keyed (a reverse-keyed item gets 6 - x). */
const answersAt = (q: Questionnaire, x: number) => scored(q).map((i) => String(i.keyed === 'minus' ? 6 - x : x));
const csv = (rows: string[][]) => `${rows.map((r) => r.join(',')).join('\n')}\n`;
const json = (stdout: string) => cohortReportSchema.parse(JSON.parse(stdout)) as CohortReport;
const FORMATS = ['text', 'md', 'json', 'csv', 'html'];

describe('syslead report: one subject rated by self, a manager, 3 peers and 1 direct report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'syslead-anonymity-'));
  const selfFile = join(dir, 'sam.yaml');
  writeFileSync(
    selfFile,
    `questionnaire: ${self.id}\nversion: ${self.version}\nrespondent: Sam Patel\nanswers:\n${scored(self)
      .map((item, i) => `  ${item.id}: ${answersAt(self, 4)[i]}`)
      .join('\n')}\n`,
  );
  /** The observers' CSV, the direct report answering every item at `x` (100% at 5, 0% at 1). */
  const observers = (x: number) => {
    const file = join(dir, `observers-${x}.csv`);
    const rater = (name: string, role: string, at: number) => [name, role, 'Sam Patel', ...answersAt(observer, at)];
    // Item texts as headers: only the observer form matches them.
    writeFileSync(
      file,
      csv([
        ['Name', 'Role', 'Subject', ...scored(observer).map((i) => `"${i.text.replace(/"/g, '""')}"`)],
        rater('Rater M', 'manager', 3),
        rater('Rater P1', 'peer', 3),
        rater('Rater P2', 'peer', 4),
        rater('Rater P3', 'peer', 2),
        rater('Rater D', 'direct-report', x),
      ]),
    );
    return file;
  };
  const run = (format: string, x: number, extra: string[] = []) => runCli(['report', '--detail', 'full', '--format', format, ...extra, selfFile, observers(x)]);

  it('prints no CSV row for the direct report hidden by the floor, and says so on stderr', async () => {
    const r = await run('csv', 5);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\r\n');
    expect(lines.map((l) => l.split(',')[2])).toEqual(['role', 'self', 'manager', 'peer', 'peer', 'peer']);
    expect(r.stdout).not.toContain('direct-report');
    expect(r.stderr).toContain('syslead: 1 respondent hidden by the anonymity floor has no row');
    // With --per-respondent every row is there, with names.
    expect((await run('csv', 5, ['--per-respondent'])).stdout).toContain('Rater D,Sam Patel');
  });

  it("keeps the direct report out of the observer form's figures: no format changes with their answers", async () => {
    for (const format of FORMATS) {
      const [high, low] = await Promise.all([run(format, 5), run(format, 1)]);
      expect(high.code).toBe(0);
      expect(low.stdout).toBe(high.stdout);
    }
    const form = json((await run('json', 5)).stdout).otherForms[0]!;
    expect(form.questionnaire.id).toBe(observer.id);
    expect(form).toMatchObject({ scored: 5, hidden: { respondents: 1 } });
    expect(form.themes.map((t) => t.n)).toEqual(observer.themes.map(() => 4));
    const text = (await run('text', 5)).stdout;
    expect(text).toContain('1 left out by the anonymity floor');
    expect(text.replace(/\s+/g, ' ')).toContain(
      'These figures leave out 1 respondent hidden by the anonymity floor (in a group or 360 rater group of fewer than 3): with them, taking the other figures shown away could give one back.',
    );
  });

  it('names no subject without --per-respondent, in any format', async () => {
    for (const format of FORMATS) {
      const r = await run(format, 5);
      expect(r.stdout).not.toMatch(/Sam|Patel|Rater [A-Z]/);
    }
    expect((await run('text', 5)).stdout).toContain('Subject 1');
    expect((await run('text', 5, ['--per-respondent'])).stdout).toContain('Sam Patel');
  });

  it('refuses --group-by a column that names people unless --per-respondent is given', async () => {
    // Each group is called by its value: grouped by Subject (or Name, Email, ID), the report
    // would print "Sam Patel" beside a self-rating.
    for (const column of ['Subject', 'subject', 'Name', 'respondent', 'Email', 'E-mail address', 'ID']) {
      const r = await run('csv', 5, ['--group-by', column]);
      expect(r.code, column).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('would name people');
    }
    expect((await run('csv', 5, ['--group-by', 'Subject', '--per-respondent'])).code).toBe(0);
  });
});

describe('syslead report --group-by: the one member of a hidden group', () => {
  const dir = mkdtempSync(join(tmpdir(), 'syslead-anonymity-'));
  const file = (x: number) => {
    const path = join(dir, `teams-${x}.csv`);
    const row = (team: string, at: number) => [team, ...answersAt(self, at)];
    writeFileSync(path, csv([['Team', ...scored(self).map((i) => i.id)], row('North', 2), row('North', 3), row('North', 4), row('East', x)]));
    return path;
  };
  const run = (format: string, x: number) => runCli(['report', '--detail', 'full', '--format', format, '--group-by', 'team', file(x)]);

  it('has no CSV row, blank group or not, and changes no byte of any format with their answers', async () => {
    const r = await run('csv', 5);
    const lines = r.stdout.trimEnd().split('\r\n');
    expect(lines.slice(1).map((l) => l.split(',')[3])).toEqual(['North', 'North', 'North']);
    for (const format of FORMATS) {
      const [high, low] = await Promise.all([run(format, 5), run(format, 1)]);
      expect(low.stdout).toBe(high.stdout);
    }
    const report = json((await run('json', 5)).stdout);
    expect(report.hidden).toEqual({ respondents: 1 });
    expect(report.hiddenGroups).toEqual({ groups: 1, respondents: 1 });
    expect(report.themes[0]!.n).toBe(3);
  });
});
