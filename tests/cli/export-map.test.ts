import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import type { ScoredItem } from '../../src/core/questionnaire/model.js';
import { ROOT, runCli } from '../helpers/cli.js';

// The coded exports below follow the layouts in /work/wt/survey-exports.md: LimeSurvey's "Question
// code" headers (CODE[SQ001]) with answer codes A1 ... A5 (application/helpers/admin/export/
// CsvWriter.php), and REDCap's raw export (variable names of letters, digits and _, choice codes,
// here 0 to 4 as a data dictionary's "0, Rarely | 1, Sometimes ..." gives them).

const dir = mkdtempSync(join(tmpdir(), 'syslead-map-'));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const self = loadQuestionnaire(readFileSync(join(ROOT, 'questionnaires/systems-leadership.yaml'), 'utf8'), 'systems-leadership.yaml').questionnaire!;
const items = self.items.filter((i): i is ScoredItem => i.kind === 'likert');
const themes = self.themes.map((t) => t.id);
const FREQUENCY = self.scales.frequency!.labels;
const IMPORTANCE = self.scales.importance!.labels;
const PEOPLE = ['Asha', 'Ben', 'Chloe', 'Dev', 'Ema'];
/** Respondent r's point (1 to 5) for column i, or 0 for a skipped answer. */
const pointOf = (r: number, i: number) => ((r * 7 + i * 3) % 11) % 6;
const csv = (rows: string[][]) => `${rows.map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',')).join('\r\n')}\r\n`;

/** The same answers three ways: labelled with item ids as headers, LimeSurvey codes, REDCap raw 0-based. */
function exports() {
  const labelled = [['Name', ...items.map((i) => i.id), ...themes.map((t) => `importance:${t}`)]];
  const lime = [['Response ID', ...items.map((_, i) => `SL[SQ${String(i + 1).padStart(3, '0')}]`), ...themes.map((_, t) => `IMP[SQ00${t + 1}]`)]];
  const redcap = [['record_id', ...items.map((i) => `sl_${i.id.replaceAll('-', '_')}`), ...themes.map((t) => `imp_${t.replaceAll('-', '_')}`)]];
  PEOPLE.forEach((name, r) => {
    const points = [...items.map((_, i) => pointOf(r, i)), ...themes.map((_, t) => pointOf(r + 1, t + 50))];
    const scale = (i: number) => (i < items.length ? FREQUENCY : IMPORTANCE);
    labelled.push([name, ...points.map((p, i) => (p === 0 ? '' : scale(i)[p - 1]!))]);
    lime.push([name, ...points.map((p) => (p === 0 ? '' : `A${p}`))]);
    redcap.push([name, ...points.map((p) => (p === 0 ? '' : String(p - 1)))]);
  });
  const limeMap = [
    'questionnaire: systems-leadership',
    'columns:',
    '  Response ID: respondent',
    ...lime[0]!.slice(1, items.length + 1).map((header, i) => `  "${header}": ${items[i]!.id}`),
    ...themes.map((t, i) => `  "IMP[SQ00${i + 1}]": importance:${t}`),
    'values: { A1: 1, A2: 2, A3: 3, A4: 4, A5: 5 }',
    '',
  ].join('\n');
  const redcapMap = [
    'columns:',
    '  record_id: respondent',
    ...redcap[0]!.slice(1, items.length + 1).map((header, i) => `  ${header}: ${items[i]!.id}`),
    ...themes.map((t) => `  imp_${t.replaceAll('-', '_')}: importance:${t}`),
    'values: { "0": 1, "1": 2, "2": 3, "3": 4, "4": 5 }',
    '',
  ].join('\n');
  return { labelled: csv(labelled), lime: csv(lime), redcap: csv(redcap), limeMap, redcapMap };
}

