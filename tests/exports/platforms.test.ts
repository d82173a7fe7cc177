/**
 * Every survey platform's download, laid out as tests/fixtures/exports/SOURCES.md says each platform
 * writes it, gives the same scores as the same answers written as answer files (the `expected` folder
 * beside it), and says how many rows it read, scored and skipped. Then each silent wrong result of
 * issue 15, as a regression test of the right behaviour.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { csvRows, csvTable } from '../helpers/csv-table.js';
import { xlsxBytes, zipBytes, type Cell } from '../fixtures/exports/xlsx-writer.mjs';

const exportFile = (path: string) => fixture(`exports/${path}`);
/** No anonymity floor: these tests compare every respondent's scores, not what a report may show. */
const NO_FLOOR = ['--min-group', '1'];
const QUICK = ['--questionnaire', 'systems-leadership-quick'];

let scratch = '';
/** Google Forms' "Download responses (.csv)" hands over `<form title>.csv.zip` holding `<form title>.csv`. */
let googleZip = '';
/**
 * The CSV downloads of the platforms that also offer an xlsx of the same layout (SurveyMonkey's
 * "XLS", Qualtrics' "Excel", a Forms workbook), as a workbook: every row, header rows included, a
 * number stored as a number as Excel does.
 */
const workbooks = new Map<string, string>();
const asWorkbook = (csv: string, name: string) => {
  const cell = (text: string): Cell => (/^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text === '' ? null : text);
  const file = join(scratch, name);
  writeFileSync(file, xlsxBytes([{ name: 'Sheet1', rows: csvRows(readFileSync(exportFile(csv), 'utf8')).map((row) => row.map(cell)) }]));
  workbooks.set(csv, file);
};
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'syslead-exports-'));
  asWorkbook('surveymonkey/responses-labels.csv', 'surveymonkey.xlsx');
  asWorkbook('qualtrics/responses-numeric.csv', 'qualtrics.xlsx');
  asWorkbook('microsoft-forms/responses-csv-utf8.csv', 'forms.xlsx');
  googleZip = join(scratch, 'Systems leadership check-in.csv.zip');
  // Stored, not deflated: the archive tests read deflated members; this keeps the other method read too.
  writeFileSync(googleZip, zipBytes([{ name: 'Systems leadership check-in.csv', data: readFileSync(exportFile('google-forms/responses.csv')) }], { store: true }));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Counts {
  read: number;
  scored: number;
  skipped: number;
}

interface ExportCase {
  /** The download, as SOURCES.md names it. */
  name: string;
  input: () => string;
  /** The folder of answer files holding the same answers (an unfinished response has none). */
  expected: string;
  args?: string[];
  counts: Counts;
  code: number;
  /** What the report gives as the reason for the skipped rows. */
  skippedFor?: RegExp;
  /** What stderr must say about the file itself (its encoding, say). */
  note?: RegExp;
}

const FOUR_SCORED = { counts: { read: 4, scored: 4, skipped: 0 }, code: 0 };
/** Chris Lee stopped after two statements: Qualtrics `Finished` 0, LimeSurvey an empty `Date submitted`. */
const ONE_UNFINISHED = { counts: { read: 5, scored: 4, skipped: 1 }, code: 1, skippedFor: /unfinished|not finished|not submitted|incomplete/i };

