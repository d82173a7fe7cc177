import type { Problem } from '../problem.js';

/** A record of cells and the line of the file it starts on (1-based). */
export interface CsvRow {
  cells: string[];
  line: number;
}

/** One respondent's row is never this long; a longer record means a broken file. */
export const MAX_RECORD_LENGTH = 1024 * 1024;

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * Splits CSV text into rows as it arrives in pieces, so a large file streams through without being
 * held whole: RFC 4180 quoting ("" inside a quoted cell is a quote; delimiters and line breaks in
 * quotes are text), line ends \n, \r\n or \r, blank lines skipped. Forgiving where survey files
 * are: a quote inside an unquoted cell is kept as text. Line breaks inside a cell become "\n".
 * Every row knows the line it starts on, counted exactly however many line breaks its quoted
 * cells hold.
 */
export class CsvTokenizer {
  /** Problems that stopped the reading: a quote never closed, or a record too large to be a row. */
  readonly problems: Problem[] = [];
  private readonly delimiter: number;
  private pending = '';
  /** Line of the first character of `pending`. */
  private pendingLine = 1;
  private first = true;
  private stopped = false;

  constructor(
    private readonly file: string,
    delimiter = ',',
    private readonly maxRecordLength = MAX_RECORD_LENGTH,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Adds text; returns the rows completed by it. */
  push(text: string): CsvRow[] {
    if (this.stopped) return [];
    if (this.first && text !== '') {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // byte-order mark
    }
    this.pending += text;
    const { rows } = this.scan(false);
    if (this.pending.length > this.maxRecordLength) {
      this.stop(this.pendingLine, `the row is longer than ${this.maxRecordLength.toLocaleString('en-GB')} characters, so this is not a survey export (or a quote is never closed); the rest of the file cannot be read`);
    }
    return rows;
  }

  /** Ends the input: the last row, when it has no line break after it. */
  end(): CsvRow[] {
    if (this.stopped) return [];
    const { rows, unclosedAt } = this.scan(true);
    if (unclosedAt !== undefined) this.stop(unclosedAt, 'a quoted cell starting on this row is never closed, so the rest of the file cannot be read');
    return rows;
  }

  private stop(line: number, message: string): void {
    this.stopped = true;
    this.pending = '';
    this.problems.push({ file: this.file, line, column: 1, severity: 'error', message });
  }

  private scan(atEnd: boolean): { rows: CsvRow[]; unclosedAt?: number } {
    const text = this.pending;
    const length = text.length;
    const rows: CsvRow[] = [];
    const delimiter = this.delimiter;
    let line = this.pendingLine;
    let i = 0;
    let rowStart = 0; // where the record being read starts in text
    let rowLine = line;
    let cells: string[] = [];

    records: while (i < length) {
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
        if (i >= length || (text.charCodeAt(i) === CR && !atEnd)) break;
      }

      // One cell starting at i.
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
        if (!closed) {
          if (!atEnd) break;
          return { rows, unclosedAt: this.keep(text, rowStart, rowLine, atEnd) };
        }
        line += countLineBreaks(text, i, from);
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

      cells.push(cell);
      const c = i < length ? text.charCodeAt(i) : -1;
      if (c === delimiter) {
        i++;
        if (i < length) continue;
        if (!atEnd) break;
        cells.push(''); // a delimiter at the very end leaves one empty cell
      } else if (c === CR) {
        if (i + 1 >= length && !atEnd) break records; // the record is read again with its "\n"
        i += text.charCodeAt(i + 1) === LF ? 2 : 1;
        line++;
      } else if (c === LF) {
        i++;
        line++;
      }
      rows.push({ cells, line: rowLine });
      cells = [];
      rowStart = i;
      rowLine = line;
    }
    this.keep(text, rowStart, rowLine, atEnd);
    return { rows };
  }

  /** Keeps the unfinished record for the next piece; returns the line it starts on. */
  private keep(text: string, from: number, line: number, atEnd: boolean): number {
    this.pending = atEnd ? '' : text.slice(from);
    this.pendingLine = line;
    return line;
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

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) count++;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}

/**
 * The delimiter of a file from its header line: whichever of comma, semicolon (Excel's choice in
 * many European locales) and tab occurs most often outside quotes; comma on a tie.
 */
export function guessDelimiter(headerText: string): string {
  const candidates = [',', ';', '\t'];
  const counts = [0, 0, 0];
  let quoted = false;
  for (const char of headerText) {
    if (char === '"') quoted = !quoted;
    else if ((char === '\n' || char === '\r') && !quoted) break;
    else if (!quoted) {
      const at = candidates.indexOf(char);
      if (at >= 0) counts[at]!++;
    }
  }
  let best = 0;
  for (let i = 1; i < candidates.length; i++) if (counts[i]! > counts[best]!) best = i;
  return candidates[best]!;
}
