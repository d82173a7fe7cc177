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
