import emojiRegex from 'emoji-regex';
import { eastAsianWidth } from 'get-east-asian-width';
import stripAnsi from 'strip-ansi';

/**
 * Text whose every character is one column wide, one UTF-16 unit long, not white space (but the
 * plain space and newline), no escape sequence, and left as it is by Unicode normalisation, alone
 * and next to any other of them: printable ASCII, Latin-1 but for the no-break space, the soft
 * hyphen and © ® (emoji, two columns), Latin Extended-A and -B, the dashes, quotes, bullets and
 * ellipsis of General Punctuation but for ‼ (an emoji), the euro sign, and the box drawing and
 * block elements the text reports draw their tables and bars with. In such text a string's
 * width is its length. tests/render/wrap-text.test.ts checks each of these characters against
 * string-width and normalize().
 */
const NARROW_TEXT = /^[\n\x20-\x7E\xA1-\xA8\xAA-\xAC\xAF-\u024F\u2010-\u2027\u2030-\u203B\u203D-\u203F\u20AC\u2500-\u259F]*$/;

/** Whether `text` is made only of the narrow characters above (newlines allowed). */
export function isNarrowText(text: string): boolean {
  return NARROW_TEXT.test(text);
}

/**
 * ICU's grapheme segmenter takes about 10 ms to make, more than the rest of a short command's
 * rendering: made on the first text that is not narrow, which most reports never have.
 */
let segmenter: Intl.Segmenter | undefined;
const DEFAULT_IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;

/**
 * The columns a line of text (no newline) takes, as string-width 7 counts them with its default
 * options (escape sequences not counted, ambiguous characters narrow), by its algorithm: narrow
 * text by its length, anything else grapheme by grapheme. The bundle gives wrap-ansi this for
 * string-width (scripts/bundle.mjs); tests/render/text-width.test.ts compares the two.
 */
export function textWidth(text: string): number {
  if (isNarrowText(text) && !text.includes('\n')) return text.length;
  const visible = stripAnsi(text);
  let width = 0;
  segmenter ??= new Intl.Segmenter();
  for (const { segment } of segmenter.segment(visible)) width += graphemeWidth(segment);
  return width;
}

/** string-width's columns for one grapheme: none for controls, joiners, marks and other ignorables, two for emoji. */
function graphemeWidth(grapheme: string): number {
  const code = grapheme.codePointAt(0)!;
  if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return 0;
  if ((code >= 0x200b && code <= 0x200f) || code === 0xfeff) return 0;
  // Combining marks: diacritical, extended, supplement, for symbols, half marks.
  if ((code >= 0x300 && code <= 0x36f) || (code >= 0x1ab0 && code <= 0x1aff) || (code >= 0x1dc0 && code <= 0x1dff) || (code >= 0x20d0 && code <= 0x20ff) || (code >= 0xfe20 && code <= 0xfe2f)) return 0;
  // A lone surrogate, and the variation selectors.
  if ((code >= 0xd800 && code <= 0xdfff) || (code >= 0xfe00 && code <= 0xfe0f)) return 0;
  if (DEFAULT_IGNORABLE.test(grapheme)) return 0;
  if (emojiRegex().test(grapheme)) return 2;
  return eastAsianWidth(code, { ambiguousAsWide: false });
}
