import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SurveyRowReader } from '../../src/core/csv/reader.js';
import type { CsvRow } from '../../src/core/csv/tokenizer.js';
import { readCsvBatches } from '../../src/io/csv.js';
import { survey } from './survey.js';

const dir = mkdtempSync(join(tmpdir(), 'syslead-csv-'));
let files = 0;
const write = (content: string | Buffer) => {
  const file = join(dir, `${++files}.csv`);
  writeFileSync(file, content);
  return file;
};
const records = async (file: string) => {
  const all: CsvRow[] = [];
  for await (const batch of readCsvBatches(file)) all.push(...batch.rows);
  return all;
};
/** The rows read, then the error that stopped the reading, if any. */
const rows = async (file: string) => {
  const seen: string[] = [];
  try {
    for await (const batch of readCsvBatches(file)) for (const r of batch.rows) seen.push(`${r.line}: ${r.cells.join('|')}`);
  } catch (error) {
    seen.push(`stopped: ${(error as Error).message.replace(file, 'FILE')}`);
  }
  return seen;
};

/** The rows of a file one by one, as a reader of a whole table takes them. */
async function* rowsOf(file: string) {
  for await (const batch of readCsvBatches(file)) yield* batch.rows;
}

describe('reading CSV files', () => {
  it('drops a byte-order mark and reads Windows line ends, with the line each row starts on', async () => {
    const file = write('\uFEFFName,sv1,sv-notes\r\nAsha,4,"two\r\nlines"\r\n\r\nBen,2,\r\n');
    expect(await rows(file)).toEqual(['1: Name|sv1|sv-notes', '2: Asha|4|two\nlines', '5: Ben|2|']);
  });

  it('joins a Windows line end split between two reads of the file', async () => {
    // Files are read 65,536 bytes at a time: the header (10 bytes), a 7-byte row and 13,103 rows of
    // 5 bytes put a "\r" at byte 65,535 and its "\n" in the next read.
    const content = `Name,sv1\r\nBBB,1\r\n${'A,1\r\n'.repeat(20_000)}`;
    expect(content[65_535]).toBe('\r');
    const got = await records(write(content));
    expect(got).toHaveLength(20_002);
    expect(got.every((r, i) => r.line === i + 1 && !r.cells.join('').includes('\r'))).toBe(true);
  });

  it('takes semicolons or tabs as the delimiter when the header uses them', async () => {
    expect(await rows(write('Name;sv1;"a; b"\nAsha;4;x\n'))).toEqual(['1: Name|sv1|a; b', '2: Asha|4|x']);
    expect(await rows(write('Name\tsv1\nAsha\t4'))).toEqual(['1: Name|sv1', '2: Asha|4']);
  });

  it('keeps a stray quote inside a cell as text', async () => {
    expect(await rows(write('Name,sv1\nAsha "A" Patel,4\n'))).toEqual(['1: Name|sv1', '2: Asha "A" Patel|4']);
  });

  it('stops at a quote that is never closed, pointing at it and counting the lines lost', async () => {
    expect(await rows(write('Name,sv1\nAsha,4\nBen,"3\nCal,2\n'))).toEqual([
      '1: Name|sv1',
      '2: Asha|4',
      'stopped: FILE:3:2: error: a quote opens this cell and is never closed: this row and the 1 line after it cannot be read',
    ]);
  });

  it('stops at a NUL byte, naming its line and column', async () => {
    expect(await rows(write(Buffer.concat([Buffer.from('Name,sv1\nAsha,4\nBe'), Buffer.alloc(10), Buffer.from('n,3\n')])))).toEqual([
      'stopped: FILE:3:3: error: the file holds a NUL byte, so it is binary data (or UTF-16 text), not UTF-8 text',
    ]);
  });

  it('names the line of a refused byte as its rows count lines: after "\\r" alone too, and a "\\r\\n" split between reads', async () => {
    // Found by fuzzing: UTF-16 with classic Mac line ends was one line by "\n" alone (1:20).
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name,a1,a2,a3\rp0,,,\0,self\r', 'utf16le')]);
    expect(await rows(write(utf16))).toEqual(['stopped: FILE:2:6: error: the file holds a NUL byte, so it is binary data (or UTF-16 text), not UTF-8 text']);
    const mixed = Buffer.concat([Buffer.from('Name,sv1\rRenée,4\rRen'), Buffer.from([0xe9]), Buffer.from('e,3\r')]);
    await expect(records(write(mixed))).rejects.toThrow(/:3:4: error: the file is not UTF-8 text/);
    // Byte 65,535 is a "\r" whose "\n" starts the next read (as above): 20,002 lines, the NUL second on line 20,003.
    const split = `Name,sv1\r\nBBB,1\r\n${'A,1\r\n'.repeat(20_000)}B\0`;
    expect(await rows(write(split)).then((seen) => seen.at(-1))).toBe('stopped: FILE:20003:2: error: the file holds a NUL byte, so it is binary data (or UTF-16 text), not UTF-8 text');
  });

  it('says where a file of "\\r" line ends stops being UTF-8, on the line its rows count', async () => {
    const latin = Buffer.concat([Buffer.from('Name,sv1\rAsha,4\rRen'), Buffer.from([0xe9]), Buffer.from('e,3\r')]);
    const problems: string[] = [];
    for await (const batch of readCsvBatches(write(latin))) for (const p of batch.problems ?? []) problems.push(`${p.line}:${p.column} ${p.severity}`);
    expect(problems).toEqual(['3:4 warning']);
  });

  it('stops at a header line too long to be one, without waiting for its end', async () => {
    const got = await rows(write(`${'x'.repeat(3 * 1024 * 1024)}\nName,sv1\n`));
    expect(got).toEqual(['stopped: FILE:1:1: error: the row is longer than 1,048,576 characters, so it is not a row of a survey export: this row and the 1 line after it cannot be read']);
  });

  it('refuses text that is UTF-8 at first and not UTF-8 later, naming the line', async () => {
    const mixed = Buffer.concat([Buffer.from('Name,sv1\nRenée,4\nRen'), Buffer.from([0xe9]), Buffer.from('e,3\n')]);
    await expect(records(write(mixed))).rejects.toThrow(/:3:4: error: the file is not UTF-8 text: it mixes UTF-8 with another encoding/);
  });

  it('says so when the file cannot be read', async () => {
    await expect(records(join(dir, 'missing.csv'))).rejects.toThrow(/missing\.csv: error: cannot read: no such file or folder/);
  });

  it('reads nothing from an empty file', async () => {
    expect(await rows(write(''))).toEqual([]);
  });
});

