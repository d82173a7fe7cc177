import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SurveyRowReader } from '../../src/core/csv/reader.js';
import { CsvTokenizer, LineRow, type CsvRow } from '../../src/core/csv/tokenizer.js';
import { readCsvBatches } from '../../src/io/csv.js';
import { survey } from './survey.js';

/**
 * A line without a quote is read as a LineRow, its answers taken where they stand in the text:
 * on any text, cut anywhere, the rows, their lines and the problems must be those of the reading
 * cell by cell, and a survey row must read to the same answers, problems and counts.
 */

const unit = fc.constantFrom('a', '4', ' ', ',', ';', '"', '\n', '\r', '\r\n', '\t', 'é', '’', '\uFEFF', '\u00A0', 'often', 'Often', '');
const text = fc.string({ unit, maxLength: 80 });

/** The text cut at the given positions. */
const cut = (whole: string, at: number[]) => {
  const points = [...new Set(at.map((a) => a % (whole.length + 1)))].sort((a, b) => a - b);
  return [0, ...points].map((from, i) => whole.slice(from, points[i] ?? whole.length));
};

function tokenize(pieces: string[], lineRows: boolean, delimiter = ',', maxRecordLength?: number, maxCells?: number) {
  const tokenizer = new CsvTokenizer('t.csv', delimiter, maxRecordLength, maxCells, lineRows);
  const rows: CsvRow[] = [];
  for (const piece of pieces) rows.push(...tokenizer.push(piece));
  rows.push(...tokenizer.end());
  return { rows, problems: tokenizer.problems };
}

const plain = (rows: CsvRow[]) => rows.map((r) => ({ cells: [...r.cells], line: r.line, span: r.span }));

describe('lines read as LineRows', () => {
  it('split into the rows, lines and problems of the reading cell by cell, in any pieces and within any limits', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.constantFrom(',', ';', '\t'),
        fc.option(fc.integer({ min: 1, max: 30 })),
        fc.option(fc.integer({ min: 1, max: 6 })),
        (whole, cuts, delimiter, maxLength, maxCells) => {
          const pieces = cut(whole, cuts);
          const fast = tokenize(pieces, true, delimiter, maxLength ?? undefined, maxCells ?? undefined);
          const slow = tokenize(pieces, false, delimiter, maxLength ?? undefined, maxCells ?? undefined);
          expect(plain(fast.rows)).toEqual(plain(slow.rows));
          expect(fast.problems).toEqual(slow.problems);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('are made for lines without a quote, with the cells the line holds', () => {
    const { rows } = tokenize(['a,,b\r\n', '"q",1\n', '\r\nc;d,\r', 'e'], true);
    expect(rows.map((r) => r instanceof LineRow)).toEqual([true, false, true, true]);
    expect(plain(rows)).toEqual([
      { cells: ['a', '', 'b'], line: 1, span: undefined },
      { cells: ['q', '1'], line: 2, span: undefined },
      { cells: ['c;d', ''], line: 4, span: undefined },
      { cells: ['e'], line: 5, span: undefined },
    ]);
  });

  it('tell a cell of more than white space surely, and a blank one never', () => {
    const [filled, blank, spaced] = tokenize(['  ,x\n , \u00A0\n\t,\t\n'], true).rows as LineRow[];
    expect(filled!.surelyNotBlank()).toBe(true);
    expect(blank!.surelyNotBlank()).toBe(false);
    expect(spaced!.surelyNotBlank()).toBe(false);
  });
});

const header = ['Name', 'Role', 'Team', 'sv1', 'sv2', 'sv-notes', 'importance:outcomes', 'oc1', 'oc2', 'Completion time'];
const cell = fc.oneof(
  fc.constantFrom('', ' ', '\u00A0', '3', '4', '6', '0', '2.5', ' 4 ', 'often', 'Often', 'almost always', 'Sometimez', 'Essential', 'Direct report', 'boss', 'N/A', '15/01/2024 10:23', 'Asha'),
  fc.string({ unit: fc.constantFrom('a', '1', ' ', '"', ',', '\n', 'é'), maxLength: 6 }),
);

/** Each row's answers, problems and the counts, reading LineRows where they stand or their cells. */
function readAll(records: CsvRow[], lineRows: boolean) {
  const reader = SurveyRowReader.fromHeader(header, survey, 'cohort.csv').reader!;
  const results = records.map((record) => {
    const { row, problems } = lineRows ? reader.readRecord(record) : reader.readValues([...record.cells], record.line, record.span);
    return { answers: row && reader.answersOf(row), problems };
  });
  return { results, counts: reader.counts };
}

describe('survey rows read from LineRows', () => {
  it('read to the answers, problems and counts of their cells', () => {
    const width = { minLength: header.length, maxLength: header.length };
    // Rows of the header's width most often, blank ones among them, as only those are read where they stand.
    const row = fc.oneof(fc.array(cell, width), fc.array(fc.constantFrom('', ' ', '\u00A0', '\t'), width), fc.array(cell, { minLength: 1, maxLength: header.length + 1 }));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r'), (data, eol) => {
        const csv = data.map((cells) => cells.join(',')).join(eol) + eol;
        const { rows } = tokenize([csv], true);
        expect(readAll(rows, true)).toEqual(readAll(rows, false));
      }),
      { numRuns: 1000 },
    );
  });
});

/** The bytes as a stream of the given pieces. */
async function* chunks(bytes: Buffer, cuts: number[]): AsyncGenerator<Buffer> {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  for (const [i, from] of [0, ...points].entries()) yield bytes.subarray(from, points[i] ?? bytes.length);
}

describe('a CSV file read in byte pieces', () => {
  const encode: Record<string, (s: string) => Buffer> = {
    'utf-8': (s) => Buffer.from(s, 'utf8'),
    'utf-8 with a byte-order mark': (s) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')]),
    'utf-16le': (s) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]),
    'utf-16be': (s) => Buffer.from([0xfe, 0xff, ...Buffer.from(s, 'utf16le').swap16()]),
  };
  const rowText = fc.array(fc.string({ unit: fc.constantFrom('a', 'é', '’', '😀', 'ŵ', ' ', '4'), maxLength: 12 }), { minLength: 1, maxLength: 5 });

  it('gives the rows of its whole text, multi-byte characters cut between pieces and long rows alike', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowText, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.constantFrom(...Object.keys(encode)),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.nat(3000),
        async (data, eol, encoding, cuts, long) => {
          const lines = data.map((cells) => cells.join(','));
          lines.push(`x,${'ŵ'.repeat(long)}`);
          const whole = lines.join(eol) + eol;
          const rows: CsvRow[] = [];
          for await (const batch of readCsvBatches('t.csv', chunks(encode[encoding]!(whole), cuts))) rows.push(...batch.rows);
          expect(plain(rows)).toEqual(plain(tokenize([whole], false).rows));
        },
      ),
      { numRuns: 300 },
    );
  });
});
