import { createReadStream } from 'node:fs';
import { CsvTokenizer, guessDelimiter, MAX_RECORD_LENGTH, type CsvRow } from '../core/csv/tokenizer.js';
import { Failure, ProblemError } from '../core/failure.js';
import { fsReason } from './fs-reason.js';
import { displayName, NUL_MESSAGE, TextPlace } from './read.js';

/** The rows completed by one piece of the file, and the bytes read so far. */
export interface CsvBatch {
  rows: CsvRow[];
  bytesRead: number;
}

/**
 * Streams a CSV file as rows of cells, the header first, a piece of the file at a time (one await
 * per piece rather than per row, for many thousands of rows), without holding the file in memory.
 * UTF-8 only (a byte-order mark is dropped); the delimiter (comma, semicolon or tab) is taken from
 * the header line. A quote never closed, an over-long record or a NUL byte ends the reading with a
 * ProblemError once the rows before it are given, so a file read only in part is never taken for
 * the whole. `bytes` replaces the file's own bytes: for '-', the command's stdin (required),
 * perhaps with its first piece already looked at.
 */
export async function* readCsvBatches(file: string, bytes?: AsyncIterable<Buffer>): AsyncGenerator<CsvBatch> {
  const name = displayName(file);
  let tokenizer: CsvTokenizer | undefined;
  let head = '';
  let bytesRead = 0;
  if (file === '-' && !bytes) throw new Error('readCsvBatches("-") needs the bytes of stdin');
  for await (const piece of decodeUtf8(bytes ?? createReadStream(file), file)) {
    bytesRead += piece.bytes;
    let text = piece.text;
    if (!tokenizer) {
      // The delimiter is chosen once the header line is complete, or too long to be one.
      head += text;
      if (!/[\r\n]/.test(text) && head.length <= MAX_RECORD_LENGTH) continue;
      tokenizer = new CsvTokenizer(name, guessDelimiter(head));
      text = head;
    }
    yield { rows: tokenizer.push(text), bytesRead };
    if (tokenizer.done) break;
  }
  if (!tokenizer) {
    tokenizer = new CsvTokenizer(name, guessDelimiter(head));
    tokenizer.push(head);
  }
  yield { rows: tokenizer.end(), bytesRead };
  const [stopped] = tokenizer.problems;
  if (stopped) throw new ProblemError([stopped]);
}

/**
 * The bytes as UTF-8 text, refusing other encodings (Excel's plain "CSV" is Windows-1252, which
 * would turn curly quotes and accents into garbage) and binary data, told by a NUL byte, which no
 * text holds: /dev/zero or a spreadsheet saved as .xlsx ends at its first piece.
 */
async function* decodeUtf8(bytes: AsyncIterable<Buffer>, file: string): AsyncGenerator<{ text: string; bytes: number }> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const place = new TextPlace();
  let chunk: Buffer | undefined;
  try {
    for await (chunk of bytes) {
      const text = decoder.decode(chunk, { stream: true });
      const nul = text.indexOf('\0');
      if (nul >= 0) {
        place.advance(text.slice(0, nul));
        throw new ProblemError([place.problem(displayName(file), NUL_MESSAGE)]);
      }
      place.advance(text);
      yield { text, bytes: chunk.length };
    }
    chunk = undefined;
    const last = decoder.decode();
    if (last !== '') yield { text: last, bytes: 0 };
  } catch (error) {
    if (error instanceof ProblemError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') {
      // Find the place of the first bad byte: a lenient decoding shows it as U+FFFD.
      const lenient = chunk ? new TextDecoder('utf-8').decode(chunk) : '';
      const bad = lenient.indexOf('\uFFFD');
      if (bad >= 0) place.advance(lenient.slice(0, bad));
      throw new ProblemError([place.problem(displayName(file), 'the file is not UTF-8 text (in Excel, save it as "CSV UTF-8"; in other programs choose the UTF-8 encoding)')]);
    }
    throw new Failure(`cannot read: ${fsReason(error)}`, displayName(file));
  }
}