const SELF_EXPORTS: ExportCase[] = [
  { name: 'Microsoft Forms, saved from Excel as CSV UTF-8', input: () => exportFile('microsoft-forms/responses-csv-utf8.csv'), expected: 'microsoft-forms/expected', ...FOUR_SCORED },
  { name: 'Microsoft Forms, its rows as a workbook (xlsx)', input: () => workbooks.get('microsoft-forms/responses-csv-utf8.csv')!, expected: 'microsoft-forms/expected', ...FOUR_SCORED },
  { name: 'Google Forms, the CSV', input: () => exportFile('google-forms/responses.csv'), expected: 'google-forms/expected', ...FOUR_SCORED },
  { name: 'Google Forms, the zip as downloaded', input: () => googleZip, expected: 'google-forms/expected', ...FOUR_SCORED },
  { name: 'SurveyMonkey, answers as labels', input: () => exportFile('surveymonkey/responses-labels.csv'), expected: 'surveymonkey/expected', ...FOUR_SCORED },
  { name: 'SurveyMonkey, the XLS download (xlsx)', input: () => workbooks.get('surveymonkey/responses-labels.csv')!, expected: 'surveymonkey/expected', ...FOUR_SCORED },
  { name: 'SurveyMonkey, answers as numerical values', input: () => exportFile('surveymonkey/responses-numeric.csv'), expected: 'surveymonkey/expected', ...FOUR_SCORED },
  { name: 'Qualtrics, numeric recodes', input: () => exportFile('qualtrics/responses-numeric.csv'), expected: 'qualtrics/expected', ...ONE_UNFINISHED },
  { name: 'Qualtrics, numeric recodes, as xlsx', input: () => workbooks.get('qualtrics/responses-numeric.csv')!, expected: 'qualtrics/expected', ...ONE_UNFINISHED },
  { name: 'Qualtrics, choice text', input: () => exportFile('qualtrics/responses-choice-text.csv'), expected: 'qualtrics/expected', ...ONE_UNFINISHED },
  { name: 'LimeSurvey, full question text and full answers', input: () => exportFile('limesurvey/responses-full-text.csv'), expected: 'limesurvey/expected', ...ONE_UNFINISHED },
  {
    name: 'LimeSurvey, question codes and answer codes, with --map',
    input: () => exportFile('limesurvey/responses-codes.csv'),
    args: [...QUICK, '--map', exportFile('limesurvey/responses-codes.map.yaml')],
    expected: 'limesurvey/expected',
    ...ONE_UNFINISHED,
  },
  {
    name: 'REDCap, raw, with --map',
    input: () => exportFile('redcap/responses-raw.csv'),
    args: [...QUICK, '--map', exportFile('redcap/responses-raw.map.yaml')],
    expected: 'redcap/expected',
    ...FOUR_SCORED,
  },
  { name: 'REDCap, labels', input: () => exportFile('redcap/responses-labels.csv'), expected: 'redcap/expected', ...FOUR_SCORED },
  { name: 'JISC Online Surveys', input: () => exportFile('jisc-online-surveys/responses.csv'), expected: 'jisc-online-surveys/expected', ...FOUR_SCORED },
  { name: 'SmartSurvey', input: () => exportFile('smartsurvey/responses.csv'), expected: 'smartsurvey/expected', ...FOUR_SCORED },
  { name: 'Excel "CSV (Comma delimited)", Windows-1252', input: () => exportFile('encodings/windows-1252.csv'), expected: 'encodings/expected', ...FOUR_SCORED, note: /Windows-1252/i },
  { name: 'Excel "Unicode Text", UTF-16 and tabs', input: () => exportFile('encodings/utf-16-unicode-text.txt'), expected: 'encodings/expected', ...FOUR_SCORED },
  { name: 'Excel CSV with ";" separators', input: () => exportFile('encodings/semicolon.csv'), expected: 'encodings/expected', ...FOUR_SCORED },
];

const OBSERVER_EXPORTS: ExportCase[] = [
  { name: 'Microsoft Forms observer form, natural wording', input: () => exportFile('microsoft-forms/observer-csv-utf8.csv'), expected: 'microsoft-forms/expected-observer', ...FOUR_SCORED },
  {
    name: "Microsoft Forms observer form, Subject and Relationship with the form's choices",
    input: () => exportFile('microsoft-forms/observer-relationship-csv-utf8.csv'),
    expected: 'microsoft-forms/expected-observer',
    ...FOUR_SCORED,
  },
];

