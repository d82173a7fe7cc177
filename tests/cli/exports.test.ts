// Platforms' downloads read as downloaded: a Microsoft Forms xlsx, a Google Forms zip, a workbook
// on stdin, in a folder beside Excel's lock file, and the Office files syslead refuses. Layouts:
// tests/fixtures/exports/README.md.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Cell, xlsxBytes, zipBytes } from '../fixtures/exports/xlsx-writer.mjs';
import { ROOT, runCli, withoutAllScoredLines as allScoredLess, withoutQuestionnaireWarnings } from '../helpers/cli.js';

const survey = join(ROOT, 'tests/csv/survey.yaml');
/** stderr less each CSV's all-scored line and survey.yaml's own warnings (two themes of two items, no reflections), said once first. */
const withoutAllScoredLines = (stderr: string) => allScoredLess(withoutQuestionnaireWarnings(stderr, survey));
const dir = mkdtempSync(join(tmpdir(), 'syslead-exports-'));
const write = (name: string, content: string | Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};

/** Microsoft Forms' columns, then one per statement (its text alone), answers as labels. */
const header = [
  'ID',
  'Start time',
  'Completion time',
  'Email',
  'Name',
  'I talk about the values we share with partners.',
  'I put my organisation’s interests first, then the system’s.',
  'What helps you hold to shared values?',
  'I ask people who use services what matters to them.',
  'I judge success by outcomes, not activity.',
  'How important is Shared values to your current role?',
  'How important is Outcomes for people to your current role?',
];
const at = (day: number, hour: number, minute: number) => new Date(Date.UTC(2025, 10, day, hour, minute));
const responses: Cell[][] = [
  [1, at(3, 9, 12), at(3, 9, 20), 'asha@example.org', 'Asha Patel', 'Often', 'Rarely', 'Talking, early, with partners', 'Usually', 'Almost always', 'Essential', 'Very important'],
  [2, at(3, 10, 1), at(3, 10, 9), 'ben@example.org', 'Ben Okafor', 'Sometimes', 'Often', null, 'Often', 'Sometimes', 'Very important', 'Essential'],
  [3, at(4, 14, 30), at(4, 14, 41), 'cat@example.org', 'Cat Jones', 'Almost always', 'Sometimes', 'Time', 'Often', 'Usually', 'Moderately important', 'Essential'],
];
const iso = (c: Cell) => (c instanceof Date ? c.toISOString().slice(0, 19) : c === null ? '' : String(c));
const csvCell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
/** The same rows as a CSV, the dates as the xlsx reading gives them. */
const asCsv = (rows: Cell[][]) => `${rows.map((r) => r.map((c) => csvCell(iso(c))).join(',')).join('\r\n')}\r\n`;

const forms = write('forms.xlsx', xlsxBytes([{ name: 'Form1', rows: [header, ...responses] }]));
const formsCsv = write('forms.csv', asCsv([header, ...responses]));

interface Scored {
  respondent: string;
  completed?: string;
  themes: { id: string; score: number | null }[];
}
const scores = (stdout: string) => (JSON.parse(stdout) as Scored[]).map((r) => ({ respondent: r.respondent, completed: r.completed, themes: r.themes.map((t) => [t.id, t.score]) }));

