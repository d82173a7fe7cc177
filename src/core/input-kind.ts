/**
 * What an input holds: an answer file (YAML or JSON), a survey export as CSV, or an archive: a zip
 * (an xlsx workbook, or a .zip holding a table) or an old binary Office file (.xls), refused when read.
 */
export type InputKind = 'answers' | 'csv' | 'archive';

/** By extension where it says: .csv and .tsv are survey exports, .xlsx, .xlsm, .xls and .zip archives, .yaml, .yml and .json answer files. */
export function kindByName(path: string): InputKind | undefined {
  if (/\.(csv|tsv)$/i.test(path)) return 'csv';
  if (/\.(xlsx|xlsm|xls|zip)$/i.test(path)) return 'archive';
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

/** A zip's local header (or an empty zip's end record), and an OLE compound file's signature (.xls, an encrypted xlsx). */
const SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
];

/** By the first bytes, before any text is looked at: an archive's signature, whatever the name says of it. */
export function kindByMagic(start: Uint8Array): InputKind | undefined {
  return SIGNATURES.some((signature) => signature.every((byte, i) => start[i] === byte)) ? 'archive' : undefined;
}
