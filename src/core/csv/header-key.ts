/**
 * A header or question text reduced to what a person would read as the same words: compatibility
 * forms folded (NFKC), lower case, every run of punctuation, quotes (straight or curly) and spacing
 * made one space. "I listen to others’ views. " and "i listen to others' views" meet as
 * "i listen to others views".
 */
export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Other readings of a survey export's header under which the question text may be found:
 * a grid question's row in brackets (Google Forms: "How often ... [I listen first]") and the text
 * after a question number ("3. I listen first", "Q3) I listen first").
 */
export function headerVariants(header: string): string[] {
  const variants: string[] = [];
  const bracketed = lastBracketed(header);
  if (bracketed) variants.push(bracketed);
  const numbered = /^\s*(?:q(?:uestion)?\s*)?\d+\s*[.):-]\s*(.+)$/is.exec(header);
  if (numbered) variants.push(numbered[1]!);
  return variants;
}

/**
 * The text in the brackets that end a header ("... [I listen first]"), as /\[([^\]]+)\]\s*$/
 * would find it, without that pattern's quadratic search of a long header full of "[".
 */
function lastBracketed(header: string): string | undefined {
  const text = header.trimEnd();
  const close = text.length - 1;
  if (text.charCodeAt(close) !== 93) return undefined; // "]"
  const open = text.indexOf('[', text.lastIndexOf(']', close - 1) + 1);
  return open >= 0 && open < close - 1 ? text.slice(open + 1, close) : undefined;
}
