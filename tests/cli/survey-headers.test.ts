import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import type { ScoredItem } from '../../src/core/questionnaire/model.js';
import { ALL_ROWS_SCORED, fixture, ROOT, runCli } from '../helpers/cli.js';

/**
 * The silent wrong results of issue 15, as regression tests: exports laid out as their platforms
 * write them (SurveyMonkey's two header rows as public SurveyMonkey parsers quote them; Qualtrics'
 * three as ropensci/qualtRics inst/extdata/sample.csv; Google Forms' `Question [Row]` grids),
 * each scored as the same answers in an answer file are.
 */
const leading = fixture('score/leading.yaml');
const sam = fixture('score/sam.yaml');
const dir = mkdtempSync(join(tmpdir(), 'syslead-headers-'));
const csvCell = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
const writeCsv = (name: string, rows: string[][]) => {
  const file = join(dir, name);
  writeFileSync(file, `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`);
  return file;
};
/** What `score --format json` prints, as an array whether it printed one result or several. */
const scored = async (args: string[]) => {
  const r = await runCli(['score', '--format', 'json', ...args]);
  return { ...r, results: r.code === 0 ? ([JSON.parse(r.stdout)].flat() as Record<string, unknown>[]) : [] };
};

const HOW_OFTEN = 'How often do you do each of these?';
const HOW_MUCH = 'How much do you agree?';
const IMPORTANCE = 'How important is each of these to your current role?';
const V1 = 'I start from what matters to the people who use services.';
const V2 = "I let my organisation's interests come first.";
const V3 = "I name the values I see in partners' work.";
const B1 = 'I share credit with partner organisations.';
const T1 = 'I keep promises made to partners.';
const T2 = 'I hold back information from partners.';

