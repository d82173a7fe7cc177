import { lstat } from 'node:fs/promises';
import { ExitError } from '../errors.js';
import { safeText } from '../core/safe-text.js';
import { type AtomicWriteOptions, writeAtomically } from '../io/atomic.js';
import { fsReason } from '../io/fs-reason.js';
import { say } from '../core/i18n/voice.js';

/**
 * The files of a command that writes one report per person into --out-dir (score, feedback):
 * shared so that both refuse and fail alike.
 */

/** Checked before anything is written, so that a refusal leaves the folder as it was. */
export async function refuseExisting(targets: readonly string[]): Promise<void> {
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
export async function write(file: string, text: string | Uint8Array, options?: AtomicWriteOptions): Promise<void> {
  try {
    await writeAtomically(file, text, undefined, options);
  } catch (error) {
    throw new ExitError(say('results.outDir.cannotWrite', { file: safeText(file), reason: fsReason(error) }));
  }
}