/** Each respondent's row of `report --format csv --per-respondent`, less where it came from, in order of name. */
async function personRows(inputs: string[]): Promise<{ code: number | null; stderr: string; rows: Record<string, string>[] }> {
  const { code, stdout, stderr } = await runCli(['report', '--format', 'csv', '--per-respondent', ...NO_FLOOR, ...inputs]);
  const rows = csvTable(stdout).map(({ row: _row, source: _source, ...scores }) => scores);
  rows.sort((a, b) => (a.respondent ?? '').localeCompare(b.respondent ?? ''));
  return { code, stderr, rows };
}

async function respondentCounts(inputs: string[]): Promise<{ code: number | null; stderr: string; respondents: Counts & { reasons: Record<string, number> } }> {
  const { code, stdout, stderr } = await runCli(['report', '--format', 'json', ...NO_FLOOR, ...inputs]);
  return { code, stderr, respondents: reportOf(stdout, code, stderr).respondents };
}

/** The JSON on stdout; when there is none, a failure that says why, from stderr. */
function reportOf(stdout: string, code: number | null, stderr: string) {
  if (stdout === '') throw new Error(`no report (exit ${code}):\n${stderr}`);
  return JSON.parse(stdout);
}

interface PersonResult {
  respondent: string | null;
  role: string;
  subject: string | null;
  themes: { id: string; score: number | null; percent: number | null; band: string | null; importance: number | null }[];
  texts: unknown;
  priorities: string[];
}

/** What `score --format json` says of each respondent, less where and when the answers were given. */
async function personResults(inputs: string[]): Promise<PersonResult[]> {
  const { code, stdout, stderr } = await runCli(['score', '--format', 'json', ...inputs]);
  const results = (reportOf(stdout, code, stderr) as PersonResult[]).map((r) => ({
    respondent: r.respondent,
    role: r.role,
    subject: r.subject,
    themes: r.themes.map(({ id, score, percent, band, importance }) => ({ id, score, percent, band, importance })),
    texts: r.texts,
    priorities: r.priorities,
  }));
  return results.sort((a, b) => (a.respondent ?? '').localeCompare(b.respondent ?? ''));
}

describe('the answer files the exports are compared with', () => {
  it('score as worked by hand', async () => {
    const { rows } = await personRows([exportFile('google-forms/expected')]);
    const byName = new Map(rows.map((r) => [r.respondent, r]));
    // Sam Patel, shared values: sv2 4, sv3 3, sv4 5, sv5 2 reverse-keyed to 4; mean 16/4 = 4, (4-1)/4 = 75%.
    expect(byName.get('Sam Patel')).toMatchObject({ 'shared-values score': '4', 'shared-values percent': '75', 'shared-values band': 'established' });
    // Alex Morgan, outcome focus: of1 3, of3 2, of4 2, of5 3 reverse-keyed to 3; mean 10/4 = 2.5, 37.5%.
    expect(byName.get('Alex Morgan')).toMatchObject({ 'outcome-focus score': '2.5', 'outcome-focus percent': '37.5', 'outcome-focus band': 'emerging' });
    // Priya Shah skipped of3: of1 4, of4 3, of5 2 reverse-keyed to 4; mean 11/3, (8/3)/4 = 66.67%.
    expect(Number(byName.get('Priya Shah')?.['outcome-focus score'])).toBeCloseTo(11 / 3, 12);
  });
});

describe.each([...SELF_EXPORTS, ...OBSERVER_EXPORTS])('$name', (c) => {
  const inputs = () => [...(c.args ?? []), c.input()];

  it('gives each respondent the scores of their answer file', async () => {
    const fromExport = await personRows(inputs());
    const fromAnswerFiles = await personRows([exportFile(c.expected)]);
    expect(fromAnswerFiles.rows).toHaveLength(c.counts.scored);
    expect(fromExport.rows).toEqual(fromAnswerFiles.rows);
  });

  it('counts every row: read, scored, skipped and why, and the exit code', async () => {
    const { code, stderr, respondents } = await respondentCounts(inputs());
    expect({ read: respondents.read, scored: respondents.scored, skipped: respondents.skipped }).toEqual(c.counts);
    expect(respondents.scored + respondents.skipped).toBe(respondents.read);
    if (c.skippedFor) expect(Object.keys(respondents.reasons).join('\n')).toMatch(c.skippedFor);
    if (c.note) expect(stderr).toMatch(c.note);
    expect(code).toBe(c.code);
  });

  if (c.counts.skipped === 0) {
    it('reads importance, free text and the development priorities as the answer files give them', async () => {
      expect(await personResults(inputs())).toEqual(await personResults([exportFile(c.expected)]));
    });
  }
});

