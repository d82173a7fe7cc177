import { type Stats, unlinkSync } from 'node:fs';
import { lstat, open, readdir, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { isProcessRunning } from './run-lock.js';

/**
 * A temporary file is hidden (a dot file, which no folder input reads), says whose it is, and names
 * the process writing it, so that one left by a killed process can be told from one in use:
 * `.NAME.syslead-tmp-PID-N`.
 */
const TEMP_MARK = '.syslead-tmp-';
const TEMP_NAME = /^\..*\.syslead-tmp-(\d+)-\d+$/;
/** Room for the mark and numbers within the usual 255-byte limit on a file name. */
const MAX_TEMP_STEM_BYTES = 200;

let writes = 0;
const unfinished = new Set<string>();
let removesUnfinishedOnExit = false;
/** Writes to one file, one after the other: the last one asked for is the one that stays. */
const queues = new Map<string, Promise<void>>();

export interface AtomicWriteOptions {
  /**
   * false: the folder is not flushed after the rename, for a batch of files written into one
   * folder whose last write flushes it (once, for every rename before it). Each file is still
   * flushed before its rename, so that after a power cut it is there complete or not at all.
   */
  flushFolder?: boolean;
}

/**
 * Writes a file so that it is always either the old or the new content, never half of either:
 * the text goes to a temporary file in the same folder, is flushed to disk, and renamed over; the
 * folder is flushed too (unless `flushFolder: false`), so that the rename survives a power cut.
 * A file that exists keeps its mode unless `mode` is given. A link is followed: the file it points
 * to is replaced.
 */
export async function writeAtomically(file: string, text: string | Uint8Array, mode?: number, { flushFolder = true }: AtomicWriteOptions = {}): Promise<void> {
  // The place in the queue is taken before any await, so that writes end in the order asked for.
  const key = resolve(file);
  const previous = queues.get(key) ?? Promise.resolve();
  const write = previous.then(async () => {
    const { target, existing } = await whatIsAt(file);
    return writeThroughTemp(target, existing, text, mode, flushFolder);
  });
  const settled = write.catch(() => undefined);
  queues.set(key, settled);
  try {
    await write;
  } finally {
    if (queues.get(key) === settled) queues.delete(key);
  }
}

/**
 * The file to write (a link followed) and what is there now. Nothing at all at the path, as for
 * every report of a new `score --out-dir` folder, is found with one call rather than a realpath
 * and a stat that both fail.
 */
async function whatIsAt(file: string): Promise<{ target: string; existing: Stats | undefined }> {
  const missing = await lstat(file).then(
    () => false,
    (error: NodeJS.ErrnoException) => error.code === 'ENOENT',
  );
  if (missing) return { target: file, existing: undefined };
  const target = await realpath(file).catch(() => file);
  return { target, existing: await stat(target).catch(() => undefined) };
}

async function writeThroughTemp(target: string, existing: Stats | undefined, text: string | Uint8Array, mode: number | undefined, flushFolder: boolean): Promise<void> {
  // A device, a pipe or a socket (/dev/stdout, a FIFO) is written into, never renamed over: that
  // would put a plain file where the device was (as root, even in /dev).
  if (existing && !existing.isFile() && !existing.isDirectory()) return writeInPlace(target, text);
  const temp = join(dirname(target), tempName(basename(target)));
  const fileMode = mode ?? (existing ? existing.mode & 0o7777 : undefined);
  removeUnfinishedOnExit();
  unfinished.add(temp);
  try {
    // 'wx': never reuse or follow something already there under the temporary name.
    const handle = await open(temp, 'wx', fileMode ?? 0o666);
    try {
      await handle.writeFile(text);
      // The umask narrows the mode open() is given; a kept or asked-for mode is meant exactly.
      if (fileMode !== undefined) await handle.chmod(fileMode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    unfinished.delete(temp);
  }
  if (flushFolder) await syncFolder(dirname(target));
}

async function writeInPlace(target: string, text: string | Uint8Array): Promise<void> {
  const handle = await open(target, 'w');
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}

function tempName(name: string): string {
  return `.${leadingBytes(name, MAX_TEMP_STEM_BYTES)}${TEMP_MARK}${process.pid}-${++writes}`;
}

/** The start of a name that fits in `max` UTF-8 bytes, cut between characters. */
function leadingBytes(name: string, max: number): string {
  let bytes = 0;
  let end = 0;
  for (const char of name) {
    bytes += Buffer.byteLength(char);
    if (bytes > max) break;
    end += char.length;
  }
  return name.slice(0, end);
}

async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Some systems (Windows) cannot open or flush a folder; the file itself is flushed and renamed.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** An exit (Ctrl-C included) in the middle of a write leaves no temporary file; only SIGKILL or a crash can. */
function removeUnfinishedOnExit(): void {
  if (removesUnfinishedOnExit) return;
  removesUnfinishedOnExit = true;
  process.once('exit', () => {
    for (const temp of unfinished) {
      try {
        unlinkSync(temp);
      } catch {
        // Already renamed or removed.
      }
    }
  });
}

/**
 * Removes the temporary files that syslead processes no longer running left in a folder (killed
 * in the middle of a write), and returns their names. A missing or unreadable folder has none.
 */
export async function removeStaleTempFiles(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const pid = TEMP_NAME.exec(name)?.[1];
    if (pid === undefined || isProcessRunning(Number(pid))) continue;
    try {
      await unlink(join(folder, name));
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: either way, nothing to report.
    }
  }
  return removed;
}
