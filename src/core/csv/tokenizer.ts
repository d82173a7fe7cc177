import type { Problem } from '../problem.js';
import { say } from '../i18n/voice.js';
import { whole } from '../whole.js';

/** A record of cells and the line of the file it starts on (1-based). */
export interface CsvRow {
  cells: string[];
  line: number;
  /**
   * For a record over several lines: how many lines it spans, the first cell whose quotes hold a
   * line break (0-based), and how many delimiters that cell holds. That cell opens on `line`,
   * since nothing before it breaks the line.
   */
  span?: { lines: number; cell: number; delimiters: number };
}

/**
 * A record of one line with no quote, as the tokenizer found it: its cells are kept as places in
 * the text scanned, so that a reader can take the answers it reads straight from there (see
 * SurveyRowReader) and make strings only of the cells it keeps. `cells` makes them all, once.
 */
export class LineRow implements CsvRow {
  private made: string[] | undefined;

  /** Cell c is text[bounds[from + c], bounds[from + c + 1] - 1), `count` cells. */
  constructor(
    readonly text: string,
    private readonly bounds: Int32Array,
    private readonly from: number,
    readonly count: number,
    readonly line: number,
    private readonly delimiter: number,
  ) {}

  get cells(): string[] {
    if (!this.made) {
      this.made = [];
      for (let c = 0; c < this.count; c++) this.made.push(this.cell(c));
    }
    return this.made;
  }

  start(c: number): number {
    return this.bounds[this.from + c]!;
  }

  end(c: number): number {
    return this.bounds[this.from + c + 1]! - 1;
  }

  cell(c: number): string {
    return this.text.slice(this.start(c), this.end(c));
  }

  /**
   * True when some cell surely holds more than white space: a printable ASCII character other
   * than the delimiter, which String.prototype.trim never removes. False says only "perhaps".
   */
  surelyNotBlank(): boolean {
    const { text, delimiter } = this;
    for (let i = this.start(0), to = this.end(this.count - 1); i < to; i++) {
      const c = text.charCodeAt(i);
      if (c > 32 && c < 127 && c !== delimiter) return true;
    }
    return false;
  }
}

/** One respondent's row is never this long; a longer record means a broken file. */
export const MAX_RECORD_LENGTH = 1024 * 1024;
/** Cells in one record: far more than any questionnaire's items and a survey tool's own columns. */
const MAX_CELLS = 10_000;
/** Text after a stop that is still read to count its lines: a file, or a pipe, may not end. */
const MAX_COUNTED_AFTER_STOP = 64 * 1024 * 1024;

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** A place in the text being scanned: its line, its cell (1-based) and its position. */
interface Place {
  line: number;
  cell: number;
  at: number;
}

/** What one scan found: the complete records, and the unfinished one with where the scan stands in it. */
interface Scan {
  rows: CsvRow[];
  /** The unfinished record's text, starting on line `restLine`; places below are positions in it. */
  rest: string;
  restLine: number;
  /** Where the scan stopped in the unfinished record, and whether inside a quoted cell (at its opening quote). */
  stoppedAt?: Place & { inQuote: boolean };
  /** Set when a record has too many cells, or a complete record is too long, with why. */
  tooLarge?: Place & { why: string };
}

/**
 * Splits CSV text into rows as it arrives in pieces, so a large file streams through without being
 * held whole: RFC 4180 quoting ("" inside a quoted cell is a quote; delimiters and line breaks in
 * quotes are text), line ends \n, \r\n or \r, blank lines skipped. Forgiving where survey files
 * are: a quote inside an unquoted cell is kept as text. Line breaks inside a cell become "\n".
 * Every row knows the line it starts on, counted exactly however many line breaks its quoted
 * cells hold.
 *
 * A quote never closed, a record over `maxRecordLength` characters and a record of more than
 * `maxCells` cells stop the reading: the rest of the input is then only counted in lines, so that
 * the problem, in `problems` once the input has ended, can say how much could not be read.
 */
export class CsvTokenizer {
  /** The problem that stopped the reading, if any, once end() has been called. */
  readonly problems: Problem[] = [];
  private readonly delimiter: number;
  private pending = '';
  /**
   * Text pushed since the last scan, after `pending`: joined to it once, when scanned, into one flat
   * string (the scan reads every character, faster so than from the rope that += makes).
   */
  private pieces: string[] = [];
  private piecesLength = 0;
  /** Line of the first character of `pending`. */
  private pendingLine = 1;
  /** Length of `pending` when it was last scanned. */
  private scanned = 0;
  private first = true;
  /** Cell places the last scan held: what the next is made room for. */
  private boundsHint = 64;
  private stopped: { place: Place; why: string; laterLines: number; afterBreak: boolean; afterCr: boolean; counted: number } | undefined;

