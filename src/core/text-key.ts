/**
 * How texts typed by people are compared (scale labels and the answers that use them, subjects,
 * and group values for --group-by): ignoring case and spacing, that is surrounding spaces and any
 * run of spaces, tabs or line breaks inside, which counts as one space. "Sam  Patel", " sam patel"
 * and "SAM PATEL" are one person.
 */
export function textKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
