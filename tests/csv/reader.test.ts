import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SurveyRowReader } from '../../src/core/csv/reader.js';
import { scaleReader } from '../../src/core/csv/scale-reader.js';
import { parseScaleValue } from '../../src/core/answers/value.js';
import { survey } from './survey.js';

const header = ['Name', 'Role', 'Team', 'sv1', 'sv2', 'sv-notes', 'importance:outcomes', 'oc1', 'oc2', 'Completion time'];
const reader = () => SurveyRowReader.fromHeader(header, survey, 'cohort.csv').reader!;
const located = (r: { problems: { line: number; column: number; severity: string; message: string }[] }) => r.problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.message}`);

const NO_ANSWERS_MESSAGE = 'the row has no answers, so it is no respondent and is counted as skipped (delete it from the file if it should not be there)';

describe('reading survey rows into answers', () => {
  it('turns numbers and labels (any case) into points, and keeps the respondent and attributes', () => {
    const result = reader().readRow(['Asha Patel', 'Direct report', 'North', '4', 'almost ALWAYS', ' Trust,\nmostly ', 'Essential', 'Often', '', '15/01/2024 10:23'], 2);
    expect(result.problems).toEqual([]);
    expect(result.answers).toEqual({
      questionnaire: { id: 'survey', version: 2 },
      respondent: 'Asha Patel',
      role: 'direct-report',
      completed: '2024-01-15T10:23:00',
      attributes: { Team: 'North' },
      answers: { sv1: 4, sv2: 5, oc1: 3 },
      texts: { 'sv-notes': ' Trust,\nmostly ' },
      importance: { outcomes: 5 },
    });
  });

  it('treats an empty cell as missing, never 0', () => {
    const result = reader().readRow(['', '', '', '', ' ', '', '', '2', '', ''], 3);
    expect(result.answers?.answers).toEqual({ oc1: 2 });
    expect(result.answers?.role).toBe('self');
    expect(result.answers?.respondent).toBeUndefined();
  });

  it('reports each bad cell with its line, column number and header, and skips the row', () => {
    const r = reader();
    const result = r.readRow(['Ben', 'boss', 'North', '6', 'Sometimez', '', 'Vital', '3', '2.5', ''], 7);
    expect(result.answers).toBeUndefined();
    expect(located(result)).toEqual([
      '7:2 error column 2 "Role": "boss" is not a role: use self, manager, peer, direct report, partner, other or a usual wording ("Line manager", "Peer in my organisation", "Someone I manage"), or map it with --map',
      '7:4 error column 4 "sv1": 6 is off the scale: use a whole number from 1 to 5, or map it with --map',
      '7:5 error column 5 "sv2": "Sometimez" is not on the scale: use 1 to 5 or one of "Rarely", "Sometimes", "Often", "Usually", "Almost always", or map it with --map',
      '7:7 error column 7 "importance:outcomes": "Vital" is not on the scale: use 1 to 5 or one of "Not important", "Slightly important", "Moderately important", "Very important", "Essential", or map it with --map',
      '7:9 error column 9 "oc2": 2.5 is off the scale: use a whole number from 1 to 5, or map it with --map',
    ]);
    expect(r.counts).toEqual({ rows: 1, read: 0, skipped: 1, reasons: { 'unknown role': 1 } });
  });

  it('counts a row of empty cells as skipped for no answers, as a row with only an ID; an empty line is no row', () => {
    const r = reader();
    for (const blank of [
      ['', '', '', '', '', '', '', '', '', ''],
      [' ', '  ', '', '', '', '', '', '', '', '\t'],
      ['', ''],
    ])
      expect(located(r.readRow(blank, 2))).toEqual([`2:1 error ${NO_ANSWERS_MESSAGE}: every cell is empty`]);
    expect(located(r.readRow(['Sam', '', '', '', '', '', '', '', '', ''], 3))).toEqual([`3:1 error ${NO_ANSWERS_MESSAGE}: it answers none of the items`]);
    expect(r.counts).toEqual({ rows: 4, read: 0, skipped: 4, reasons: { 'no answers': 4 } });
    // A line with nothing on it but spaces is one blank cell: no row at all.
    for (const empty of [[''], ['   '], ['\t']]) expect(r.readRow(empty, 4)).toEqual({ problems: [] });
    expect(r.counts.rows).toBe(4);
  });

  it('counts rows read and skipped, with the reasons', () => {
    const r = reader();
    r.readRow(['A', '', '', '1', '2', '', '', '3', '4', ''], 2);
    r.readRow(['B', '', '', '9', '2', '', '', '3', '4', ''], 3);
    r.readRow(['C', '', '', '1', '2'], 4);
    r.readRow(['', '', '', '', '', '', '', '', '', ''], 5);
    r.readRow(['D', '', '', 'x', '2', '', '', '3', '4', ''], 6);
    expect(r.counts).toEqual({ rows: 5, read: 1, skipped: 4, reasons: { 'answer not on the scale': 2, 'wrong number of cells': 1, 'no answers': 1 } });
  });

  it('reports a row with too few or too many cells at the first cell out of place', () => {
    expect(located(reader().readRow(['C', '', '', '1', '2'], 4))).toEqual(['4:6 error the row has 5 cells but the header has 10: a cell with a comma, quote or line break may have lost its quotes']);
    expect(located(reader().readRow([...new Array<string>(10).fill('1'), 'extra'], 5))[0]).toMatch(/^5:11 error the row has 11 cells/);
  });

  it('skips a record whose quote swallowed the rows after it, pointing at the quote and counting each line', () => {
    const r = reader();
    // A stray quote in sv1 on line 4 closes only at a quote on line 9: 6 lines read as one row.
    const swallowed = ['C', '', '', '1\nD,,,2,3,,,4,5,\nE,,,2,3,,,4,5,\nF,,,2,3,,,4,5,\nG,,,2,3,,,4,5,\nH,,,x', '3', '', '', '4', '5', ''];
    expect(located(r.readRow(swallowed, 4, { lines: 6, cell: 3, delimiters: 36 }))).toEqual([
      '4:4 error a quote opens this cell and closes only on line 9, but column 4 "sv1" cannot hold a line break: the closing quote is probably missing (a quote inside a cell must be doubled), so lines 4 to 9 are skipped',
    ]);
    expect(located(r.readRow(['C', '', '', '1', '2', 'one\ntwo, "three', '4'], 10, { lines: 3, cell: 5, delimiters: 1 }))[0]).toMatch(
      /^10:6 error a quote opens this cell and closes only on line 12, the 3 lines make one row of 7 cells where the header has 10: /,
    );
    expect(located(r.readRow(['C', '', '', '1', '2', 'many\n'.repeat(150), '', '3', '4', ''], 20, { lines: 151, cell: 5, delimiters: 0 }))[0]).toMatch(/^20:6 error .*more than the 100 lines a row may span/);
    // A stray quote in the notes that closes where the notes of line 31 open takes in a row's delimiters.
    expect(located(r.readRow(['C', '', '', '1', '2', 'x,,,,\nD,,,2,3,', 'y', '3', '4', ''], 30, { lines: 2, cell: 5, delimiters: 9 }))[0]).toMatch(
      /^30:6 error .*closes only on line 31, holding 9 delimiters, as many as a whole row: /,
    );
    expect(r.counts).toEqual({ rows: 162, read: 0, skipped: 162, reasons: { 'quote not closed in its row': 162 } });
  });

  it('reads a comment over several lines in a free-text column as one row', () => {
    const r = reader();
    const result = r.readRow(['Asha', '', '', '4', '3', 'first,\nsecond "line"\nthird', '', '2', '1', ''], 2, { lines: 3, cell: 5, delimiters: 1 });
    expect(result.answers?.texts).toEqual({ 'sv-notes': 'first,\nsecond "line"\nthird' });
    expect(r.counts).toMatchObject({ rows: 1, read: 1, skipped: 0 });
  });

  it('neutralises control characters from the file in messages', () => {
    const result = reader().readRow(['A', '', '', '\u001b[2Jx', '', '', '', '', '', ''], 2);
    expect(result.problems[0]!.message).not.toContain('\u001b');
  });

  it("takes an observer form's respondents as others unless a role says otherwise", () => {
    const observer = SurveyRowReader.fromHeader(['sv1'], { ...survey, form: 'observer' }, 'o.csv').reader!;
    expect(observer.readRow(['3'], 2).answers?.role).toBe('other');
  });

  it('gives no reader when no column is an item', () => {
    const { reader: none, problems } = SurveyRowReader.fromHeader(['Name', 'Team'], survey, 'x.csv');
    expect(none).toBeUndefined();
    expect(problems[0]!.severity).toBe('error');
  });
});

describe('any cells', () => {
  it('give answers or problems, never an exception, and every problem is located in the row', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('', ' ', '1', '5', '0', '-1', '3.0', 'often', 'Almost always', 'manager', 'direct report', '__proto__', 'constructor', 'NaN', 'Infinity', '1e1'));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 12 }), fc.integer({ min: 2, max: 1_000_000 }), (cells, line) => {
        const r = reader();
        const result = r.readRow(cells, line);
        // An empty line (one blank cell at most) is no row: no answers, no problem, not counted.
        const blank = cells.length <= 1 && cells.every((c) => c.trim() === '');
        expect(result.answers === undefined).toBe(blank || result.problems.length > 0);
        for (const p of result.problems) {
          expect(p.line).toBe(line);
          expect(p.column).toBeGreaterThanOrEqual(1);
          expect(p.column).toBeLessThanOrEqual(Math.max(cells.length, header.length) + 1);
        }
        for (const value of Object.values(result.answers?.answers ?? {})) expect([1, 2, 3, 4, 5]).toContain(value);
        expect(r.counts.read + r.counts.skipped).toBe(blank ? 0 : 1);
      }),
    );
  });

  it('never throws for any header either', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 8 }), (cells) => {
        const { reader: got, problems } = SurveyRowReader.fromHeader(cells, survey, 'x.csv');
        expect(got !== undefined || problems.some((p) => p.severity === 'error')).toBe(true);
      }),
    );
  });
});

describe('reading a scale point', () => {
  it('agrees with parseScaleValue on any cell, messages included', () => {
    const scales = [survey.scales.frequency!, { id: 'odd', min: 0, max: 3, labels: ['2', ' Not  at all ', 'one', 'ONE'], notApplicable: [] }];
    const cell = fc.oneof(fc.string(), fc.constantFrom('', ' 3 ', '03', '0', '6', '-1', '+2', '2.0', '2.5', '1e0', 'OFTEN', 'almost   always', ' not at all', 'One', '9999999'));
    fc.assert(
      fc.property(fc.constantFrom(...scales), cell, (scale, text) => {
        expect(scaleReader(scale)(text)).toEqual(parseScaleValue(text, scale));
      }),
    );
  });
});