describe('a Microsoft Forms xlsx, as downloaded', () => {
  it('scores as the same rows in a CSV do, with its dates as ISO 8601 without offset', async () => {
    const xlsx = await runCli(['score', '-q', survey, '--format', 'json', forms]);
    const csv = await runCli(['score', '-q', survey, '--format', 'json', formsCsv]);
    expect(withoutAllScoredLines(xlsx.stderr)).toBe('');
    expect(xlsx.code).toBe(0);
    expect(scores(xlsx.stdout)).toEqual(scores(csv.stdout));
    expect(scores(xlsx.stdout).map((r) => [r.respondent, r.completed])).toEqual([
      ['Asha Patel', '2025-11-03T09:20:00'],
      ['Ben Okafor', '2025-11-03T10:09:00'],
      ['Cat Jones', '2025-11-04T14:41:00'],
    ]);
  });

  it('gives the same report as the CSV', async () => {
    const xlsx = await runCli(['report', '-q', survey, '--format', 'json', forms]);
    const csv = await runCli(['report', '-q', survey, '--format', 'json', formsCsv]);
    expect([xlsx.code, withoutAllScoredLines(xlsx.stderr)]).toEqual([0, '']);
    expect(JSON.parse(xlsx.stdout)).toEqual(JSON.parse(csv.stdout));
  });

  it('places a bad cell at its sheet row and column, in a table that starts below a title', async () => {
    const rows = [header, [4, at(5, 8, 0), at(5, 8, 5), 'dee@example.org', 'Dee', 'Often', 'Never', null, 'Often', 'Often'], ...responses];
    const file = write('titled.xlsx', xlsxBytes([{ name: 'Sheet1', rows, firstRow: 3, firstColumn: 2, table: 'Table1' }]));
    const r = await runCli(['report', '-q', survey, '--format', 'json', file]);
    // Row 2 of the table is sheet row 4; its 7th column is sheet column H (8).
    expect(r.stderr).toContain(`${file}:4:8: error: column 8 "I put my organisation’s interests first, then the system’s.": "Never" is not on the scale`);
    expect((JSON.parse(r.stdout) as { scored: number }).scored).toBe(3);
  });

  it('reads the first sheet, saying so when there are others, or the one --sheet names', async () => {
    const file = write(
      'two-sheets.xlsx',
      xlsxBytes([
        { name: 'Notes', rows: [['Read me']] },
        { name: 'Form1', rows: [header, ...responses] },
      ]),
    );
    const first = await runCli(['score', '-q', survey, '--format', 'json', file]);
    expect(withoutAllScoredLines(first.stderr)).toMatch(new RegExp(`^${file}:1:1: warning: read the first sheet, "Notes", of 2 \\("Notes", "Form1"\\); choose another with --sheet NAME\n`));
    const named = await runCli(['score', '-q', survey, '--format', 'json', '--sheet', 'Form1', file]);
    expect([named.code, withoutAllScoredLines(named.stderr)]).toEqual([0, '']);
    expect(scores(named.stdout)).toEqual(scores((await runCli(['score', '-q', survey, '--format', 'json', formsCsv])).stdout));
    const unknown = await runCli(['report', '-q', survey, '--sheet', 'Responses', file]);
    expect(unknown.stderr).toContain(`${file}: error: the workbook has no sheet "Responses"; its sheets are "Notes", "Form1"`);
    expect(unknown.code).toBe(1);
  });

  it('says when --sheet was not used, no input being a workbook', async () => {
    const r = await runCli(['score', '-q', survey, '--format', 'json', '--sheet', 'Form1', formsCsv]);
    expect(withoutAllScoredLines(r.stderr)).toBe('syslead: warning: --sheet "Form1" was not used: no input is an xlsx workbook or a zip\n');
    expect(r.code).toBe(0);
  });

  it('passes over a hidden sheet unless --sheet names it', async () => {
    const file = write(
      'hidden.xlsx',
      xlsxBytes([
        { name: 'Lists', rows: [['Often']], hidden: true },
        { name: 'Form1', rows: [header, ...responses] },
      ]),
    );
    const r = await runCli(['score', '-q', survey, '--format', 'json', file]);
    expect(withoutAllScoredLines(r.stderr)).toBe(`${file}:1:1: warning: read the first visible sheet, "Form1", of 2 ("Lists", "Form1"); choose another with --sheet NAME\n`);
    expect(scores(r.stdout)).toHaveLength(3);
  });

  it('is told by its content on stdin', async () => {
    const r = await runCli(['score', '-q', survey, '--format', 'json', '-'], { input: xlsxBytes([{ name: 'Form1', rows: [header, ...responses] }]) });
    expect([r.code, withoutAllScoredLines(r.stderr)]).toEqual([0, '']);
    expect(scores(r.stdout)).toHaveLength(3);
  });

  it("is read from a folder, Excel's ~$ lock file beside it left out", async () => {
    const folder = join(dir, 'cohort');
    mkdirSync(folder);
    writeFileSync(join(folder, 'forms.xlsx'), xlsxBytes([{ name: 'Form1', rows: [header, ...responses] }]));
    writeFileSync(join(folder, '~$forms.xlsx'), Buffer.from('locked by Asha'));
    const r = await runCli(['score', '-q', survey, '--format', 'json', folder]);
    expect([r.code, withoutAllScoredLines(r.stderr)]).toEqual([0, '']);
    expect(scores(r.stdout)).toHaveLength(3);
  });
});

