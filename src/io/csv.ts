import { createReadStream } from 'node:fs';
import { TextDecoder } from 'node:util';
import { CsvTokenizer, guessDelimiter, type CsvRow } from '../core/csv/tokenizer.js';
import { Failure, ProblemError } from '../core/failure.js';
import type { Problem } from '../core/problem.js';
import { say, sayIn } from '../core/i18n/voice.js';
import { fsReason } from './fs-reason.js';
import { displayName, nulMessage, TextPlace } from './read.js';

/** Line breaks, or else characters, of the start of a file that the delimiter is chosen from. */
const DELIMITER_HEAD_LINES = 5;
const DELIMITER_HEAD_CHARS = 64 * 1024;

/** The rows completed by one piece of the file, and the bytes read so far. */
export interface CsvBatch {
  rows: CsvRow[];
  bytesRead: number;
  /** Warnings about the file as a whole, found on the way (the encoding it was read in, the sheet chosen). */
  problems?: Problem[];
}

/**
 * Streams a CSV file as rows of cells, the header first, a piece of the file at a time (one await
 * per piece rather than per row, for many thousands of rows), without holding the file in memory.
 * Text in UTF-8 (with or without a byte-order mark), UTF-16 with its byte-order mark (Excel's
 * "Unicode text"), or Windows-1252 when the bytes are not UTF-8 (Excel's "CSV (Comma delimited)"
 * on a Windows PC in Western Europe), said in a warning with the batch it starts; the delimiter (comma, semicolon or tab) is taken from
 * the header line. A quote never closed, an over-long record or a NUL byte ends the reading with a
 * ProblemError once the rows before it are given, so a file read only in part is never taken for
 * the whole. `bytes` replaces the file's own bytes: for '-', the command's stdin (required),
 * perhaps with its first piece already looked at.
 */
export async function* readCsvBatches(file: string, bytes?: AsyncIterable<Buffer>): AsyncGenerator<CsvBatch> {
  const name = displayName(file);
  let tokenizer: CsvTokenizer | undefined;
  let head = '';
  let headLines = 0;
  let bytesRead = 0;
  if (file === '-' && !bytes) throw new Error('readCsvBatches("-") needs the bytes of stdin');
  const withNotes = (batch: CsvBatch): CsvBatch => {
    if (notes) batch.problems = notes;
    notes = undefined;
    return batch;
  };
  let notes: Problem[] | undefined;
  for await (const piece of decodeText(bytes ?? createReadStream(file), file)) {
    bytesRead += piece.bytes;
    let text = piece.text;
    if (piece.note) notes = [...(notes ?? []), piece.note];
    if (!tokenizer) {
      // The delimiter is chosen from a few whole lines (the header's alone may not tell: see guessDelimiter), or as much text as a file's first piece.
      head += text;
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) headLines++;
      if (headLines < DELIMITER_HEAD_LINES && head.length < DELIMITER_HEAD_CHARS) continue;
      tokenizer = new CsvTokenizer(name, guessDelimiter(head));
      text = head;
    }
    yield withNotes({ rows: tokenizer.push(text), bytesRead });
    if (tokenizer.done) break;
  }
  let rows: CsvRow[] = [];
  if (!tokenizer) {
    // A short file, read whole before its delimiter was chosen.
    tokenizer = new CsvTokenizer(name, guessDelimiter(head));
    rows = tokenizer.push(head);
  }
  yield withNotes({ rows: [...rows, ...tokenizer.end()], bytesRead });
  const [stopped] = tokenizer.problems;
  if (stopped) throw new ProblemError([stopped]);
}

/** What Windows-1252 text is told with, in English (tests compare with it): it is read, but the user should know it was not UTF-8. */
export const WINDOWS_1252_NOTE = sayIn('en', 'inputs.csv.windows1252');

/**
 * The bytes as text: UTF-16 (little- or big-endian) when they start with its byte-order mark;
 * otherwise UTF-8, or Windows-1252 once a byte is not UTF-8 while every byte before it was ASCII
 * (which the two encodings share, so nothing already read changes); a file whose UTF-8 text goes
 * wrong later is refused, being neither. Binary data, told by a NUL character, which no text holds
 * (UTF-16 holds NUL bytes, hence its byte-order mark first), is refused at its first piece.
 */
