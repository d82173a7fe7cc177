import { lstat } from 'node:fs/promises';
import { ExitError } from '../errors.js';
import { safeText } from '../core/safe-text.js';
import { type AtomicWriteOptions, ContentFailed, type FileContent, FolderWrites, writeAtomically } from '../io/atomic.js';
import { fsReason } from '../io/fs-reason.js';
import { say } from '../core/i18n/voice.js';

/**
 * The files of a command that writes one report per person into --out-dir (score, feedback):
 * shared so that both refuse and fail alike.
 */

/** Checked before anything is written, so that a refusal leaves the folder as it was; `targets` may be made as they are checked. */
export async function refuseExisting(targets: Iterable<string>): Promise<void> {
  for (const target of targets) {
    try {
      // lstat: a link in the way counts as a file, wherever it points.
      await lstat(target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // ENOTDIR: --out-dir is a file; creating the folder says so.
      if (code === 'ENOENT' || code === 'ENOTDIR') continue;
      throw new ExitError(say('results.outDir.cannotCheck', { file: safeText(target), reason: fsReason(error) }));
    }
    throw new ExitError(say('results.outDir.exists', { file: safeText(target) }));
  }
}

/** One file of the folder, atomically; a failure names the file and why. */
export async function write(file: string, text: FileContent, options?: AtomicWriteOptions): Promise<void> {
  try {
    await writeAtomically(file, text, undefined, options);
  } catch (error) {
    // A bug in making the index is a bug, not a file that could not be written.
    if (error instanceof ContentFailed) throw error.cause;
    throw new ExitError(say('results.outDir.cannotWrite', { file: safeText(file), reason: fsReason(error) }));
  }
}

/**
 * The reports of a folder, each complete under its name or not there (FolderWrites: one flush per
 * batch of files, not one per file). `fresh`: every name was found free (refuseExisting), so
 * none is looked up again. `finish()` before the index is written; a failure names the file.
 */
export class ReportFiles {
  private readonly writes: FolderWrites;

  constructor(
    folder: string,
    private readonly fresh: boolean,
  ) {
    this.writes = new FolderWrites(folder);
  }

  write(file: string, text: string | Uint8Array): Promise<void> {
    return this.writes.write(file, text, { fresh: this.fresh }).catch(cannotWrite(file));
  }

  finish(): Promise<void> {
    return this.writes.finish().catch(cannotWrite(undefined));
  }
}

const cannotWrite =
  (file: string | undefined) =>
  (error: unknown): never => {
    const named = (error as { file?: string }).file ?? file ?? '';
    throw new ExitError(say('results.outDir.cannotWrite', { file: safeText(named), reason: fsReason(error) }));
  };
