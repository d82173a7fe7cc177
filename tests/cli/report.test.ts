import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import type { Questionnaire, ScoredItem } from '../../src/core/questionnaire/model.js';
import type { CohortReport, CohortSectionFigures } from '../../src/core/report/cohort.js';
import { cohortReportSchema } from '../../src/core/report/cohort-schema.js';
import { ROOT, runCli } from '../helpers/cli.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'syslead-report-'));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const builtIn = (id: string) => loadQuestionnaire(read(`questionnaires/${id}.yaml`), `${id}.yaml`).questionnaire!;
const self = builtIn('systems-leadership');
const observer = builtIn('systems-leadership-observer');
const scored = (q: Questionnaire) => q.items.filter((i): i is ScoredItem => i.kind === 'likert');
/** Answers that score `x` on every item once keyed (a reverse-keyed item gets 6 - x). */
const answersAt = (q: Questionnaire, x: number) => Object.fromEntries(scored(q).map((i) => [i.id, i.keyed === 'minus' ? 6 - x : x]));
const csvCell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const csv = (rows: string[][]) => `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
/** Parses JSON output and checks it against the report schema. */
/** The warning on stderr for an export of the self form without importance columns, as these are. */
const noImportance = (file: string) =>
  `${file}:1:1: warning: questionnaire "systems-leadership" asks how important each theme is, but no column holds it, so there are no development priorities: name a column "How important is Shared values to your current role?" or "importance:shared-values", or map it with --map FILE\n`;
const json = (stdout: string): CohortReport => cohortReportSchema.parse(JSON.parse(stdout)) as CohortReport;

describe('syslead report: statistics against R psych', () => {
  // reference.json was computed by R psych 2.2.9 from responses.csv (tests/stats/reference/reference.R).
  // min_answered 0 scores a theme from any answered item, as scoreItems(impute = "none") does.
  const dir = tempDir();
  const questionnaire = join(dir, 'reference.yaml');
  writeFileSync(questionnaire, read('tests/stats/reference/reference.yaml').replace('default_scale: five', 'default_scale: five\nscoring: { method: mean, min_answered: 0 }'));
  const reference = JSON.parse(read('tests/stats/reference/reference.json')) as {
    respondents: number;
    scales: {
      id: string;
      items: string[];
      raw_alpha: number;
      std_alpha: number;
      alpha_items: string[];
      r_drop: number[];
      alpha_drop: number[];
      item_n: number[];
      item_mean: number[];
      item_sd: number[];
      score_n: number;
      score_mean: number;
      score_sd: number;
      score_median: number;
      score_min: number;
      score_max: number;
    }[];
  };
  const close = (actual: number | null | undefined, expected: number) => {
    expect(actual).not.toBeNull();
    expect(Math.abs(actual! - expected)).toBeLessThan(1e-9);
  };

  it('matches alpha, r.drop, alpha if dropped, item and score figures to 1e-9 from the CSV, end to end', async () => {
    const r = await runCli(['report', '--detail', 'full', '--questionnaire', questionnaire, '--format', 'json', 'tests/stats/reference/responses.csv']);
    expect(r.code).toBe(0);
    const report = json(r.stdout);
    expect(report.respondents).toEqual({ read: 240, scored: 240, skipped: 0, reasons: {} });
    const groups = new Map<string, CohortSectionFigures>(report.themes.flatMap((t) => [[t.id, t] as const, ...t.facets.map((f) => [f.id, f] as const)]));
    for (const ref of reference.scales) {
      const g = groups.get(ref.id)!;
      close(g.alpha, ref.raw_alpha);
      close(g.alphaStandardized, ref.std_alpha);
      expect(g.items.map((i) => i.id)).toEqual(ref.items);
      g.items.forEach((item, i) => {
        const at = ref.alpha_items.indexOf(item.id);
        if (at < 0) expect([item.rDrop, item.alphaIfDropped]).toEqual([null, null]);
        else {
          close(item.rDrop, ref.r_drop[at]!);
          close(item.alphaIfDropped, ref.alpha_drop[at]!);
        }
        expect(item.n).toBe(ref.item_n[i]);
        close(item.mean, ref.item_mean[i]!);
        close(item.sd, ref.item_sd[i]!);
      });
      expect(g.n).toBe(ref.score_n);
      close(g.mean, ref.score_mean);
      close(g.sd, ref.score_sd);
      close(g.median, ref.score_median);
      close(g.min, ref.score_min);
      close(g.max, ref.score_max);
    }
    expect(report.basis).toMatch(/pairwise-complete/);
  });
});

describe('syslead report: reading survey exports', () => {
  const dir = tempDir();
  const items = scored(self);
  // Five respondents, by item id with numbers; the same answers as labels under a Microsoft Forms header.
  const points = [5, 4, 3, 2, 4].map((x, r) => items.map((_, i) => ((x + i + r) % 5) + 1));
  const byId = join(dir, 'by-id.csv');
  writeFileSync(byId, csv([['respondent', 'team', ...items.map((i) => i.id)], ...points.map((row, r) => [`Person ${r}`, 'North', ...row.map(String)])]));
  const forms = join(dir, 'forms.csv');
  const label = (i: number, point: number) => items[i]!.scale.labels[point - 1]!;
  writeFileSync(
    forms,
    csv([
      ['ID', 'Start time', 'Completion time', 'Email', 'Name', ...items.map((i) => i.text.toUpperCase())],
      ...points.map((row, r) => [String(r + 1), '1/15/24 10:01:02', '1/15/24 10:11:02', `person${r}@example.org`, `Person ${r}`, ...row.map((p, i) => (i % 2 === 0 ? label(i, p) : String(p)))]),
    ]),
  );

  it('matches columns by item text (any case) and reads labels and numbers alike', async () => {
    const [a, b] = await Promise.all([runCli(['report', '--detail', 'full', '--format', 'json', byId]), runCli(['report', '--detail', 'full', '--format', 'json', forms])]);
    expect(a.code).toBe(0);
    expect(b).toMatchObject({ code: 0, stderr: `${noImportance(forms)}syslead: ${forms}: 5 rows: 5 scored, 0 skipped\n` });
    const [ra, rb] = [json(a.stdout), json(b.stdout)];
    expect(rb.questionnaire.id).toBe('systems-leadership');
    expect(rb.respondents).toMatchObject({ read: 5, scored: 5, skipped: 0 });
    expect(rb.themes).toEqual(ra.themes);
  });

  it('names nobody and prints no ID or Email column without --per-respondent, in any format', async () => {
    for (const format of ['text', 'md', 'json', 'csv']) {
      const r = await runCli(['report', '--detail', 'full', '--format', format, forms]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/Person|example\.org|Email/);
    }
  });

  it('reports bad rows with file, line and column and skips them; --strict makes them fatal', async () => {
    const bad = join(dir, 'bad.csv');
    const rows = points.map((row, r) => [`Person ${r}`, 'North', ...row.map(String)]);
    rows[1]![4] = 'Sometimez';
    rows[3] = rows[3]!.slice(0, 10);
    writeFileSync(bad, csv([['respondent', 'team', ...items.map((i) => i.id)], ...rows]));
    const r = await runCli(['report', '--detail', 'full', '--format', 'json', bad]);
    // The report is written, and the exit code says it leaves rows out.
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`syslead: ${bad}: 5 rows: 3 scored, 2 skipped (answer not on the scale: 1, wrong number of cells: 1)\n`);
    expect(r.stderr).toMatch(/syslead: the report leaves out what the 2 errors above skipped \(exit 1; --strict writes no report then\)\n$/);
    expect(r.stderr).toContain(`${bad}:3:5: error: column 5 "${items[2]!.id}": "Sometimez" is not on the scale`);
    expect(r.stderr).toContain(`${bad}:5:11: error: the row has 10 cells but the header has ${items.length + 2}`);
    expect(json(r.stdout).respondents).toEqual({ read: 5, scored: 3, skipped: 2, reasons: { 'answer not on the scale': 1, 'wrong number of cells': 1 } });
    const strict = await runCli(['report', '--detail', 'full', '--strict', bad]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
    expect(strict.stderr).toContain('2 errors in the input: no report with --strict');
  });

  it('reads a CSV or an answer file from stdin, told apart by the content', async () => {
    const fromCsv = await runCli(['report', '--detail', 'full', '--format', 'json', '-'], { input: readFileSync(forms, 'utf8') });
    expect(json(fromCsv.stdout).respondents.scored).toBe(5);
    const answerFile = `questionnaire: systems-leadership\nversion: 1\nanswers:\n${Object.entries(answersAt(self, 4))
      .map(([id, v]) => `  ${id}: ${v}`)
      .join('\n')}\n`;
    const fromYaml = await runCli(['report', '--detail', 'full', '--format', 'json', '-'], { input: answerFile });
    expect(fromYaml.code).toBe(0);
    expect(json(fromYaml.stdout).themes[0]!.mean).toBe(4);
  });

  it('fails on an input that cannot be read at all', async () => {
    const r = await runCli(['report', '--detail', 'full', join(dir, 'missing.csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/missing\.csv: error: cannot read: no such file or folder/);
  });
});

describe('syslead report: groups and the anonymity floor', () => {
  const dir = tempDir();
  const items = scored(self);
  const file = join(dir, 'teams.csv');
  const teams = ['North', 'North', 'North', 'South', 'South', 'East'];
  writeFileSync(file, csv([['Name', 'Team', ...items.map((i) => i.id)], ...teams.map((team, r) => [`Secret Name ${r}`, team, ...Object.values(answersAt(self, 1 + (r % 5))).map(String)])]));

  it('shows groups at the floor and hides "other" when the pooled groups are still under it', async () => {
    const r = await runCli(['report', '--detail', 'full', '--format', 'json', '--group-by', 'team', '--min-group', '4', file]);
    const report = json(r.stdout);
    // North 3, South 2 and East 1 are all under 4; pooled they make 6, shown as other.
    expect(report.groups.map((g) => [g.name, g.n, g.pooled])).toEqual([['other', 6, 3]]);
    const three = json((await runCli(['report', '--detail', 'full', '--format', 'json', '--group-by', 'Team', file])).stdout);
    // Under 3: South 2 + East 1 pool into other of 3.
    expect(three.groups.map((g) => [g.name, g.n])).toEqual([
      ['North', 3],
      ['other', 3],
    ]);
    const seven = json((await runCli(['report', '--detail', 'full', '--format', 'json', '--group-by', 'team', '--min-group', '7', file])).stdout);
    expect(seven.groups).toEqual([]);
    expect(seven.hiddenGroups).toEqual({ groups: 3, respondents: 6 });
  });

  it('says in text and Markdown how many were hidden, naming nobody', async () => {
    for (const format of ['text', 'md']) {
      const r = await runCli(['report', '--detail', 'full', '--format', format, '--group-by', 'team', '--min-group', '3', file.replace('teams', 'teams')]);
      expect(r.stdout).toMatch(/GROUPS BY TEAM|### Groups by team/);
      expect(r.stdout).not.toMatch(/Secret Name|South|East/);
    }
    const hidden = await runCli(['report', '--detail', 'full', '--group-by', 'team', '--min-group', '7', file]);
    expect(hidden.stdout).toContain('3 groups with 6 respondents not shown: fewer than 7 even when pooled.');
  });

  it('warns when nobody has a value in the --group-by column', async () => {
    const r = await runCli(['report', '--detail', 'full', '--format', 'json', '--group-by', 'site', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `${noImportance(file)}syslead: ${file}: 6 rows: 6 scored, 0 skipped\nsyslead: warning: no respondent has a value in "site" (a CSV column, an answer-file attribute, or role): everyone is in the group "(not given)"\n`,
    );
    expect(json(r.stdout).groups.map((g) => [g.name, g.n])).toEqual([['(not given)', 6]]);
  });

  it('rejects a floor or margin that is not a number, as commander words a bad option value', async () => {
    const floor = await runCli(['report', '--detail', 'full', '--min-group', '0', file]);
    expect(floor).toMatchObject({ code: 2, stdout: '' });
    expect(floor.stderr).toBe("error: option '--min-group <n>' argument '0' is invalid. expected a whole number of at least 1\n(run with --help for usage)\n");
    const margin = await runCli(['report', '--detail', 'full', '--margin', 'ten', file]);
    expect(margin).toMatchObject({ code: 2, stdout: '' });
    expect(margin.stderr).toContain("argument 'ten' is invalid. expected a number of percentage points (0 or more)");
  });
});

describe('syslead report: the 360 view with the self and observer forms', () => {
  const dir = tempDir();
  const yaml = (q: Questionnaire, fields: string, x: number) =>
    `questionnaire: ${q.id}\nversion: ${q.version}\n${fields}answers:\n${Object.entries(answersAt(q, x))
      .map(([id, v]) => `  ${id}: ${v}`)
      .join('\n')}\n`;
  // Sam rates every item 5 (100%); the manager 3 (50%); three peers 3 (50%); a direct report 5 (alone: left out).
  writeFileSync(join(dir, 'sam.yaml'), yaml(self, 'respondent: Sam Patel\n', 5));
  writeFileSync(join(dir, 'manager.yaml'), yaml(observer, 'respondent: Rater M\nrole: manager\nsubject: Sam Patel\n', 3));
  const observerItems = scored(observer);
  const peers = join(dir, 'peers.csv');
  writeFileSync(
    peers,
    csv([
      ['Name', 'Relationship', 'Who are you giving feedback to?', ...observerItems.map((i) => i.text)],
      ...['Rater P1', 'Rater P2', 'Rater P3'].map((name) => [name, 'Peer', 'Sam Patel', ...Object.values(answersAt(observer, 3)).map(String)]),
      ['Rater D', 'Direct report', 'Sam Patel', ...Object.values(answersAt(observer, 5)).map(String)],
      // Jo's peers see more than Jo does: a hidden strength.
      ...['Rater Q1', 'Rater Q2', 'Rater Q3'].map((name) => [name, 'peer', 'Jo', ...Object.values(answersAt(observer, 5)).map(String)]),
      ['Jo', 'self', 'Jo', ...Object.values(answersAt(observer, 3)).map(String)],
    ]),
  );

  it('sets self against others by rater group, the manager alone, small groups left out', async () => {
    const r = await runCli(['report', '--detail', 'full', '--format', 'json', '--subject', 'Who are you giving feedback to?', join(dir, 'sam.yaml'), join(dir, 'manager.yaml'), peers]);
    expect(r.code).toBe(0);
    const report = json(r.stdout);
    expect(report.questionnaire.id).toBe('systems-leadership');
    expect(report.otherForms.map((f) => [f.questionnaire.id, f.scored])).toEqual([['systems-leadership-observer', 9]]);
    expect(report.threeSixty).toEqual({ subjectColumn: 'Who are you giving feedback to?', margin: 10, minGroup: 3 });
    // Without --per-respondent the subjects are numbered, not named: Sam is the one with 4 raters.
    expect(report.subjects.map((s) => s.name).sort()).toEqual(['Subject 1', 'Subject 2']);
    const sam = report.subjects.find((s) => s.raters === 4)!;
    expect(sam).toMatchObject({ selfRatings: 1, raters: 4, hiddenRaters: 1 });
    for (const theme of sam.themes) {
      expect(theme).toMatchObject({ self: 100, others: 50, othersN: 4, difference: 50, finding: 'blind-spot' });
      expect(theme.raterGroups).toEqual([
        { role: 'manager', n: 1, percent: 50, reasons: {} },
        { role: 'peer', n: 3, percent: 50, reasons: {} },
      ]);
    }
    const jo = report.subjects.find((s) => s.raters === 3)!;
    expect(jo.themes.map((t) => t.finding)).toEqual(['hidden-strength', 'hidden-strength', 'hidden-strength']);
    expect(r.stdout).not.toMatch(/Rater [A-Z]|Sam Patel|"Jo"/);
  });

  it('shows blind spots and hidden strengths in text and Markdown', async () => {
    const args = ['--subject', 'Who are you giving feedback to?', join(dir, 'sam.yaml'), join(dir, 'manager.yaml'), peers];
    const text = await runCli(['report', '--detail', 'full', ...args]);
    expect(text.stdout).toContain('360 VIEW');
    expect(text.stdout).toMatch(/Shared values\s+self 100%\s+others\s+50% \(4\)\s+\+50\.0\s+blind spot/);
    expect(text.stdout).toMatch(/Shared values\s+self\s+50%\s+others 100% \(3\)\s+−50\.0\s+hidden strength/);
    expect(text.stdout).not.toMatch(/Rater [A-Z]/);
    expect(text.stdout).toContain('Manager 50% (1) · Peers 50% (3)');
    const md = await runCli(['report', '--detail', 'full', '--format', 'md', ...args]);
    expect(md.stdout).toContain('| Theme | Self | Others (n) | Manager | Peers | Difference | Finding |');
    expect(md.stdout).toContain('| Shared values | 100% | 50% (4) | 50% | 50% | +50.0 | **blind spot** |');
    expect(md.stdout).toContain('**hidden strength**');
  });
});

describe('syslead report: output', () => {
  const dir = tempDir();
  const items = scored(self);
  const file = join(dir, 'cohort.csv');
  writeFileSync(
    file,
    csv([
      ['Name', 'Team', ...items.map((i) => i.id)],
      ['=HYPERLINK("http://x")', 'North', ...Object.values(answersAt(self, 4)).map(String)],
      ['Bo, "B"', '+South', ...Object.values(answersAt(self, 2)).map(String)],
    ]),
  );

  it('writes a CSV row per respondent with every theme and facet score and percent, without names by default', async () => {
    const r = await runCli(['report', '--detail', 'full', '--format', 'csv', '--group-by', 'team', '--min-group', '1', file]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\r\n');
    const ids = self.themes.flatMap((t) => [t.id, ...t.facets.map((f) => f.id)]);
    expect(lines[0]).toBe(['questionnaire', 'row', 'role', 'group', ...ids.flatMap((id) => [`${id} score`, `${id} percent`, `${id} band`])].join(','));
    // Without names, rows come in the order of their group, role and figures, not of the file.
    // A cell that a spreadsheet would run as a formula starts with an apostrophe.
    expect(lines[1]!.startsWith("systems-leadership,1,self,'+South,2,25,emerging")).toBe(true);
    expect(lines[2]).toBe(['systems-leadership', '2', 'self', 'North', ...ids.flatMap(() => ['4', '75', 'established'])].join(','));
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(r.stdout).not.toContain('HYPERLINK');
  });

  it('adds names, subjects and sources with --per-respondent, quoted and guarded', async () => {
    const r = await runCli(['report', '--detail', 'full', '--format', 'csv', '--per-respondent', file]);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]!.startsWith('questionnaire,row,respondent,subject,source,role,')).toBe(true);
    expect(lines[1]!.startsWith(`systems-leadership,1,"'=HYPERLINK(""http://x"")",,${file}:2,self,4,75,established`)).toBe(true);
    expect(lines[2]!.startsWith(`systems-leadership,2,"Bo, ""B""",,${file}:3,self,`)).toBe(true);
    const text = await runCli(['report', '--detail', 'full', '--per-respondent', file]);
    expect(text.stdout).toContain('RESPONDENTS');
    expect(text.stdout).toContain('Bo, "B" · Self: Shared values 25% · Outcome focus 25% · Mindset 25%');
    const report = json((await runCli(['report', '--detail', 'full', '--format', 'json', '--per-respondent', file])).stdout);
    expect(report.people![1]).toMatchObject({ respondent: 'Bo, "B"', source: `${file}:3`, row: 2 });
  });

  it('prints a terminal report with bars, band distributions and item tables, 80 columns without a terminal', async () => {
    const r = await runCli(['report', '--detail', 'full', file]);
    expect(r).toMatchObject({ code: 0, stderr: `${noImportance(file)}syslead: ${file}: 2 rows: 2 scored, 0 skipped\n` });
    expect(r.stdout).toContain('Cohort report: Systems leadership: a self-assessment');
    expect(r.stdout).toContain('Respondents: 2 read · 2 scored · 0 skipped');
    expect(r.stdout).toMatch(/Shared values\s+█{10}░{10}\s+50%\s+n 2/);
    expect(r.stdout).toMatch(/Early days\s+1\s+[█▏▎▍▌▋▊▉]+░+\s+50%/);
    expect(r.stdout).toContain("Cronbach's alpha");
    expect(r.stdout).not.toMatch(/\u001b/);
    for (const line of r.stdout.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
  });

  it('writes --out atomically, refusing to replace a file without --force', async () => {
    const out = join(dir, 'report.md');
    const first = await runCli(['report', '--detail', 'full', '--format', 'md', '--out', out, file]);
    expect(first).toMatchObject({ code: 0, stdout: '' });
    expect(first.stderr).toContain(`wrote ${out}`);
    const md = readFileSync(out, 'utf8');
    expect(md).toMatch(/^# Cohort report: Systems leadership: a self-assessment\n/);
    // One of the two respondents in each of two bands: the shares are in text and Markdown alike.
    expect(md).toContain('| Early days | 1 | `█████░░░░░` 50% |');
    // Two respondents: too few for an SD or alpha, each withheld with its reason under the table.
    expect(md).toContain('| Shared values | `██████████░░░░░░░░░░` 50% | 2 | 3.00 | [1] | [2] |');
    expect(md).toContain('[1] withheld: fewer than 3 respondents (n = 2)  \n[2] withheld: fewer than 10 respondents (n = 2)');
    const again = await runCli(['report', '--detail', 'full', '--out', out, file]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists: add --force to replace it');
    expect((await runCli(['report', '--detail', 'full', '--format', 'json', '--out', out, '--force', file])).code).toBe(0);
    expect(json(readFileSync(out, 'utf8')).scored).toBe(2);
    expect(existsSync(`${out}.tmp`)).toBe(false);
  });

  it('escapes Markdown in texts from the input', async () => {
    const marked = join(dir, 'marked.csv');
    writeFileSync(marked, csv([['Team', ...items.map((i) => i.id)], ...[1, 2, 3].map(() => ['*North* <b>', ...Object.values(answersAt(self, 4)).map(String)])]));
    const r = await runCli(['report', '--detail', 'full', '--format', 'md', '--group-by', 'team', marked]);
    expect(r.stdout).toContain('| \\*North\\* \\<b\\> | 3 |');
  });
});
