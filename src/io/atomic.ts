import { createRequire } from 'node:module';

type WriteFileAtomic = (file: string, data: string, options: { mode?: number; fsync?: boolean }) => Promise<void>;

// write-file-atomic ships no type declarations; its one call we use is typed here.
const writeFileAtomic = createRequire(import.meta.url)('write-file-atomic') as WriteFileAtomic;

/**
 * Writes a file so that it is always either the old or the new content, never half of either:
 * the text goes to a temporary file in the same folder, is flushed to disk, and renamed over.
 */
export function writeAtomically(file: string, text: string, mode?: number): Promise<void> {
  return writeFileAtomic(file, text, mode === undefined ? {} : { mode });
}
