import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerRows } from '../../src/core/csv/header-rows.js';

describe('telling how many header rows a survey export has', () => {
  it('reads SurveyMonkey\'s two rows: the question carried over a matrix, "Response" under a single question', () => {
    // Layout: SurveyMonkey "All individual responses" CSV as public code that reads it quotes its
    // first two rows (a SurveyMonkey parser's comment, found by the search tool: "Row 1:
    // Respondent ID,Collector ID,...,Contact information,,,, ..." and "Row 2: ,,,,,,,,,Name,Email,
    // ...,Response,Open-Ended Response,<matrix rows>"), and /work/wt/survey-exports.md.
    const first = ['Respondent ID', 'Collector ID', 'Start Date', 'End Date', 'IP Address', 'What is your name?', 'How often do you…', '', 'What helps you hold to shared values?', 'Team'];
    const second = ['', '', '', '', '', 'Open-Ended Response', 'I listen first', 'I ask why', 'Open-Ended Response', 'Response'];
    const data = ['114', '4021', '03/04/2025 09:12:01', '03/04/2025 09:20:40', '10.0.0.1', 'Asha', 'Often', 'Rarely', 'Trust', 'North'];
    expect(headerRows([first, second, data])).toEqual({
      count: 2,
      layout: 'SurveyMonkey',
      titles: [
        'Respondent ID',
        'Collector ID',
        'Start Date',
        'End Date',
        'IP Address',
        'What is your name?',
        'How often do you… [I listen first]',
        'How often do you… [I ask why]',
        'What helps you hold to shared values?',
        'Team',
      ],
      aliases: [[], [], [], [], [], [], [], [], [], []],
    });
  });

  it("tells SurveyMonkey's second row by a matrix's statements alone, under the blank cells of the first", () => {
    const got = headerRows([
      ['Respondent ID', 'How often do you…', ''],
      ['', 'I listen first', 'I ask why'],
      ['114', 'Often', 'Rarely'],
    ]);
    expect(got.count).toBe(2);
    expect(got.titles).toEqual(['Respondent ID', 'How often do you… [I listen first]', 'How often do you… [I ask why]']);
  });

  it("reads Qualtrics' three rows: a question by its text, a metadata column by its tag, the rest as aliases", () => {
    // The first columns and rows of ropensci/qualtRics inst/extdata/sample.csv (commit 7126122),
    // a German-language export, with a matrix column of the same layout added: "Q3_1",
    // "Question - Statement", {"ImportId":"QID3_1"}.
    const tags = ['StartDate', 'Finished', 'ResponseId', 'Q1', 'Q3_1'];
    const texts = ['Anfangsdatum', 'Beendet', 'Antwort-ID', 'This is a multiple choice question.', 'How often do you… - I listen first'];
    const ids = ['{"ImportId":"startDate","timeZone":"Europe/Zurich"}', '{"ImportId":"finished"}', '{"ImportId":"_recordId"}', '{"ImportId":"QID1"}', '{"ImportId":"QID3_1"}'];
    expect(headerRows([tags, texts, ids, ['2017-07-18 08:28:09', '1', 'R_2YPOQ602ER1jkf1', '2', '3']])).toEqual({
      count: 3,
      layout: 'Qualtrics',
      titles: ['StartDate', 'Finished', 'ResponseId', 'This is a multiple choice question.', 'How often do you… - I listen first'],
      aliases: [
        ['Anfangsdatum', 'startDate'],
        ['Beendet', 'finished'],
        ['Antwort-ID', '_recordId'],
        ['Q1', 'QID1'],
        ['Q3_1', 'QID3_1'],
      ],
    });
  });

  it("reads Qualtrics' legacy two rows, V1, V2, V3... over the texts", () => {
    // ropensci/qualtRics inst/extdata/sample_legacy.csv: "V1,V2,V3,...,Q1" over "ResponseID,ResponseSet,Name,...".
    const got = headerRows([
      ['V1', 'V2', 'V3', 'Q1'],
      ['ResponseID', 'ResponseSet', 'Name', 'This is a multiple choice question.'],
      ['R_2YPOQ602ER1jkf1', 'Default', 'Anonym', '2'],
    ]);
    expect(got).toMatchObject({ count: 2, layout: 'Qualtrics legacy', titles: ['ResponseID', 'ResponseSet', 'Name', 'This is a multiple choice question.'] });
    expect(got.aliases[3]).toEqual(['Q1']);
  });

  it('takes one header row otherwise, though a respondent leaves the first cells blank', () => {
    const header = ['Name', 'sv1', 'Team', ''];
    expect(headerRows([header, ['', '3', '', 'x'], ['Ben', '4', 'South', '']])).toEqual({ count: 1, layout: 'one row', titles: header, aliases: [[], [], [], []] });
    expect(headerRows([['Timestamp', 'sv1']]).count).toBe(1);
    expect(headerRows([]).count).toBe(1);
  });
});

describe('header rows, for any one-row export', () => {
  /** SurveyMonkey's own words in its second header row, which a respondent may write too. */
  const ownWords = fc.constantFrom('Response', 'Open-Ended Response', 'Other (please specify)');
  /** A cell as respondents and one-row headers fill them: any text but Qualtrics' ImportIds. */
  const cell = fc.oneof(
    ownWords,
    fc.string({ maxLength: 12 }).filter((text) => !/^\s*\{\s*"ImportId"/.test(text)),
  );
  const isOwnWord = (text: string) => ['response', 'open-ended response', 'other (please specify)'].includes(text.trim().toLowerCase());
  const header = fc.array(
    cell.filter((text) => text.trim() !== ''),
    { minLength: 1, maxLength: 6 },
  );

  it("never takes a respondent for a header row: a header without blank cells is one row, after it any row with an answer of a respondent's own", () => {
    const exports = header
      .filter((titles) => !titles.slice(0, 3).every((title, i) => title.trim() === `V${i + 1}`))
      .chain((titles) => {
        const row = fc.array(cell, { minLength: titles.length, maxLength: titles.length }).filter((cells) => cells.some((text) => text.trim() !== '' && !isOwnWord(text)));
        return fc.tuple(fc.constant(titles), fc.array(row, { maxLength: 2 }));
      });
    fc.assert(
      fc.property(exports, ([titles, rows]) => {
        expect(headerRows([titles, ...rows])).toEqual({ count: 1, layout: 'one row', titles, aliases: titles.map(() => []) });
      }),
    );
  });
});