describe('survey exports that gave a wrong result without a word (issue 15)', () => {
  it('scores every theme of a SurveyMonkey export with two header rows, as the answer file', async () => {
    const file = writeCsv('surveymonkey.csv', [
      [
        'Respondent ID',
        'Collector ID',
        'Start Date',
        'End Date',
        'IP Address',
        'What is your name?',
        HOW_OFTEN,
        '',
        '',
        HOW_MUCH,
        '',
        '',
        'What did you notice about your answers?',
        'Whom do you trust most?',
        IMPORTANCE,
        '',
      ],
      ['', '', '', '', '', 'Open-Ended Response', V1, V2, V3, B1, T1, T2, 'Open-Ended Response', 'Open-Ended Response', 'Shared values', 'Working across boundaries'],
      [
        '11451',
        '4021',
        '',
        '2026-11-25T10:00:00Z',
        '10.0.0.1',
        'Sam Patel',
        'Usually',
        'Sometimes',
        'Often',
        'Agree',
        'Agree',
        'Agree',
        'I rate myself higher on values than on trust.',
        'The public health team.',
        'Very important',
        'Essential',
      ],
    ]);
    const fromCsv = await scored(['--questionnaire', leading, file]);
    const fromFile = await scored(['--questionnaire', leading, sam]);
    expect(fromCsv).toMatchObject({ code: 0, stderr: expect.stringMatching(ALL_ROWS_SCORED) });
    expect(fromCsv.results).toEqual(fromFile.results);
    expect(fromCsv.results[0]).toMatchObject({ respondent: 'Sam Patel', priorities: ['boundaries', 'values'] });
  });

  it('reads a Qualtrics export with three header rows and numeric recodes, as the answer file', async () => {
    const file = writeCsv('qualtrics.csv', [
      ['StartDate', 'EndDate', 'Finished', 'ResponseId', 'Q1', 'Q2_1', 'Q2_2', 'Q2_3', 'Q3_1', 'Q3_2', 'Q3_3', 'Q4', 'Q5', 'Q6_1', 'Q6_2'],
      [
        'Start Date',
        'End Date',
        'Finished',
        'Response ID',
        'What is your name?',
        `${HOW_OFTEN} - ${V1}`,
        `${HOW_OFTEN} - ${V2}`,
        `${HOW_OFTEN} - ${V3}`,
        `${HOW_MUCH} - ${B1}`,
        `${HOW_MUCH} - ${T1}`,
        `${HOW_MUCH} - ${T2}`,
        'What did you notice about your answers?',
        'Whom do you trust most?',
        `${IMPORTANCE} - Shared values`,
        `${IMPORTANCE} - Working across boundaries`,
      ],
      ['startDate', 'endDate', 'finished', '_recordId', 'QID1_TEXT', 'QID2_1', 'QID2_2', 'QID2_3', 'QID3_1', 'QID3_2', 'QID3_3', 'QID4_TEXT', 'QID5_TEXT', 'QID6_1', 'QID6_2'].map((id) =>
        JSON.stringify({ ImportId: id }),
      ),
      ['', '2026-11-25T10:00:00Z', '1', 'R_2YPOQ602ER1jkf1', 'Sam Patel', '4', '2', '3', '2', '2', '2', 'I rate myself higher on values than on trust.', 'The public health team.', '4', '5'],
    ]);
    const fromCsv = await scored(['--questionnaire', leading, file]);
    expect(fromCsv).toMatchObject({ code: 0, stderr: expect.stringMatching(ALL_ROWS_SCORED) });
    expect(fromCsv.results).toEqual((await scored(['--questionnaire', leading, sam])).results);
  });

  it('reads a Google Forms importance grid into the development priorities', async () => {
    const header = ['Timestamp', 'Name', V1, V2, V3, 'What did you notice about your answers?', B1, T1, T2, 'Whom do you trust most?', `${IMPORTANCE} [Shared values]`, `${IMPORTANCE} [Working across boundaries]`];
    const row = ['2026-11-25T10:00:00Z', 'Sam Patel', 'Usually', '2', 'often', 'I rate myself higher on values than on trust.', '2', 'Agree', '2', 'The public health team.', 'Very important', '5'];
    const fromCsv = await scored(['--questionnaire', leading, writeCsv('google.csv', [header, row])]);
    expect(fromCsv).toMatchObject({ code: 0, stderr: expect.stringMatching(ALL_ROWS_SCORED) });
    expect(fromCsv.results).toEqual((await scored(['--questionnaire', leading, sam])).results);
    expect(fromCsv.results[0]!.priorities).toEqual(['boundaries', 'values']);
  });

  describe('an observer export asking who is rated and how the rater works with them', () => {
    const observerText = readFileSync(join(ROOT, 'questionnaires/systems-leadership-observer.yaml'), 'utf8');
    const observer = loadQuestionnaire(observerText, 'systems-leadership-observer.yaml').questionnaire!;
    const items = observer.items.filter((i): i is ScoredItem => i.kind === 'likert');
    const answers = items.map(() => 'Often');

    it("records each rater's subject and role, with no warning", async () => {
      const file = writeCsv('observers.csv', [
        ['Timestamp', 'Your name', 'Who are you giving feedback about?', 'How do you work with them?', ...items.map((i) => i.text)],
        ['2026-11-25T10:00:00Z', 'Ann', 'Dana', 'Manager', ...answers],
        ['2026-11-25T11:00:00Z', 'Bob', 'Dana', 'Peer', ...answers],
      ]);
      const r = await scored([file]);
      expect(r).toMatchObject({ code: 0, stderr: expect.stringMatching(ALL_ROWS_SCORED) });
      expect(r.results.map((result) => [(result.questionnaire as { id: string }).id, result.respondent, result.subject, result.role])).toEqual([
        ['systems-leadership-observer', 'Ann', 'Dana', 'manager'],
        ['systems-leadership-observer', 'Bob', 'Dana', 'peer'],
      ]);
    });

    it('warns, saying what follows, when neither question is there', async () => {
      const file = writeCsv('observers-bare.csv', [
        ['Timestamp', ...items.map((i) => i.text)],
        ['2026-11-25T10:00:00Z', ...answers],
      ]);
      const r = await scored([file]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe(
        [
          `${file}:1:1: warning: questionnaire "systems-leadership-observer" is answered about someone, but no column says who (such as "Who are you giving feedback about?"), so there is no 360 view: the answers only count in the cohort's figures; add that column or map one as the subject with --map FILE`,
          `${file}:1:1: warning: questionnaire "systems-leadership-observer" has raters in several roles, but no column says how each rater works with the person (such as "How do you work with them?"), so every rater counts as "other" and there are no figures by manager, peer or direct report; add that column or map one as the role with --map FILE`,
          `syslead: ${file}: 1 row: 1 scored, 0 skipped`,
          '',
        ].join('\n'),
      );
      expect(r.results[0]).toMatchObject({ role: 'other', subject: null });
    });
  });
});
