/**
 * The one place where text that came from a file (a questionnaire, an answer file, a CSV) is made
 * safe for the format it is written in: terminal text, Markdown, HTML, CSV and JSON. A shared file
 * must not be able to clear the screen, set the clipboard, forge a link or reorder what the reader
 * sees, so every format meets the same set of characters:
 * - control characters: C0, DEL and C1 (U+0080-U+009F, where U+009B is a CSI and U+009D an OSC to
 *   a UTF-8 terminal),
 * - bidi controls (Unicode's Bidi_Control: the embeddings, overrides and isolates U+202A-U+202E,
 *   U+2066-U+2069, and the marks U+061C, U+200E, U+200F), which can make text read other than it is,
 * - the line and paragraph separators U+2028 and U+2029, which some terminals and editors break on.
 * The readable formats show each as the visible text \uXXXX; JSON writes the same \uXXXX as an
 * escape, so the data parses back unchanged.
 */
const UNSAFE = /[\p{Cc}\p{Bidi_Control}\u2028\u2029]/gu;
/** The same characters, to ask whether a text has any: most have none, and a test costs less than a replace. */
const HAS_UNSAFE = /[\p{Cc}\p{Bidi_Control}\u2028\u2029]/u;
/**
 * UNSAFE less the line feed (\p{Cc} is U+0000-U+001F and U+007F-U+009F): in JSON.stringify's
 * output the only raw one is its indent's, and a match for each would call the replacer for every
 * line of a document (5 ms for a cohort report's, more than the stringify). A replace that finds
 * nothing costs what a test would.
 */
const UNSAFE_IN_JSON = /[\0-\t\v-\x1f\x7f-\x9f\p{Bidi_Control}\u2028\u2029]/gu;
const HTML_MARKUP = /[&<>"']/;

/** A character as the six characters \uXXXX: readable, and a valid escape in JSON. */
const escaped = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text for a terminal (or any plain-text output): every unsafe character shown as \uXXXX. Line
 * breaks and tabs become spaces, unless the caller keeps newlines and tabs for text shown as lines.
 */
export function safeText(text: string, { keepNewlines = false } = {}): string {
  if (!HAS_UNSAFE.test(text)) return text;
  return text.replace(UNSAFE, (c) => {
    if (keepNewlines && (c === '\n' || c === '\t')) return c;
    if (c === '\n' || c === '\r' || c === '\t') return ' ';
    return escaped(c);
  });
}

/** Text as inline Markdown: unsafe characters shown, markup characters escaped. */
export function mdText(text: string): string {
  return safeText(text).replace(/[\\`*_[\]<>#|~!]/g, (c) => `\\${c}`);
}

/**
 * A URL inside Markdown link parentheses: unsafe characters shown, spaces, angle brackets and
 * parentheses percent-encoded (encodeURIComponent leaves parentheses, and a ")" would end the link).
 */
export function mdUrl(url: string): string {
  return safeText(url).replace(/[\s()<>]/g, (c) => (c === '(' ? '%28' : c === ')' ? '%29' : encodeURIComponent(c)));
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe to place between HTML tags or inside a quoted attribute: unsafe characters shown
 * (line breaks and tabs kept, as HTML collapses them), markup characters as entities, so no text
 * can open a tag or leave an attribute.
 */
export function escapeHtml(text: string): string {
  const shown = safeText(text, { keepNewlines: true });
  return HTML_MARKUP.test(shown) ? shown.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!) : shown;
}

/**
 * A text cell for CSV: unsafe characters shown (line breaks become spaces, so a cell is one line
 * on a terminal too), then guarded against formula injection: a cell starting with =, +, -, @, a
 * tab or a carriage return would be run as a formula by Excel or LibreOffice, so it gets a leading
 * apostrophe, which spreadsheets show as text. Quoted as RFC 4180 asks.
 */
export function csvText(text: string): string {
  const shown = safeText(text);
  return csvQuote(/^[=+\-@\t\r]/.test(text) ? `'${shown}` : shown);
}

/** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. */
function csvQuote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * A value as a JSON document (two-space indent, final newline) with every unsafe character written
 * as a \uXXXX escape. JSON.stringify escapes only C0 controls; DEL, C1, bidi controls and U+2028/9
 * it writes raw. Outside strings its output has no such character but the newlines of the indent,
 * so escaping every other one changes only how strings are spelt: the document parses back to
 * the same value.
 */
export function safeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, escaped)}\n`;
}
