import { createReadStream } from 'node:fs';
import type { Problem } from '../core/problem.js';
import { CsvTokenizer, guessDelimiter, type CsvRow } from '../core/csv/tokenizer.js';
import { ExitError } from '../errors.js';
import { fsReason } from './fs-reason.js';
import { displayName } from './read.js';

/** A row of cells with the line it starts on, or a problem that stopped the reading. */
export type CsvRecord = ({ kind: 'row' } & CsvRow) | { kind: 'problem'; problem: Problem };

/** The rows completed by one piece of the file, problems that stopped the reading, and the bytes read so far. */
export interface CsvBatch {
  rows: CsvRow[];
  problems: Problem[];
  bytesRead: number;
}

/**
 * Streams a CSV file ('-' reads stdin) as rows of cells, the header first, without holding the
 * file in memory. UTF-8 only (a byte-order mark is dropped); the delimiter (comma, semicolon or
 * tab) is taken from the header line. `bytes` replaces the file's own bytes, as for readCsvBatches.
 */
export async function* readCsvRecords(file: string, bytes?: AsyncIterable<Buffer>): AsyncGenerator<CsvRecord> {
  for await (const batch of readCsvBatches(file, bytes)) {
    for (const row of batch.rows) yield { kind: 'row', ...row };
    for (const problem of batch.problems) yield { kind: 'problem', problem };
  }
}

/**
 * The same rows a piece of the file at a time: one await per piece rather than per row, for
 * callers reading many thousands of rows. `bytes` replaces the file's own bytes, e.g. stdin with
 * its first piece already looked at.
 */
export async function* readCsvBatches(file: string, bytes?: AsyncIterable<Buffer>): AsyncGenerator<CsvBatch> {
  const name = displayName(file);
  let tokenizer: CsvTokenizer | undefined;
  let head = '';
  let bytesRead = 0;
  for await (const piece of decodeUtf8(bytes ?? (file === '-' ? process.stdin : createReadStream(file)), file)) {
    bytesRead += piece.bytes;
    if (!tokenizer) {
      // The delimiter is chosen once the header line is complete.
      head += piece.text;
      if (!/[\r\n]/.test(head)) continue;
      tokenizer = new CsvTokenizer(name, guessDelimiter(head));
      yield { rows: tokenizer.push(head), problems: [], bytesRead };
    } else {
      yield { rows: tokenizer.push(piece.text), problems: [], bytesRead };
    }
    if (tokenizer.problems.length > 0) break;
  }
  tokenizer ??= new CsvTokenizer(name, guessDelimiter(head));
  const last = tokenizer.problems.length === 0 && head !== '' && !/[\r\n]/.test(head) ? tokenizer.push(head) : [];
  const rows = [...last, ...tokenizer.end()];
  yield { rows, problems: tokenizer.problems, bytesRead };
}

/**
 * The bytes as UTF-8 text, refusing other encodings: Excel's plain "CSV" is Windows-1252, which
 * would turn curly quotes and accents into garbage.
 */
async function* decodeUtf8(bytes: AsyncIterable<Buffer>, file: string): AsyncGenerator<{ text: string; bytes: number }> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const lineBreaks = (text: string) => text.split('\n').length - 1;
  let line = 1;
  let chunk: Buffer | undefined;
  try {
    for await (chunk of bytes) {
      const text = decoder.decode(chunk, { stream: true });
      line += lineBreaks(text);
      yield { text, bytes: chunk.length };
    }
    chunk = undefined;
    const last = decoder.decode();
    if (last !== '') yield { text: last, bytes: 0 };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') {
      // Find the line of the first bad byte: a lenient decoding shows it as U+FFFD.
      const lenient = chunk ? new TextDecoder('utf-8').decode(chunk) : '';
      const bad = lenient.indexOf('\uFFFD');
      if (bad >= 0) line += lineBreaks(lenient.slice(0, bad));
      throw new ExitError(`${displayName(file)}:${line}:1: error: the file is not UTF-8 text (in Excel, save it as "CSV UTF-8"; in other programs choose the UTF-8 encoding)`, { located: true });
    }
    throw new ExitError(`${displayName(file)}: error: cannot read: ${fsReason(error)}`, { located: true });
  }
}
