import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

/**
 * Text whose every character is one column wide, one UTF-16 unit long, not white space (but the
 * plain space and newline), no escape sequence, and left as it is by Unicode normalisation, alone
 * and next to any other of them: printable ASCII, Latin-1 but for the no-break space, the soft
 * hyphen and © ® (emoji, two columns), Latin Extended-A and -B, the dashes, quotes, bullets and
 * ellipsis of General Punctuation but for ‼ (an emoji), and the euro sign. In such text a string's
 * width is its length. tests/render/wrap-text.test.ts checks each of these characters against
 * string-width and normalize().
 */
const NARROW_TEXT = /^[\n\x20-\x7E\xA1-\xA8\xAA-\xAC\xAF-\u024F\u2010-\u2027\u2030-\u203B\u203D-\u203F\u20AC]*$/;

/** Whether `text` is made only of the narrow characters above (newlines allowed). */
export function isNarrowText(text: string): boolean {
  return NARROW_TEXT.test(text);
}

/** The columns a line of text (no newline) takes, as string-width counts them. */
export function lineWidth(line: string): number {
  return isNarrowText(line) && !line.includes('\n') ? line.length : stringWidth(line);
}

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
  if (!(columns >= 1) || !isNarrowText(text)) return wrapAnsi(text, columns, { hard: true, trim: true });
  return text
    .split('\n')
    .map((line) => wrapNarrowLine(line, columns))
    .join('\n');
}

/** One line (no newline) of narrow text, as wrap-ansi's exec() makes it in hard and trim mode. */
function wrapNarrowLine(line: string, columns: number): string {
  const rows: string[] = [];
  let row = '';
  // Rows never start with a space here (one is added only after a word), so wrap-ansi's
  // trimStart of every row changes nothing; the spaces at their ends are dropped below.
  const words = line.split(' ');
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (index !== 0 && row.length > 0) row += ' ';
    if (word.length > columns) {
      // A word longer than a line starts on a new one when that needs no more breaks.
      const remaining = columns - row.length;
      const breaksStartingThisLine = 1 + Math.floor((word.length - remaining - 1) / columns);
      const breaksStartingNextLine = Math.floor((word.length - 1) / columns);
      if (breaksStartingNextLine < breaksStartingThisLine) {
        rows.push(row);
        row = '';
      }
      row = cutWord(rows, row, word, columns);
      continue;
    }
    if (row.length + word.length > columns && row.length > 0 && word.length > 0) {
      rows.push(row);
      row = '';
    }
    row += word;
  }
  // A line of spaces only gives one empty row, as wrap-ansi's early return of ''.
  rows.push(row);
  return rows.map(trimSpacesEnd).join('\n');
}

/**
 * wrap-ansi's wrapWord for narrow text: the word's characters fill the current row, then rows of
 * `columns`; a row is full when it reaches `columns`, unless at the word's last character. Pushes
 * the full rows and returns the row left open.
 */
function cutWord(rows: string[], row: string, word: string, columns: number): string {
  let open = row;
  let start = 0;
  // The current row takes what fits; a full row (a space after a full line) takes nothing.
  const fits = Math.max(0, columns - open.length);
  if (fits > 0) {
    open += word.slice(0, fits);
    start = fits;
    if (open.length === columns && start < word.length) {
      rows.push(open);
      open = '';
    }
  }
  while (start < word.length) {
    if (open.length > 0) {
      rows.push(open);
      open = '';
    }
    open = word.slice(start, start + columns);
    start += columns;
    if (open.length === columns && start < word.length) {
      rows.push(open);
      open = '';
    }
  }
  return open;
}

function trimSpacesEnd(row: string): string {
  let end = row.length;
  while (end > 0 && row.charCodeAt(end - 1) === 0x20) end--;
  return end === row.length ? row : row.slice(0, end);
}
