import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Failure } from '../core/failure.js';
import { say } from '../core/i18n/voice.js';
import { safeText } from '../core/safe-text.js';
import { removeStaleTempFiles, writeAtomically } from './atomic.js';
import { fsReason } from './fs-reason.js';

/**
 * Refuses, before any work is done, to replace an existing --out file without --force. A device or
 * a pipe (/dev/stdout, a FIFO) is written into, not replaced, so it needs no --force.
 */
export async function refuseToReplace(out: string | undefined, force: boolean | undefined): Promise<void> {
  if (out && !force && (await isFileOrFolder(out))) throw new Failure(say('inputs.output.exists', { file: safeText(out) }));
}

async function isFileOrFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile() || s.isDirectory(),
    () => false,
  );
}

/** A command's output: to the --out file (atomically, saying so on stderr), else to stdout. */
export async function deliver(output: string | Uint8Array, out: string | undefined, streams: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<void> {
  // /dev/stdout may be a socket, which cannot be opened by name: it is the stream itself.
  if (!out || out === '/dev/stdout') {
    streams.stdout.write(output);
    return;
  }
  await removeLeftovers(dirname(out), streams.stderr);
  try {
    await writeAtomically(out, output);
  } catch (error) {
    throw new Failure(say('inputs.output.cannotWrite', { file: safeText(out), why: fsReason(error) }));
  }
  streams.stderr.write(`${say('inputs.output.wrote', { file: safeText(out) })}\n`);
}

/** Removes the temporary files of writes that a killed syslead left in a folder, with a note naming them. */
export async function removeLeftovers(folder: string, stderr: NodeJS.WritableStream): Promise<void> {
  const removed = await removeStaleTempFiles(folder);
  if (removed.length === 0) return;
  const files = say('inputs.output.temporaryFiles', { count: removed.length });
  // not said: "syslead: note:" stays English, as every problem's kind does (editors' matchers read it)
  stderr.write(`syslead: note: ${say('inputs.output.removed', { files, folder: safeText(folder), names: removed.map((name) => safeText(name)).join(', ') })}\n`);
}
