/**
 * File names for reports made from what respondents typed, safe on Linux, macOS and Windows and
 * in zip files and email attachments: letters and digits of any script, with every other run of
 * characters made one hyphen, in lower case. So no name can hold a path separator, "..", a control
 * character, a character Windows forbids (<>:"|?*), or end in a dot or space.
 */

/** Longest file name, extension and collision number included, in UTF-8 bytes (most file systems allow 255). */
export const MAX_FILE_NAME_BYTES = 100;

/** Windows refuses these as a file's name before its first dot, in any case (COM¹ and LPT¹ too). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/;

/** Made on the first name too long to keep whole: ICU's segmenter takes about 10 ms to make. */
let graphemes: Intl.Segmenter | undefined;
const utf8 = new TextEncoder();

/** A respondent's name as the stem of a file name ("Sam O'Brien" -> "sam-o-brien"); '' when nothing usable is left. */
export function fileStem(name: string): string {
  const stem = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}_]+/gu, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
  return WINDOWS_RESERVED.test(stem) ? `${stem}_` : stem;
}

export interface NameRequest {
  /** The respondent's name (or the --name-by value); absent or unusable gives the fallback. */
  name?: string | undefined;
  /** A name that always works, e.g. "respondent-12" for the row on line 12. */
  fallback: string;
}

/**
 * One file name per request, in order, each `stem + extension` (e.g. ".html"), unique even on a
 * file system that ignores case and Unicode normalisation: a repeated stem is numbered
 * ("sam-patel", "sam-patel-2"). `reserved` stems (such as the index's) are never given out.
 */
export function uniqueFileNames(requests: readonly NameRequest[], extension: string, reserved: readonly string[] = []): string[] {
  return [...eachUniqueFileName(requests, extension, reserved)];
}

/**
 * uniqueFileNames one at a time, as the requests come: 100,000 requests and their names need not
 * all be held at once (score --out-dir keeps the names in a TextColumn).
 */
export function* eachUniqueFileName(requests: Iterable<NameRequest>, extension: string, reserved: readonly string[] = []): Generator<string> {
  const taken = new Set(reserved.map(foldCase));
  for (const { name, fallback } of requests) {
    const stem = fileStem(name ?? '') || fileStem(fallback) || 'respondent';
    for (let number = 1; ; number++) {
      const suffix = number === 1 ? '' : `-${number}`;
      const candidate = `${cut(stem, MAX_FILE_NAME_BYTES - bytes(suffix) - bytes(extension))}${suffix}`;
      const folded = foldCase(candidate);
      if (taken.has(folded)) continue;
      taken.add(folded);
      yield `${candidate}${extension}`;
      break;
    }
  }
}

/**
 * Names that a case-insensitive file system would take for the same file compare equal here.
 * Upper then lower case folds more than lower case alone (ß and ss, ς and σ): numbering a name
 * that did not need it is harmless, overwriting a report is not.
 */
function foldCase(name: string): string {
  return name.normalize('NFC').toUpperCase().toLowerCase();
}

function bytes(text: string): number {
  return utf8.encode(text).length;
}

/** The stem cut to at most `limit` bytes between whole characters, with no hyphen left dangling. */
function cut(stem: string, limit: number): string {
  if (bytes(stem) <= limit) return stem;
  let kept = '';
  graphemes ??= new Intl.Segmenter('und', { granularity: 'grapheme' });
  for (const { segment } of graphemes.segment(stem)) {
    if (bytes(kept + segment) > limit) break;
    kept += segment;
  }
  return kept.replace(/[-_]+$/, '');
}
