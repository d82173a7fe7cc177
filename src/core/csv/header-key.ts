import { remembered } from '../remembered.js';

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
export const headerKey = remembered((text) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim(),
);
