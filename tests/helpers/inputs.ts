import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { questionnaireSources, type Source } from '../../src/io/questionnaires.js';

/** What the input readers take from a command besides the inputs: here nothing on stdin and folder warnings dropped, for tests that read named files. */
export function namedFilesOnly(extraDirs: readonly string[] = []): { sources: Source[]; stdin: Readable; warn: () => void } {
  return { sources: questionnaireSources(extraDirs, {}, () => {}), stdin: Readable.from([]), warn: () => {} };
}

/** A fresh folder, and a writer of named files in it that returns each file's path. */
export function scratchFolder(prefix: string): { root: string; write: (name: string, content: string) => string } {
  const root = mkdtempSync(join(tmpdir(), prefix));
  return {
    root,
    write: (name, content) => {
      const file = join(root, name);
      writeFileSync(file, content);
      return file;
    },
  };
}
