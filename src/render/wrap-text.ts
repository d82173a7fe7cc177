import wrapAnsi from 'wrap-ansi';
import { isNarrowText } from './text-width.js';

/**
 * Text wrapped to `columns` as wrap-ansi 9 wraps it with { hard: true, trim: true }, byte for byte:
 * words are split at spaces only, moved to the next line when they do not fit, and cut where a
 * word is longer than a line; spaces are dropped at the ends of lines but kept between words on
 * one; a line of spaces alone becomes empty. wrap-ansi measures the whole line so far with
 * string-width for every word, which made text reports 30 times slower than the other formats;
 * here narrow text (isNarrowText) is measured by its length, once per word, and anything else
 * (escape sequences, wide, emoji or combining characters, tabs, CR) is left to wrap-ansi.
 */
export function wrapText(text: string, columns: number): string {
  return wrappedLines(text, columns).join('\n');
}

/** The lines of wrapText(text, columns). */
export function wrappedLines(text: string, columns: number): string[] {
  if (!(columns >= 1) || !isNarrowText(text)) return wrapAnsi(text, columns, { hard: true, trim: true }).split('\n');
  const rows: string[] = [];
  for (const line of text.split('\n')) wrapNarrowLine(line, columns, rows);
  return rows;
}

/**
 * One line (no newline) of narrow text, as wrap-ansi's exec() makes it in hard and trim mode, its
 * rows pushed to `rows`. Each row is a stretch of the line: words that fit with the spaces between
 * them, and the pieces of a word cut; a row's trailing spaces are dropped. A row never starts with
 * a space (one is counted only after a word), so wrap-ansi's trimStart of every row changes nothing.
 */
function wrapNarrowLine(line: string, columns: number, rows: string[]): void {
  let rowStart = 0;
  /** The row's length so far, the space after its last word included once the next word comes. */
  let rowLength = 0;
  const endRow = () => {
    let end = rowStart + rowLength;
    while (end > rowStart && line.charCodeAt(end - 1) === 0x20) end--;
    rows.push(line.slice(rowStart, end));
    rowLength = 0;
  };
  for (let wordStart = 0; wordStart <= line.length; ) {
    const space = line.indexOf(' ', wordStart);
    const wordEnd = space === -1 ? line.length : space;
    const length = wordEnd - wordStart;
    if (wordStart !== 0 && rowLength > 0) rowLength++;
    if (length > columns) {
      // A word longer than a line starts on a new one when that needs no more breaks.
      const remaining = columns - rowLength;
      const breaksStartingThisLine = 1 + Math.floor((length - remaining - 1) / columns);
      const breaksStartingNextLine = Math.floor((length - 1) / columns);
      if (breaksStartingNextLine < breaksStartingThisLine) endRow();
      cutWord(wordStart, length);
    } else {
      if (rowLength + length > columns && rowLength > 0 && length > 0) endRow();
      if (rowLength === 0) rowStart = wordStart;
      rowLength += length;
    }
    wordStart = wordEnd + 1;
  }
  // A line of spaces only gives one empty row, as wrap-ansi's early return of ''.
  endRow();

  /**
   * wrap-ansi's wrapWord for narrow text: the word's characters fill the current row, then rows of
   * `columns`; a row is ended when full, unless at the word's last character.
   */
  function cutWord(start: number, length: number): void {
    let taken = 0;
    // A row with a space after a full line takes nothing.
    const fits = Math.max(0, columns - rowLength);
    if (fits > 0) {
      if (rowLength === 0) rowStart = start;
      rowLength += fits;
      taken = fits;
      if (rowLength === columns) endRow();
    }
    while (taken < length) {
      if (rowLength > 0) endRow();
      rowStart = start + taken;
      rowLength = Math.min(columns, length - taken);
      taken += rowLength;
      if (rowLength === columns && taken < length) endRow();
    }
  }
}
