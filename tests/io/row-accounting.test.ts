import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../src/core/questionnaire/load.js';
import { failureLines, ProblemError } from '../../src/core/failure.js';
import { readCohortInputs } from '../../src/io/cohort-inputs.js';
import { fixture, runCli } from '../helpers/cli.js';
import { namedFilesOnly } from '../helpers/inputs.js';
import { fuzzRuns } from '../helpers/fuzz.js';

const dir = mkdtempSync(join(tmpdir(), 'syslead-row-accounting-'));
const minimal = loadQuestionnaire(readFileSync(fixture('minimal.yaml'), 'utf8'), 'minimal.yaml').questionnaire!;
const HEADER = ['Name', 'a1', 'a2', 'a3', 'Comment'];
let files = 0;

/** Reads one CSV text as `syslead report` does: the respondents counted, or the located error that stopped it. */
async function read(text: string): Promise<{ scored: number; skipped: number } | { stopped: string }> {
  const file = join(dir, `${++files}.csv`);
  writeFileSync(file, text);
  try {
    const { respondents } = await readCohortInputs([file], {
      questionnaire: minimal,
      ...namedFilesOnly(),
      collect: { keepNames: false },
      onProblem: () => {},
    });
    return { scored: respondents.scored, skipped: respondents.skipped };
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    return { stopped: failureLines(error).join('\n').replace(file, 'FILE') };
  }
}

const quote = (cell: string) => (/[",\r\n]/.test(cell) || cell === '' ? `"${cell.replaceAll('"', '""')}"` : cell);
const answer = fc.constantFrom('1', '2', '3', '4', '5', '', 'often', 'x', '6');
const name = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', 'é') });
/** A comment over several lines has fewer delimiters than a row: more would read as rows a stray quote swallowed. */
const comment = fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r\n') }).filter((c) => !/[\r\n]/.test(c) || c.split(',').length - 1 < HEADER.length - 1);
const row = fc.tuple(name, answer, answer, answer, comment);
/** A row of cells with nothing in them is a row all the same (skipped: no answers); only an empty line is none. */
const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

describe('every data row of a CSV is accounted for', () => {
  it('rows scored + skipped equals the rows written that are not blank, however the cells are quoted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 30 }), fc.constantFrom('\n', '\r\n'), async (rows, eol) => {
        const text = [HEADER, ...rows].map((cells) => cells.map(quote).join(',')).join(eol) + eol;
        const got = await read(text);
        expect(got).not.toHaveProperty('stopped');
        if ('scored' in got) expect(got.scored + got.skipped).toBe(rows.length);
      }),
      { numRuns: fuzzRuns(150) },
    );
  });

  it('with a stray quote opening any cell: every row still counted, or the reading stops with a located error', async () => {
    const oneLine = fc
      .tuple(
        name,
        answer,
        answer,
        answer,
        comment.filter((c) => !/[\r\n]/.test(c)),
      )
      .filter((cells) => !isBlank(cells)); // kept as before: a row of empty cells is counted (no answers) either way
    await fc.assert(
      fc.asyncProperty(fc.array(oneLine, { minLength: 1, maxLength: 40 }), fc.nat(), fc.nat({ max: HEADER.length - 1 }), async (rows, at, cell) => {
        const lines = rows.map((cells) => cells.map(quote));
        const stray = at % rows.length;
        lines[stray]![cell] = `"${lines[stray]![cell]!}`;
        const text = `${[HEADER.join(','), ...lines.map((cells) => cells.join(','))].join('\n')}\n`;
        const got = await read(text);
        if ('stopped' in got) expect(got.stopped).toMatch(/^FILE:\d+:\d+: error: a quote opens this cell and is never closed: /);
        else expect(got.scored + got.skipped).toBe(rows.length);
      }),
      // The example: a stray quote in the first row's comment closes where the second's opens, leaving a row's cells.
      {
        numRuns: fuzzRuns(1000),
        examples: [
          [
            [
              ['', '1', '1', '1', ''],
              ['', '1', '1', '1', '"a'],
            ],
            0,
            4,
          ],
        ],
      },
    );
  });

  it('rows of empty cells and rows with only a name are skipped for no answers; empty lines are no rows', async () => {
    const problems: string[] = [];
    const file = join(dir, 'blank-rows.csv');
    writeFileSync(file, `${HEADER.join(',')}\nSam,1,2,3,\n\n,,,,\n  , ,\t,,\n   \n"","","","",""\nAnn,,,,\nJo,4,x,5,\n\n`);
    const { respondents } = await readCohortInputs([file], {
      questionnaire: minimal,
      ...namedFilesOnly(),
      collect: { keepNames: false },
      onProblem: (p) => problems.push(p.message),
    });
    expect({ read: respondents.read, scored: respondents.scored, skipped: respondents.skipped, reasons: { ...respondents.reasons } }).toEqual({
      read: 6,
      scored: 1,
      skipped: 5,
      reasons: { 'no answers': 4, 'answer not on the scale': 1 },
    });
    const none = 'the row has no answers, so it is no respondent and is counted as skipped (delete it from the file if it should not be there)';
    expect(problems).toEqual([`${none}: every cell is empty`, `${none}: every cell is empty`, `${none}: every cell is empty`, `${none}: it answers none of the items`, expect.stringContaining('"x"')]);
  });

  it('never takes a file with a quote left open at its end as read', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 20 }), name, async (rows, rest) => {
        const before = `${[HEADER, ...rows].map((cells) => cells.map(quote).join(',')).join('\n')}\n`;
        const line = before.split(/\r\n|\r|\n/).length;
        expect(await read(`${before}last,1,2,3,"${rest.replaceAll('"', '""')}`)).toEqual({ stopped: expect.stringMatching(new RegExp(`^FILE:${line}:5: error: a quote opens this cell and is never closed`)) });
      }),
      { numRuns: fuzzRuns(100) },
    );
  });
});