describe('unfinished responses', () => {
  it('are scored with --include-unfinished', async () => {
    const { code, respondents } = await respondentCounts(['--include-unfinished', exportFile('qualtrics/responses-numeric.csv')]);
    expect({ read: respondents.read, scored: respondents.scored, skipped: respondents.skipped }).toEqual({ read: 5, scored: 5, skipped: 0 });
    expect(code).toBe(0);
  });
});

describe('the silent wrong results of issue 15', () => {
  it('SurveyMonkey: the second header row is no respondent, and every respondent has a theme score', async () => {
    const { respondents } = await respondentCounts([exportFile('surveymonkey/responses-labels.csv')]);
    expect(respondents).toMatchObject({ read: 4, scored: 4, skipped: 0 });
    const { rows } = await personRows([exportFile('surveymonkey/responses-labels.csv')]);
    expect(rows.map((r) => r.questionnaire)).toEqual(Array(4).fill('systems-leadership-quick'));
    for (const row of rows) expect(row['shared-values score']).not.toBe('');
  });

  it("observer choices in the form's own words are understood, not skipped", async () => {
    const { code, stderr, respondents } = await respondentCounts([exportFile('microsoft-forms/observer-relationship-csv-utf8.csv')]);
    expect(respondents).toMatchObject({ read: 4, scored: 4, skipped: 0 });
    expect(stderr).not.toMatch(/error/);
    expect(code).toBe(0);
  });

  it('a Google importance grid gives each theme its importance, and so development priorities', async () => {
    const results = await personResults([exportFile('google-forms/responses.csv')]);
    const sam = results.find((r) => r.respondent === 'Sam Patel');
    // Sam Patel: Shared values "Essential", Outcome focus "Very important", Mindset "Moderately important".
    expect(sam?.themes.map((t) => [t.id, t.importance])).toEqual([
      ['shared-values', 5],
      ['outcome-focus', 4],
      ['mindset', 3],
    ]);
    expect(results.some((r) => r.priorities.length > 0)).toBe(true);
  });

  it('natural observer wording gives each rater their role and subject, and a 360 view', async () => {
    const { rows } = await personRows([exportFile('microsoft-forms/observer-csv-utf8.csv')]);
    expect(rows.map((r) => [r.respondent, r.role, r.subject])).toEqual([
      ['Dana Hughes', 'manager', 'Sam Patel'],
      ['Lena Park', 'direct-report', 'Sam Patel'],
      ['Omar Farouk', 'partner', 'Sam Patel'],
      ['Tom Reid', 'peer', 'Sam Patel'],
    ]);
    const { stdout } = await runCli(['report', '--format', 'json', ...NO_FLOOR, exportFile('microsoft-forms/observer-csv-utf8.csv')]);
    expect(JSON.parse(stdout).threeSixty).not.toBeNull();
  });

  it('a Microsoft Forms date is shown whole, never cut to "Completed 11/3/25 9:"', async () => {
    const { code, stdout } = await runCli(['score', '--format', 'md', exportFile('microsoft-forms/one-response-csv-utf8.csv')]);
    expect(code).toBe(0);
    // 11/3/25 is 11 March or 3 November: ambiguous, so it is kept verbatim (issue 15, item 4).
    expect(stdout).toMatch(/\*\*Completed:\*\* 11\/3\/25 9:20:00/);
  });

  it('codes that are not understood are an error that names --map', async () => {
    const { code, stderr } = await runCli(['report', '--format', 'json', ...QUICK, exportFile('limesurvey/responses-codes.csv')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/responses-codes\.csv:\d+:\d+: error: .*--map/);
  });
});
