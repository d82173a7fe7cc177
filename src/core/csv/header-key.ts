/** Keys remembered: every header and item text of a few questionnaires and exports; past it, the memory starts again. */
const REMEMBERED = 2048;
const remembered = new Map<string, string>();

/**
 * A header or question text reduced to what a person would read as the same words: compatibility
 * forms folded (NFKC), lower case, every run of punctuation, quotes (straight or curly) and spacing
 * made one space. "I listen to others’ views. " and "i listen to others' views" meet as
 * "i listen to others views".
 *
 * Remembered, since the same few texts are asked for again and again (each header against each
 * questionnaire that may be the export's, an attribute's name on every row), and the Unicode
 * folding costs about a microsecond a text.
 */
export function headerKey(text: string): string {
  const known = remembered.get(text);
  if (known !== undefined) return known;
  const key = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (remembered.size >= REMEMBERED) remembered.clear();
  remembered.set(text, key);
  return key;
}
