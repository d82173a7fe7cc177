/** What an input holds: an answer file (YAML or JSON) or a survey export (CSV). */
export type InputKind = 'answers' | 'csv';

/** By extension where it says: .csv and .tsv are survey exports, .yaml, .yml and .json answer files. */
export function kindByName(path: string): InputKind | undefined {
  if (/\.(csv|tsv)$/i.test(path)) return 'csv';
  if (/\.(ya?ml|json)$/i.test(path)) return 'answers';
  return undefined;
}

/**
 * By content, for stdin and files with another extension, from the start of the text: an answer
 * file is a JSON object (it starts with "{") or YAML with a `questionnaire:` key, which every
 * answer file has; anything else is read as CSV, whose header row is a line of column names.
 */
export function kindByContent(start: string): InputKind {
  const text = start.replace(/^\uFEFF/, '');
  if (/^\s*\{/.test(text)) return 'answers';
  return /^(["']?)questionnaire\1[ \t]*:(\s|$)/m.test(text) ? 'answers' : 'csv';
}
