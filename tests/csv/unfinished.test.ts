import { describe, expect, it } from 'vitest';
import { finishedColumn, mapColumns } from '../../src/core/csv/columns.js';
import { SurveyRowReader, type ReaderOptions } from '../../src/core/csv/reader.js';
import { survey } from './survey.js';

/**
 * The columns that mark unfinished responses, as each platform writes them:
 * - Qualtrics: `Finished`, 1/0 with numeric values, True/False with choice text (the public sample
 *   ropensci/qualtRics inst/extdata/sample.csv; Qualtrics' "Data & Analysis" export options);
 * - LimeSurvey: `Date submitted` (full headers) or `submitdate` (question codes), empty until the
 *   response is submitted (LimeSurvey application/helpers/admin/export/CsvWriter.php);
 * - REDCap: `<instrument>_complete` after each instrument's fields, 0 Incomplete, 1 Unverified,
 *   2 Complete; the labels export heads it `Complete?` and writes the labels (public sample
 *   OuhscBbmc/REDCapR inst/test-data/project-survey/survey-data.csv; REDCapR::constant()).
 */
const located = (r: { problems: { line: number; column: number; severity: string; message: string }[] }) => r.problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.message}`);

function readerOf(header: string[], options: ReaderOptions = {}) {
  const found = SurveyRowReader.fromHeader(header, survey, 'export.csv', 1, options);
  expect(found.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return found.reader!;
}

describe('columns that say whether a response is finished', () => {
  it.each([
    ['Finished', 'flag'],
    ['finished', 'flag'],
    ['Date submitted', 'submit-date'],
    ['submitdate', 'submit-date'],
    ['survey_complete', 'form-status'],
    ['participant_morale_questionnaire_complete', 'form-status'],
    ['Complete?', 'form-status'],
  ])('%s is a %s column', (header, by) => {
    expect(finishedColumn(header)).toBe(by);
  });

  it.each([['Completed'], ['Date started'], ['Survey Complete Rate'], ['Progress'], ['Complete-form']])('%s is not one', (header) => {
    expect(finishedColumn(header)).toBeUndefined();
  });

  it('maps one without a warning about it', () => {
    const { columns, problems } = mapColumns(['ResponseId', 'Finished', 'sv1', 'sv2', 'oc1', 'oc2'], survey, 'export.csv', 1);
    expect(columns[1]).toEqual({ kind: 'finished', by: 'flag' });
    expect(problems.filter((p) => p.message.includes('finished'))).toEqual([]);
  });
});

describe('unfinished responses are left out and counted, unless asked for', () => {
  const qualtrics = ['ResponseId', 'Finished', 'sv1', 'sv2', 'oc1', 'oc2'];

  it('Qualtrics: Finished 0 or False is unfinished, 1 or True finished', () => {
    const reader = readerOf(qualtrics);
    expect(reader.readRow(['R_1', '1', '4', '2', '3', '3'], 2).answers).toBeDefined();
    expect(reader.readRow(['R_2', 'True', '4', '2', '3', '3'], 3).answers).toBeDefined();
    const unfinished = reader.readRow(['R_3', '0', '4', '', '', ''], 4);
    expect(unfinished).toEqual({ problems: [] });
    expect(reader.readRow(['R_4', 'FALSE', '', '', '', ''], 5)).toEqual({ problems: [] });
    expect(reader.counts).toEqual({ rows: 4, read: 2, skipped: 2, reasons: { 'unfinished response': 2 } });
    expect(reader.unfinishedProblem()).toEqual({
      file: 'export.csv',
      line: 1,
      column: 2,
      severity: 'warning',
      message: '2 unfinished responses left out (lines 4, 5): column 2 "Finished" is 0 or False there; add --include-unfinished to read them',
    });
  });

  it('with includeUnfinished, reads them as any other row, and still skips one with no answers', () => {
    const reader = readerOf(qualtrics, { includeUnfinished: true });
    expect(reader.readRow(['R_3', '0', '4', '', '', ''], 2).answers?.answers).toEqual({ sv1: 4 });
    expect(located(reader.readRow(['R_4', '0', '', '', '', ''], 3))).toEqual([
      '3:1 error the row has no answers, so it is no respondent and is counted as skipped (delete it from the file if it should not be there): it answers none of the items',
    ]);
    expect(reader.counts).toEqual({ rows: 2, read: 1, skipped: 1, reasons: { 'no answers': 1 } });
    expect(reader.unfinishedProblem()).toBeUndefined();
  });

  it('a Finished cell that says neither is an error at its place, naming what is accepted', () => {
    const reader = readerOf(qualtrics);
    expect(located(reader.readRow(['R_1', 'maybe', '4', '2', '3', '3'], 2))).toEqual([
      '2:2 error column 2 "Finished": "maybe" does not say whether the response is finished: expected 1 or True (finished), 0 or False (unfinished)',
    ]);
    expect(reader.counts.reasons).toEqual({ 'finished not understood': 1 });
  });

  it('names the first ten unfinished lines and counts the rest', () => {
    const reader = readerOf(qualtrics);
    for (let line = 2; line < 16; line++) reader.readRow([`R_${line}`, '0', '', '', '', ''], line);
    expect(reader.unfinishedProblem()?.message).toBe('14 unfinished responses left out (lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 4 more): column 2 "Finished" is 0 or False there; add --include-unfinished to read them');
  });

  it('LimeSurvey: an empty Date submitted is unfinished; a date given is when the response was completed', () => {
    const reader = readerOf(['Response ID', 'Date submitted', 'Last page', 'sv1', 'sv2', 'oc1', 'oc2']);
    expect(reader.readRow(['1', '2025-03-04 09:16:34', '2', '4', '2', '3', '3'], 2).answers).toMatchObject({ completed: '2025-03-04T09:16:34' });
    expect(reader.readRow(['2', '', '1', '4', '', '', ''], 3)).toEqual({ problems: [] });
    expect(reader.counts).toEqual({ rows: 2, read: 1, skipped: 1, reasons: { 'unfinished response': 1 } });
    expect(reader.unfinishedProblem()?.message).toBe('1 unfinished response left out (line 3): column 2 "Date submitted" is empty there (not submitted); add --include-unfinished to read them');
  });

  it('LimeSurvey: a completion column of its own is not overwritten by the submission date', () => {
    const reader = readerOf(['submitdate', 'Completion time', 'sv1', 'sv2', 'oc1', 'oc2']);
    expect(reader.readRow(['2025-03-04 09:16:34', '2025-03-04 09:20:00', '4', '2', '3', '3'], 2).answers?.completed).toBe('2025-03-04T09:20:00');
  });

  it('REDCap raw: the status of the instrument holding the items, 2 Complete; 0, 1 or none unfinished', () => {
    // As REDCapR's sample: an instrument before (complete), the items' instrument, one after (never opened).
    const reader = readerOf(['record_id', 'prescreening_survey_complete', 'sv1', 'sv2', 'oc1', 'oc2', 'leadership_survey_complete', 'completion_data_complete']);
    expect(reader.readRow(['1', '2', '4', '2', '3', '3', '2', '0'], 2).answers).toBeDefined();
    expect(reader.readRow(['2', '2', '4', '2', '3', '3', '1', '0'], 3)).toEqual({ problems: [] });
    expect(reader.readRow(['3', '2', '4', '', '', '', '0', '0'], 4)).toEqual({ problems: [] });
    expect(reader.readRow(['4', '2', '', '', '', '', '', ''], 5)).toEqual({ problems: [] });
    expect(located(reader.readRow(['5', '2', '4', '2', '3', '3', '3', '0'], 6))).toEqual([
      '6:7 error column 7 "leadership_survey_complete": "3" does not say whether the response is finished: expected 2 or Complete (finished), 0 or Incomplete, 1 or Unverified (unfinished)',
    ]);
    expect(reader.counts).toEqual({ rows: 5, read: 1, skipped: 4, reasons: { 'unfinished response': 3, 'finished not understood': 1 } });
    expect(reader.unfinishedProblem()?.message).toContain('column 7 "leadership_survey_complete" is not 2 (Complete) there');
  });

  it('REDCap labels: Complete? with Complete, Incomplete and Unverified', () => {
    const reader = readerOf(['Record ID', 'sv1', 'sv2', 'oc1', 'oc2', 'Complete?']);
    expect(reader.readRow(['1', '4', '2', '3', '3', 'Complete'], 2).answers).toBeDefined();
    expect(reader.readRow(['2', '4', '2', '3', '3', 'Incomplete'], 3)).toEqual({ problems: [] });
    expect(reader.readRow(['3', '4', '2', '3', '3', 'Unverified'], 4)).toEqual({ problems: [] });
    expect(reader.counts).toEqual({ rows: 3, read: 1, skipped: 2, reasons: { 'unfinished response': 2 } });
  });

  it('a row with errors counts under its error, not as unfinished', () => {
    const reader = readerOf(qualtrics);
    expect(located(reader.readRow(['R_1', '0', '9', '', '', ''], 2))).toHaveLength(1);
    expect(reader.counts.reasons).toEqual({ 'answer not on the scale': 1 });
  });
});

describe('a row counts as scored only when a theme has a score', () => {
  const header = ['Name', 'sv1', 'sv2', 'sv-notes', 'oc1', 'oc2'];

  it('skips a row with only a name (no answers), or only free text (no theme scored), with the reason', () => {
    const reader = readerOf(header);
    expect(located(reader.readRow(['Asha', '', '', '', '', ''], 2))).toEqual([
      '2:1 error the row has no answers, so it is no respondent and is counted as skipped (delete it from the file if it should not be there): it answers none of the items',
    ]);
    expect(located(reader.readRow(['', '', '', 'Listening helps', '', ''], 3))).toEqual([
      '3:1 error no theme can be scored: the row answers 0 of the 4 scored items, fewer than any theme needs (50% of its items, and at least one)',
    ]);
    expect(reader.counts).toEqual({ rows: 2, read: 0, skipped: 2, reasons: { 'no answers': 1, 'no theme scored': 1 } });
  });

  it('reads a row where one theme has enough answers, though another has none', () => {
    const reader = readerOf(header);
    expect(reader.readRow(['Asha', '', '', '', '3', ''], 2).answers?.answers).toEqual({ oc1: 3 });
    expect(reader.counts).toEqual({ rows: 1, read: 1, skipped: 0, reasons: {} });
  });
});

describe('the order of day and month, as the whole file shows it', () => {
  const header = ['Name', 'Completion time', 'sv1', 'sv2', 'oc1', 'oc2'];

  it('keeps an ambiguous date as written, and tells the order once a date shows it', () => {
    const reader = readerOf(header);
    expect(reader.readRow(['Asha', '04/03/2025 09:16', '4', '2', '3', '3'], 2).answers?.completed).toBe('04/03/2025 09:16');
    expect(reader.dateOrder()).toBeUndefined();
    expect(reader.readRow(['Ben', '24/03/2025 10:00', '4', '2', '3', '3'], 3).answers?.completed).toBe('2025-03-24T10:00:00');
    expect(reader.dateOrder()).toBe('day-first');
  });

  it('tells none when the dates show both orders', () => {
    const reader = readerOf(header);
    reader.readRow(['Asha', '24/03/2025 09:16', '4', '2', '3', '3'], 2);
    reader.readRow(['Ben', '03/24/2025 09:16', '4', '2', '3', '3'], 3);
    expect(reader.dateOrder()).toBeUndefined();
  });
});