describe('the Forms rows saved again by Excel', () => {
  const text = asCsv([header, ...responses]);
  const expected = async () => scores((await runCli(['score', '-q', survey, '--format', 'json', formsCsv])).stdout);

  it('reads "CSV (Comma delimited)", Windows-1252 on a UK PC, with a one-line warning', async () => {
    // Windows-1252 has ’ at 0x92; the rest of this text is ASCII. The first ’ is the header's 112th character:
    // 'ID,Start time,Completion time,Email,Name,' is 41, the first statement and its comma 48, '"I put my organisation' 22.
    const bytes = Buffer.from(Array.from(text, (c) => (c === '’' ? 0x92 : c.charCodeAt(0))));
    const file = write('saved-as-csv.csv', bytes);
    const r = await runCli(['score', '-q', survey, '--format', 'json', file]);
    expect(withoutAllScoredLines(r.stderr)).toBe(
      `${file}:1:112: warning: the file is not UTF-8, so it is read as Windows-1252 (what Excel's "CSV (Comma delimited)" writes on a Windows PC in Western Europe); if accents or curly quotes look wrong, save it as "CSV UTF-8"\n`,
    );
    expect(r.code).toBe(0);
    expect(scores(r.stdout)).toEqual(await expected());
  });

  it('reads "Unicode text": UTF-16 with its byte-order mark, tab-separated', async () => {
    const tabbed = text.replace(/"([^"]*)"|,/g, (whole, quoted: string | undefined) => (quoted === undefined ? '\t' : whole.includes(',') && !quoted.includes('\t') ? quoted : whole));
    const file = write('unicode-text.txt', Buffer.from(`\uFEFF${tabbed}`, 'utf16le'));
    const r = await runCli(['score', '-q', survey, '--format', 'json', file]);
    expect([r.code, withoutAllScoredLines(r.stderr)]).toEqual([0, '']);
    expect(scores(r.stdout)).toEqual(await expected());
  });
});

describe('a Google Forms zip, as downloaded', () => {
  const csv = asCsv([['Timestamp', 'Name', ...header.slice(5)], ...responses.map((r) => ['2025/11/03 9:20:00 AM GMT', ...r.slice(4)])]);

  it('reads the one CSV inside', async () => {
    const file = write('google.zip', zipBytes([{ name: 'Leadership survey (Responses).csv', data: csv }]));
    const r = await runCli(['score', '-q', survey, '--format', 'json', file]);
    expect([r.code, withoutAllScoredLines(r.stderr)]).toEqual([0, '']);
    expect(scores(r.stdout).map((s) => s.respondent)).toEqual(['Asha Patel', 'Ben Okafor', 'Cat Jones']);
  });

  it('refuses a zip of several tables, naming them', async () => {
    const file = write(
      'several.zip',
      zipBytes([
        { name: 'a.csv', data: csv },
        { name: 'b.xlsx', data: 'x' },
        { name: 'readme.txt', data: 'x' },
      ]),
    );
    const r = await runCli(['report', '-q', survey, file]);
    expect(withoutAllScoredLines(r.stderr)).toBe(`${file}: error: the zip archive holds 2 tables (it holds a.csv, b.xlsx): extract the one to read and give syslead that file\n`);
    expect(r.code).toBe(1);
  });
});

describe('Office files syslead does not read', () => {
  // An OLE compound file (MS-CFB 2.2): its signature, then, for an encrypted xlsx, the stream names of MS-OFFCRYPTO.
  const compound = (...streams: string[]) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), ...streams.map((s) => Buffer.from(s, 'utf16le'))]);

  it('refuses an .xls, saying to save it as xlsx or CSV UTF-8', async () => {
    const file = write('old.xls', compound('Workbook'));
    const r = await runCli(['report', '-q', survey, file]);
    expect(withoutAllScoredLines(r.stderr)).toBe(
      `${file}: error: the file is an Excel 97-2003 workbook (.xls) or another old Office file, which syslead does not read: in Excel, save it as "Excel Workbook (.xlsx)" or "CSV UTF-8", and give syslead that\n`,
    );
    expect(r.code).toBe(1);
  });

  it('refuses an xlsx encrypted with a password, saying how to clear it', async () => {
    const file = write('locked.xlsx', compound('EncryptionInfo', 'EncryptedPackage'));
    const r = await runCli(['score', '-q', survey, file]);
    expect(r.stderr).toMatch(/locked\.xlsx: error: the workbook is encrypted with a password, which syslead cannot read: in Excel, open it, clear the password/);
    expect(r.code).toBe(1);
  });
});