describe('report and score --map: a coded export read as the same answers labelled', () => {
  const { labelled, lime, redcap, limeMap, redcapMap } = exports();
  const files = { labelled: write('labelled.csv', labelled), lime: write('lime.csv', lime), redcap: write('redcap.csv', redcap), limeMap: write('lime-map.yaml', limeMap), redcapMap: write('redcap-map.yaml', redcapMap) };

  it('report gives the same scores from LimeSurvey codes and from REDCap raw 0-based codes', async () => {
    const args = ['report', '--format', 'csv', '--per-respondent'];
    const expected = await runCli([...args, files.labelled]);
    expect(expected.code).toBe(0);
    expect(expected.stdout.split('\n')).toHaveLength(PEOPLE.length + 2);
    for (const [input, map] of [
      [files.lime, files.limeMap],
      [files.redcap, files.redcapMap],
    ] as const) {
      const r = await runCli([...args, '--map', map, input]);
      expect(r.stderr).toBe(`syslead: ${input}: ${PEOPLE.length} rows: ${PEOPLE.length} scored, 0 skipped\n`);
      // The source column names the file each row came from.
      expect([r.code, r.stdout.replaceAll(input, files.labelled)]).toEqual([0, expected.stdout]);
    }
  });

  it('report --format json gives the same statistics and answer frequencies', async () => {
    const strip = (stdout: string) => JSON.stringify(JSON.parse(stdout), (key, value: unknown) => (key === 'generated' ? undefined : value));
    const expected = await runCli(['report', '--format', 'json', files.labelled]);
    const r = await runCli(['report', '--format', 'json', '--map', files.limeMap, files.lime]);
    expect(r.code).toBe(0);
    expect(strip(r.stdout)).toEqual(strip(expected.stdout));
  });

  it('score gives each respondent the same result', async () => {
    const expected = await runCli(['score', '--format', 'json', files.labelled]);
    const r = await runCli(['score', '--format', 'json', '--map', files.redcapMap, files.redcap]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(expected.stdout));
  });

  it('feedback gives each leader the same report', async () => {
    const subject = PEOPLE[0]!;
    const expected = await runCli(['feedback', '--format', 'json', '--subject', subject, files.labelled]);
    const r = await runCli(['feedback', '--format', 'json', '--subject', subject, '--map', files.limeMap, files.lime]);
    expect(expected.code).toBe(0);
    expect([r.code, r.stdout]).toEqual([0, expected.stdout]);
  });

  it('without the map, the coded export is not read as answers', async () => {
    const r = await runCli(['report', '--questionnaire', 'systems-leadership', files.lime]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no column matches an item of questionnaire "systems-leadership"');
  });
});

describe('--map problems', () => {
  const header = ['Response ID', 'SL[SQ001]'];
  const input = write('one.csv', csv([header, ['1', 'A3']]));

  it('stops the command at the map, FILE:LINE:COL, before reading any input', async () => {
    const map = write('bad-map.yaml', 'questionnaire: systems-leadership\ncolumns:\n  SL[SQ001]: sv9\nvalues:\n  A3: 7\n');
    const r = await runCli(['report', '--map', map, input]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toEqual([
      `${map}:3:14: error: questionnaire "systems-leadership" has no item "sv9": a column maps to an item id, importance:THEME, respondent, subject, role, started, completed, attribute:NAME or ignore`,
      `${map}:5:3: error: "A3" is mapped to 7, off the scale "frequency" (1 to 5)`,
      `${map}: the map does not fit questionnaire "systems-leadership"`,
      '',
    ]);
  });

  it('an unknown questionnaire named by the map is an error at its line', async () => {
    const map = write('unknown-q.yaml', 'questionnaire: nothing-like-it\n');
    const r = await runCli(['score', '--format', 'json', '--map', map, input]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^${map.replaceAll('.', '\\.')}:1:16: error: unknown questionnaire "nothing-like-it"`));
  });

  it('warns of a mapped column the export does not have, and reads the rest', async () => {
    const map = write('absent.yaml', 'columns:\n  Response ID: respondent\n  SL[SQ001]: sv1\n  SL[SQ002]: of1\nvalues: { A3: 3 }\n');
    // Enough of the shared-values theme answered for it to have a score.
    const sharedValues = ['sv2', 'sv3', 'sv4', 'sv5', 'sv6'];
    const answered = write(
      'shared-values.csv',
      csv([
        [...header, ...sharedValues],
        ['1', 'A3', ...sharedValues.map(() => '3')],
      ]),
    );
    const r = await runCli(['score', '--format', 'json', '--map', map, answered]);
    expect(r.stderr.split('\n')[0]).toBe(`${map}:4:3: warning: column "SL[SQ002]" is not in the header of ${answered}: nothing is read for it`);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ respondent: '1' });
  });

  it('a map whose items the questionnaire chosen for an export lacks stops at that export', async () => {
    const map = write('unfit.yaml', 'columns:\n  SL[SQ001]: sv1\n  Extra: zz9\n');
    const r = await runCli(['report', '--map', map, input]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${map}:3:10: error: questionnaire "systems-leadership" has no item "zz9"`);
  });
});

describe('role values in an observer export', () => {
  const observer = loadQuestionnaire(readFileSync(join(ROOT, 'questionnaires/systems-leadership-observer.yaml'), 'utf8'), 'o.yaml').questionnaire!;
  const observed = observer.items.filter((i): i is ScoredItem => i.kind === 'likert');

  it("reads the form's own wordings of a rater's relation in the rater's direction", async () => {
    const header = ['Name', 'Subject', 'Relationship', ...observed.map((i) => i.text)];
    const roles = ['Line manager', 'Peer in my organisation', 'They manage me', 'Someone in a partner organisation', 'Other'];
    const rows = roles.map((role, r) => [`Rater ${r}`, 'Sam', role, ...observed.map(() => FREQUENCY[r]!)]);
    const input = write('observers.csv', csv([header, ...rows]));
    const r = await runCli(['report', '--format', 'csv', '--per-respondent', '--min-group', '1', input]);
    expect(r.stderr).toBe(`syslead: ${input}: 5 rows: 5 scored, 0 skipped\n`);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    const role = lines[0]!.split(',').indexOf('role');
    expect(lines.slice(1).map((line) => line.split(',')[role])).toEqual(['manager', 'peer', 'direct-report', 'partner', 'other']);
  });

  it('an unknown role names the accepted values and --map; a map reads it', async () => {
    const header = ['Name', 'Subject', 'Relationship', ...observed.map((i) => i.text)];
    const input = write('boss.csv', csv([header, ['Rater', 'Sam', 'My boss', ...observed.map(() => 'Often')]]));
    const r = await runCli(['report', '--format', 'csv', '--per-respondent', input]);
    expect(r.stderr).toContain(
      `${input}:2:3: error: column 3 "Relationship": "My boss" is not a role: use self, manager, peer, direct report, partner, other or a usual wording ("Line manager", "Peer in my organisation", "Someone I manage"), or map it with --map`,
    );
    const map = write('boss-map.yaml', 'roles:\n  My boss: direct-report\n');
    const mapped = await runCli(['report', '--format', 'csv', '--per-respondent', '--min-group', '1', '--map', map, input]);
    expect(mapped.stderr).toBe(`syslead: ${input}: 1 row: 1 scored, 0 skipped\n`);
    expect(mapped.stdout).toContain(',direct-report,');
  });
});