  constructor(
    private readonly file: string,
    delimiter = ',',
    private readonly maxRecordLength = MAX_RECORD_LENGTH,
    private readonly maxCells = MAX_CELLS,
    /** Whether a line without a quote is read as a LineRow; off only to compare with the reading cell by cell. */
    private readonly lineRows = true,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Whether the reading has stopped and the lines after the stop have been counted as far as they will be: no more text is needed. */
  get done(): boolean {
    return this.stopped !== undefined && this.stopped.counted >= MAX_COUNTED_AFTER_STOP;
  }

  /** Adds text; returns the rows completed by it. */
  push(text: string): CsvRow[] {
    if (this.first && text !== '') {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // byte-order mark
    }
    if (this.stopped) {
      this.countLaterLines(text, 0);
      return [];
    }
    this.pieces.push(text);
    this.piecesLength += text.length;
    const length = this.pending.length + this.piecesLength;
    // An unfinished record is scanned again from its start only once the text has doubled, so a
    // long record arriving in small pieces costs linear time, not quadratic.
    if (length < 2 * this.scanned && length <= this.maxRecordLength) return [];
    const scan = this.scan(false);
    if (scan.tooLarge) this.stop(scan, scan.tooLarge, scan.tooLarge.why);
    else if (scan.rest.length > this.maxRecordLength) this.stop(scan, scan.stoppedAt!, this.tooLong(scan.stoppedAt!.inQuote));
    else this.keep(scan);
    return scan.rows;
  }

  /** Ends the input: the last row, when it has no line break after it. */
  end(): CsvRow[] {
    if (this.stopped) {
      this.describeStop();
      return [];
    }
    const scan = this.scan(true);
    if (scan.tooLarge) this.stop(scan, scan.tooLarge, scan.tooLarge.why);
    else if (scan.stoppedAt?.inQuote) this.stop(scan, scan.stoppedAt, say('inputs.tokenizer.quoteNeverClosed'));
    else return scan.rows;
    this.describeStop();
    return scan.rows;
  }

  private tooLong(inQuote: boolean): string {
    const limit = say('inputs.tokenizer.characters', { count: this.maxRecordLength });
    return inQuote ? say('inputs.tokenizer.quoteNotClosedWithin', { limit }) : say('inputs.tokenizer.rowTooLong', { limit });
  }

  private keep(scan: Scan): void {
    this.pending = scan.rest;
    this.pendingLine = scan.restLine;
    this.scanned = scan.rest.length;
  }

  private stop(scan: Scan, place: Place, why: string): void {
    this.stopped = { place, why, laterLines: 0, afterBreak: false, afterCr: false, counted: 0 };
    this.pending = '';
    this.pieces = [];
    this.piecesLength = 0;
    this.countLaterLines(scan.rest, place.at);
  }

  /** Counts the lines after the one the reading stopped on: line breaks followed by more text. */
  private countLaterLines(text: string, from: number): void {
    const s = this.stopped!;
    const to = Math.min(text.length, from + MAX_COUNTED_AFTER_STOP - s.counted);
    s.counted += to - from;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === LF && s.afterCr) {
        s.afterCr = false;
        continue;
      }
      if (s.afterBreak) s.laterLines++;
      s.afterCr = c === CR;
      s.afterBreak = c === LF || c === CR;
    }
  }

  private describeStop(): void {
    if (this.problems.length > 0) return;
    const { place, why, laterLines } = this.stopped!;
    let lost = laterLines === 0 ? say('inputs.tokenizer.rowLost') : say('inputs.tokenizer.rowAndLinesLost', { count: laterLines });
    if (this.done) lost = say('inputs.tokenizer.restLost', { more: laterLines === 0 ? '' : say('inputs.tokenizer.linesAndMore', { count: laterLines }) });
    this.problems.push({ file: this.file, line: place.line, column: place.cell, severity: 'error', message: `${why}: ${lost}` });
  }

  /** Reads the complete records in `pending`, and tells where the unfinished one stands. */
  private scan(atEnd: boolean): Scan {
    if (this.pieces.length > 0) {
      this.pending = [this.pending, ...this.pieces].join('');
      this.pieces = [];
      this.piecesLength = 0;
    }
    const text = this.pending;
    const length = text.length;
    const rows: CsvRow[] = [];
    const delimiter = this.delimiter;
    let line = this.pendingLine;
    let i = 0;
    let rowStart = 0; // where the record being read starts in text
    let rowLine = line;
    let cells: string[] = [];
    /** The places of the cells of this scan's LineRows, one after another. */
    const bounds = new Bounds(this.boundsHint);
    let span: CsvRow['span'];
    let cellStart = 0;
    let cellLine = line;
    const unfinished = (inQuote: boolean): Scan => {
      this.boundsHint = Math.max(64, bounds.length);
      return {
        rows,
        rest: text.slice(rowStart),
        restLine: rowLine,
        stoppedAt: { line: cellLine, cell: cells.length + 1, at: cellStart - rowStart, inQuote },
      };
    };

    while (i < length) {
      if (cells.length === 0) {
        // Blank lines before a record are skipped (a "\r" at the end may be half of a "\r\n").
        for (;;) {
          const c = text.charCodeAt(i);
          if (c === LF) i++;
          else if (c === CR && (i + 1 < length || atEnd)) i += text.charCodeAt(i + 1) === LF ? 2 : 1;
          else break;
          line++;
        }
        rowStart = i;
        rowLine = line;
        span = undefined;
        cellStart = i;
        cellLine = line;
        if (i >= length || (text.charCodeAt(i) === CR && !atEnd)) break;
        const fast = this.lineRows ? this.lineRow(text, i, atEnd, bounds, rowLine) : undefined;
        if (fast) {
          rows.push(fast.row);
          // Past its line break, on the next line (a last line without one ends the text).
          if (fast.next > 0 && isBreak(text.charCodeAt(fast.next - 1))) line++;
          i = fast.next;
          rowStart = i;
          rowLine = line;
          continue;
        }
      }

      // One cell starting at i.
      cellStart = i;
      cellLine = line;
      let cell: string;
      if (text.charCodeAt(i) === QUOTE) {
        let content = '';
        let from = i + 1;
        let closed = false;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0) break;
          if (q + 1 >= length && !atEnd) break; // the next piece may start with a second quote
          if (text.charCodeAt(q + 1) === QUOTE) {
            content += text.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          content += text.slice(from, q);
          from = q + 1;
          closed = true;
          break;
        }
        if (!closed) return unfinished(true);
        const breaks = countLineBreaks(text, i, from);
        if (breaks > 0) span ??= { lines: 1, cell: cells.length, delimiters: countChar(content, delimiter) };
        line += breaks;
        // Text between the closing quote and the delimiter is kept, as spreadsheet programs do.
        i = endOfCell(text, from, delimiter);
        cell = content + text.slice(from, i);
        // Line breaks inside a cell read alike whichever system wrote the file.
        if (cell.includes('\r')) cell = cell.replace(/\r\n?/g, '\n');
      } else {
        const end = endOfCell(text, i, delimiter);
        cell = text.slice(i, end);
        i = end;
      }
      if (i >= length && !atEnd) break; // the cell may go on in the next piece
      // A record too long is refused even when it ends within the text scanned.
      if (i - rowStart > this.maxRecordLength) return { ...unfinished(false), tooLarge: { line: cellLine, cell: cells.length + 1, at: cellStart - rowStart, why: this.tooLong(text.charCodeAt(cellStart) === QUOTE) } };

      cells.push(cell);
      if (cells.length > this.maxCells) {
        const why = say('inputs.tokenizer.tooManyCells', { cells: whole(this.maxCells) });
        return { ...unfinished(false), tooLarge: { line: cellLine, cell: cells.length, at: cellStart - rowStart, why } };
      }
      const c = i < length ? text.charCodeAt(i) : -1;
      if (c === delimiter) {
        i++;
        if (i < length) continue;
        if (!atEnd) break;
        cells.push(''); // a delimiter at the very end leaves one empty cell
      } else if (c === CR) {
        if (i + 1 >= length && !atEnd) break; // the record is read again with its "\n"
        i += text.charCodeAt(i + 1) === LF ? 2 : 1;
      } else if (c === LF) {
        i++;
      }
      if (span) span.lines = line - rowLine + 1;
      rows.push(span ? { cells, line: rowLine, span } : { cells, line: rowLine });
      if (c === CR || c === LF) line++;
      cells = [];
      rowStart = i;
      rowLine = line;
    }
    return unfinished(false);
  }

  /**
   * The record starting at `from` when it is one whole line without a quote, within the limits
   * (and the place after its line break); undefined for any other, which the cell-by-cell reading
   * takes, errors and all. Cells are split as that reading splits unquoted ones.
   */
  private lineRow(text: string, from: number, atEnd: boolean, bounds: Bounds, line: number): { row: LineRow; next: number } | undefined {
    const delimiter = this.delimiter;
    const length = text.length;
    const first = bounds.length;
    const limit = Math.min(length, from + this.maxRecordLength + 1);
    bounds.push(from);
    let i = from;
    for (; i < limit; i++) {
      const c = text.charCodeAt(i);
      if (c === delimiter) bounds.push(i + 1);
      else if (c === LF || c === CR || c === QUOTE) break;
    }
    const count = bounds.length - first;
    const c = i < length ? text.charCodeAt(i) : -1;
    let next: number;
    if (c === LF) next = i + 1;
    else if (c === CR && i + 1 < length) next = text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
    else if (c === CR && atEnd) next = i + 1;
    else if (i >= length && atEnd && i - from <= this.maxRecordLength) next = i;
    else next = -1;
    if (next < 0 || i - from > this.maxRecordLength || count > this.maxCells) {
      bounds.length = first;
      return undefined;
    }
    bounds.push(i + 1);
    return { row: new LineRow(text, bounds.array, first, count, line, delimiter), next };
  }
}