describe('a survey export from file to answers', () => {
  it('gives each good row an answer set and each bad cell its file, line and column', async () => {
    const file = write(
      [
        '\uFEFFID,Start time,Completion time,Email,Name,I talk about the values we share with partners. ,"I put my organisation’s interests first, then the system’s.",What helps you hold to shared values?,Team',
        '1,1/15/24 10:01:02,1/15/24 10:09:40,asha@example.org,Asha Patel,Often,Rarely,"Trust,',
        'mostly",North',
        '2,1/15/24 11:00:00,1/15/24 11:05:00,ben@example.org,Ben Jones,Oftn,4,,South',
        '',
      ].join('\r\n'),
    );
    let reader: SurveyRowReader | undefined;
    const answers = [];
    const problems: string[] = [];
    for await (const record of rowsOf(file)) {
      if (!reader) {
        const made = SurveyRowReader.fromHeader(record.cells, survey, file, record.line);
        reader = made.reader;
        problems.push(...made.problems.map((p) => p.message));
        continue;
      }
      const result = reader.readRow(record.cells, record.line);
      if (result.answers) answers.push(result.answers);
      problems.push(...result.problems.map((p) => `${p.file === file ? 'file' : p.file}:${p.line}:${p.column} ${p.message}`));
    }
    expect(answers).toEqual([
      {
        questionnaire: { id: 'survey', version: 2 },
        respondent: 'Asha Patel',
        role: 'self',
        started: '2024-01-15T10:01:02',
        completed: '2024-01-15T10:09:40',
        attributes: { ID: '1', Email: 'asha@example.org', Team: 'North' },
        answers: { sv1: 3, sv2: 1 },
        texts: { 'sv-notes': 'Trust,\nmostly' },
        importance: {},
      },
    ]);
    expect(problems).toEqual([
      'no column for 2 items (oc1, oc2): their answers count as missing',
      'questionnaire "survey" asks how important each theme is, but no column holds it, so there are no development priorities: name a column "How important is Shared values to your current role?" or "importance:shared-values", or map it with --map FILE',
      'file:4:6 column 6 "I talk about the values we share with partners.": "Oftn" is not on the scale: use 1 to 5 or one of "Rarely", "Sometimes", "Often", "Usually", "Almost always", or map it with --map',
    ]);
    expect(reader!.counts).toEqual({ rows: 2, read: 1, skipped: 1, reasons: { 'answer not on the scale': 1 } });
  });
});