describe('every data row of an export with a Finished column is scored or skipped, and the report says the same', () => {
  // Qualtrics' layout (ropensci/qualtRics inst/extdata/sample.csv): a Finished flag before the questions.
  const FINISHED_HEADER = ['Name', 'Finished', 'a1', 'a2', 'a3', 'Comment'];
  const finished = fc.constantFrom('1', '0', 'True', 'False', '', 'maybe');
  const exportRow = fc.tuple(name, finished, answer, answer, answer, comment);
  const badAnswer = (cell: string) => !['1', '2', '3', '4', '5', ''].includes(cell);

  /** What must become of a row that is not blank, worked out apart from the reader: its reason, or scored. */
  function expected(cells: readonly string[]): string {
    const [, flag, ...rest] = cells;
    const answers = rest.slice(0, 3);
    if (isBlank(cells)) return 'no answers';
    // A row with several faults counts under its first, from the left.
    if (!['1', '0', 'true', 'false'].includes(flag!.toLowerCase())) return 'finished not understood';
    if (answers.some(badAnswer)) return 'answer not on the scale';
    if (flag === '0' || flag === 'False') return 'unfinished response';
    // The name and comment are no answers (minimal has no free-text item); minimal's one theme has 3 items: 2 answers give it a score.
    if (answers.every((a) => a === '')) return 'no answers';
    if (answers.filter((a) => a !== '').length < 2) return 'no theme scored';
    return 'scored';
  }

  it('read = scored + skipped = the rows that are not blank, by reason, in the pipeline, on stderr and in the report', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(exportRow, { minLength: 1, maxLength: 25 }), fc.constantFrom('\n', '\r\n'), async (rows, eol) => {
        const file = join(dir, `${++files}.csv`);
        writeFileSync(file, [FINISHED_HEADER, ...rows].map((cells) => cells.map(quote).join(',')).join(eol) + eol);
        const dataRows = rows;
        const reasons: Record<string, number> = {};
        for (const cells of dataRows) {
          const why = expected(cells);
          if (why !== 'scored') reasons[why] = (reasons[why] ?? 0) + 1;
        }
        const skipped = Object.values(reasons).reduce((a, b) => a + b, 0);
        const want = { read: dataRows.length, scored: dataRows.length - skipped, skipped, reasons };

        const { respondents } = await readCohortInputs([file], { questionnaire: minimal, ...namedFilesOnly(), collect: { keepNames: false }, onProblem: () => {} });
        expect({ ...respondents, reasons: { ...respondents.reasons } }).toEqual(want);

        // With --per-respondent the report lists its files too (a file's name may name someone).
        const r = await runCli(['report', '--format', 'json', '--per-respondent', '--questionnaire', fixture('minimal.yaml'), file]);
        if (want.scored === 0) {
          // Nobody to report on: no report, and the rows still accounted for on stderr.
          expect(r).toMatchObject({ code: 1, stdout: '' });
        } else {
          // Any row skipped, for an error or as unfinished: the report is written and the exit code is 1.
          expect(r.code).toBe(skipped > 0 ? 1 : 0);
          const json = JSON.parse(r.stdout);
          expect(json.respondents).toEqual(want);
          expect(json.tables).toEqual([{ file, ...want }]);
        }
        const why = Object.entries(reasons).map(([reason, n]) => `${reason}: ${n}`);
        const noun = want.read === 1 ? 'row' : 'rows';
        expect(r.stderr).toContain(`syslead: ${file}: ${want.read} ${noun}: ${want.scored} scored, ${want.skipped} skipped${why.length > 0 ? ` (${why.join(', ')})` : ''}\n`);
      }),
      { numRuns: fuzzRuns(60) },
    );
  });
});