/** Where an unquoted cell (or the rest of one after its closing quote) ends: a delimiter, a line break or the end. */
function endOfCell(text: string, from: number, delimiter: number): number {
  let i = from;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === delimiter || c === LF || c === CR) break;
  }
  return i;
}

/**
 * The cell places of one scan's LineRows, in an Int32Array that doubles when full: a row is given
 * the array its places are in, which a later, larger one copies, so every row's places stay.
 */
class Bounds {
  array: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.array = new Int32Array(capacity);
  }

  push(place: number): void {
    if (this.length === this.array.length) {
      const larger = new Int32Array(2 * this.length);
      larger.set(this.array);
      this.array = larger;
    }
    this.array[this.length++] = place;
  }
}

function isBreak(c: number): boolean {
  return c === LF || c === CR;
}

function countChar(text: string, char: number): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === char) count++;
  return count;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) count++;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}

/** Lines of the start of a file that are looked at to choose its delimiter. */
const DELIMITER_LINES = 20;

/**
 * The delimiter of a file from its start: comma, semicolon (Excel's choice in many European
 * locales) or tab (Excel's "Unicode text"), counted outside quotes on the header line and on the
 * whole lines after it that the text holds. Question texts hold commas that no spreadsheet quotes
 * in a semicolon or tab file, so the delimiter is the one every line has as many of as the header
 * (blank lines aside); of those, or of all when none is, the one the header has most of, comma
 * first on a tie, then semicolon.
 */