async function* decodeText(bytes: AsyncIterable<Buffer>, file: string): AsyncGenerator<{ text: string; bytes: number; note?: Problem }> {
  let decoder: TextDecoder | undefined;
  let utf8 = false;
  let asciiSoFar = true;
  /** The bytes of a character that the last piece ended inside of, while all before was ASCII. */
  let tail: Buffer = Buffer.alloc(0);
  let pending: Buffer | undefined;
  // Where a refused byte is, in lines as the CSV reader counts them.
  const place = new TextPlace(true);
  let chunk: Buffer | undefined;
  const decode = (piece: Buffer, stream: boolean): { text: string; bytes: number; note?: Problem } => {
    decoder ??= chooseDecoder(piece);
    utf8 = decoder.encoding === 'utf-8';
    let text: string;
    let note: Problem | undefined;
    try {
      text = decoder.decode(piece, { stream });
    } catch (error) {
      const lenient = new TextDecoder('utf-8').decode(Buffer.concat([tail, piece]));
      const before = lenient.slice(0, lenient.indexOf('\uFFFD'));
      // UTF-8 text before the bad byte, in an earlier piece or this one, is not Windows-1252's.
      if (!utf8 || !asciiSoFar || /[^\x00-\x7f]/.test(before)) throw error;
      decoder = new TextDecoder('windows-1252');
      utf8 = false;
      // The UTF-8 decoder holds the bytes the last piece ended inside: they are read again.
      text = decoder.decode(Buffer.concat([tail, piece]), { stream });
      const at = place.copy();
      at.advance(before);
      note = { ...at.problem(displayName(file), say('inputs.csv.windows1252')), severity: 'warning' };
    }
    // UTF-8 text as long as its bytes is ASCII; shorter, it is ASCII still when its other bytes start a character yet to end.
    if (utf8 && asciiSoFar) {
      asciiSoFar = text.length === piece.length + tail.length || !/[^\x00-\x7f]/.test(text);
      tail = asciiSoFar ? Buffer.concat([tail, piece]).subarray(text.length) : tail;
    }
    const nul = text.indexOf('\0');
    if (nul >= 0) {
      place.advance(text.slice(0, nul));
      throw new ProblemError([place.problem(displayName(file), nulMessage())]);
    }
    place.advance(text);
    return note ? { text, bytes: piece.length, note } : { text, bytes: piece.length };
  };
  try {
    for await (chunk of bytes) {
      // Two bytes tell a byte-order mark: a first piece of one byte (a pipe) waits for the next.
      if (!decoder && (pending || chunk.length < 2)) {
        pending = pending ? Buffer.concat([pending, chunk]) : chunk;
        if (pending.length < 2) continue;
        chunk = pending;
        pending = undefined;
      }
      yield decode(chunk, true);
    }
    chunk = pending;
    if (pending) yield decode(pending, true);
    chunk = undefined;
    const last = decoder?.decode() ?? '';
    if (last !== '') yield { text: last, bytes: 0 };
  } catch (error) {
    if (error instanceof ProblemError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') {
      // Find the place of the first bad byte: a lenient decoding shows it as U+FFFD.
      const lenient = chunk ? new TextDecoder(decoder?.encoding ?? 'utf-8').decode(chunk) : '';
      const bad = lenient.indexOf('\uFFFD');
      if (bad >= 0) place.advance(lenient.slice(0, bad));
      const message = utf8 ? say('inputs.csv.mixedUtf8') : say('inputs.csv.badUtf16');
      throw new ProblemError([place.problem(displayName(file), message)]);
    }
    throw new Failure(say('inputs.cannotRead', { why: fsReason(error) }), displayName(file));
  }
}

/** UTF-16 by its byte-order mark, else UTF-8 (its byte-order mark kept: header matching trims it). */
function chooseDecoder(start: Buffer): TextDecoder {
  if (start[0] === 0xff && start[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true });
  if (start[0] === 0xfe && start[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true });
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
}