export function guessDelimiter(text: string): string {
  const candidates = [',', ';', '\t'];
  const lines = delimiterCounts(text, candidates);
  const header = lines[0]!;
  const steady = candidates.filter((_, c) => header[c]! > 0 && lines.every((line) => line[c] === header[c] || line.every((n) => n === 0)));
  const pool = steady.length > 0 ? steady : candidates;
  let best = pool[0]!;
  for (const candidate of pool) if (header[candidates.indexOf(candidate)]! > header[candidates.indexOf(best)]!) best = candidate;
  return header[candidates.indexOf(best)]! > 0 ? best : ',';
}

/** Per line (the header, then each whole line after it, up to DELIMITER_LINES), how many of each candidate it has outside quotes. */
function delimiterCounts(text: string, candidates: readonly string[]): number[][] {
  const lines: number[][] = [];
  let counts = candidates.map(() => 0);
  let quoted = false;
  for (let i = 0; i < text.length && lines.length < DELIMITER_LINES; i++) {
    const char = text[i]!;
    if (char === '"') quoted = !quoted;
    else if ((char === '\n' || char === '\r') && !quoted) {
      lines.push(counts);
      counts = candidates.map(() => 0);
      if (char === '\r' && text[i + 1] === '\n') i++;
    } else if (!quoted) {
      const at = candidates.indexOf(char);
      if (at >= 0) counts[at]!++;
    }
  }
  // The header line counts even when the text ends inside it; a later line only when whole.
  if (lines.length === 0) lines.push(counts);
  return lines;
}
