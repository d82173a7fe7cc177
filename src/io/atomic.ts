import { type Stats, closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { lstat, open, readdir, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { isProcessRunning } from './run-lock.js';

// For the Node modules loaded only when needed: process.getBuiltinModule() is no older than Node
// 22.3 on Node 22, which package.json allows from 22.0.
const requireBuiltIn = createRequire(import.meta.url);

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

/** What a file is written from: its text or bytes, or its text's pieces in order, each written as it is made (an index of 100,000 reports, never held whole). */
export type FileContent = string | Uint8Array | Iterable<string>;

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
export async function writeAtomically(file: string, text: FileContent, mode?: number, { flushFolder = true }: AtomicWriteOptions = {}): Promise<void> {
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

async function writeThroughTemp(target: string, existing: Stats | undefined, text: FileContent, mode: number | undefined, flushFolder: boolean): Promise<void> {
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
      await writeContent(handle, text);
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

async function writeInPlace(target: string, text: FileContent): Promise<void> {
  const handle = await open(target, 'w');
  try {
    await writeContent(handle, text);
  } finally {
    await handle.close();
  }
}

/**
 * A piece of a file's content that could not be made (a bug in what makes it, not a failure of the
 * file system): the write is undone, and this is thrown with the error as its cause, so that a
 * caller does not describe it as a file it could not write.
 */
export class ContentFailed extends Error {
  constructor(cause: unknown) {
    // not said: a bug's message, for a stack; what is said is its cause's
    super('the content of a file could not be made', { cause });
  }
}

/** All of `content` from where the handle stands: writeFile on a handle writes on from its position, so pieces follow each other. */
async function writeContent(handle: FileHandle, content: FileContent): Promise<void> {
  if (typeof content === 'string' || content instanceof Uint8Array) return handle.writeFile(content);
  for (const piece of made(content)) await handle.writeFile(piece);
}

/** The pieces, a failure to make one thrown as ContentFailed (a write's failure is not one: it is thrown where it is written). */
function* made(pieces: Iterable<string>): Generator<string> {
  try {
    yield* pieces;
  } catch (error) {
    throw new ContentFailed(error);
  }
}

/**
 * New files written into one folder (a report per person), each either complete under its name or
 * not there at all, as writeAtomically makes them, with one flush per batch rather than one per
 * file: each file goes to a temporary name; once `batchSize` wait (and at `finish()`), the file
 * system is flushed once (`sync -f FOLDER`, syncfs(2), on Linux; elsewhere, or if that fails, each
 * waiting file is flushed), and only then are they renamed to their names. A crash or power cut
 * leaves temporary files (removed by the next write into the folder, removeStaleTempFiles), never
 * a short file under a report's name. `finish()` renames the last and flushes the folder.
 *
 * The writes are synchronous (open, write, close: no round trips to libuv's threads), the first
 * WRITTEN_HERE on the main thread and the rest on a thread of its own (TempWriter), so that the
 * next files are rendered meanwhile. A path where something is already (--force) is
 * written by writeAtomically, which follows a link and keeps the file's mode.
 */
export class FolderWrites {
  private waiting: { temp: string; file: string }[] = [];
  private flushing: Promise<void> = Promise.resolve();
  private finished: Promise<void> | undefined;
  private written = 0;
  private writer: TempWriter | undefined;
  /** The temporary files made and not yet renamed. */
  private readonly temps = new Set<string>();

  constructor(
    private readonly folder: string,
    private readonly batchSize = 1000,
  ) {}

  /** Writes `text` to a temporary file for `file`; it takes its name once flushed. A failure is the error of the file system. */
  async write(file: string, text: string | Uint8Array, { fresh = false }: { fresh?: boolean } = {}): Promise<void> {
    if (
      !fresh &&
      (await lstat(file).then(
        () => true,
        (error: NodeJS.ErrnoException) => error.code !== 'ENOENT',
      ))
    ) {
      return writeAtomically(file, text, undefined, { flushFolder: false });
    }
    const temp = join(dirname(file), tempName(basename(file)));
    removeUnfinishedOnExit();
    unfinished.add(temp);
    this.temps.add(temp);
    try {
      if (++this.written <= WRITTEN_HERE) writeTemp(temp, text);
      else {
        this.writer ??= new TempWriter();
        await this.writer.write(temp, text, file);
      }
    } catch (error) {
      // The file of a failed write, which may be an earlier one; its temporary file may still be made.
      throw (error as { file?: string }).file === undefined ? Object.assign(error as Error, { file }) : error;
    }
    this.waiting.push({ temp, file });
    if (this.waiting.length >= this.batchSize) await this.flush();
  }

  /** Flushes and renames the files still waiting, then flushes the folder, so that the renames last. */
  finish(): Promise<void> {
    this.finished ??= (async () => {
      try {
        await this.flush();
        await this.flushing;
      } catch (error) {
        // Stopped by a failure: the files not renamed are removed, once the thread can make no more.
        await this.writer?.end();
        for (const temp of this.temps) {
          try {
            unlinkSync(temp);
          } catch {
            // Never made.
          }
          unfinished.delete(temp);
        }
        throw error;
      }
      await this.writer?.end();
      await syncFolder(this.folder);
    })();
    return this.finished;
  }

  /**
   * Starts flushing the files waiting, once the batch before them is renamed: the next batch is
   * written meanwhile, and no more than two wait. Rejects with the failure of an earlier batch.
   */
  private async flush(): Promise<void> {
    const batch = this.waiting;
    this.waiting = [];
    const previous = this.flushing;
    const writer = this.writer;
    const upTo = writer?.handedOver;
    const flushed = previous.then(async () => {
      await writer?.settled(upTo);
      await renameFlushed(this.folder, batch, this.temps, writer);
    });
    // Seen by the next flush or finish(); not an unhandled rejection meanwhile.
    flushed.catch(() => undefined);
    this.flushing = flushed;
    await previous;
  }
}

/**
 * Renames a flushed batch, in order, stopping at the first failure: on the writer's thread when
 * there is one, so that the main thread renders the next reports meanwhile (1,000 renames took
 * a tenth of its time), else here.
 */
async function renameFlushed(folder: string, batch: readonly { temp: string; file: string }[], temps: Set<string>, writer: TempWriter | undefined): Promise<void> {
  if (batch.length === 0) return;
  if (!(await syncFileSystem(folder))) for (const { temp, file } of batch) await syncFile(temp).catch((error: Error) => Promise.reject(Object.assign(error, { file })));
  const renamed = (count: number) => {
    for (let i = 0; i < count; i++) {
      unfinished.delete(batch[i]!.temp);
      temps.delete(batch[i]!.temp);
    }
  };
  if (writer !== undefined) {
    const { count, error } = await writer.rename(batch);
    renamed(count);
    if (error !== undefined) throw Object.assign(error, { file: batch[count]!.file });
    return;
  }
  for (const [i, { temp, file }] of batch.entries()) {
    try {
      renameSync(temp, file);
    } catch (error) {
      renamed(i);
      throw Object.assign(error as Error, { file });
    }
  }
  renamed(batch.length);
}

/** Files written on the main thread before a TempWriter starts: a few reports are not worth a thread. */
const WRITTEN_HERE = 64;

/** A temporary file made ('wx': nothing there is reused or followed) and written whole, or removed. */
function writeTemp(temp: string, text: string | Uint8Array): void {
  try {
    const fd = openSync(temp, 'wx', 0o666);
    try {
      writeAll(fd, text);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Never made.
    }
    throw error;
  }
}

/** Writes the thread has not answered yet, at most: beyond, a write waits for answers. */
const UNANSWERED = 32;
/** Writes handed to the thread in one message, at most. */
const OUTBOX = 16;
/**
 * The bytes of the writes of one message go in one buffer of this size (one a text needs, if
 * larger), handed over and back rather than copied: an HTML report is some 30,000 characters.
 */
const SLAB_BYTES = 256 * 1024;
/** Buffers the thread gave back, kept for the next messages: more are never in flight together. */
const SPARE_SLABS = 8;

/** What the thread says: the writes it has done (and the buffers back), or a batch renamed. */
type WriterAnswer = { answers: { id: number; error?: ThreadError }[]; slabs: ArrayBuffer[] } | { renamed: { id: number; count: number; error?: ThreadError } };

interface ThreadError {
  code?: string;
  syscall?: string;
  message: string;
}

interface SlabWrite {
  id: number;
  temp: string;
  start: number;
  end: number;
}

/**
 * Writes temporary files on a thread of its own, as writeTemp does, so that the next reports are
 * rendered meanwhile. Each write is a message; the thread answers with the writes it has done (a
 * failure's code, if any) in one message per turn of its loop, and a write waits only when many
 * are unanswered: a message each way per file woke both threads 10,000 times for 5,000 reports.
 * A text goes as UTF-8 bytes in a buffer transferred to the thread and back for the next
 * message: a string posted is copied twice (UTF-16, then made a string again on the thread), a
 * tenth of a run's time, and left a string a report for both threads to collect.
 * Its code is given as text, not as a module: the bundle has no file for it.
 */
class TempWriter {
  private readonly worker: Worker;
  /** The file each write is for, by id, oldest first. */
  private readonly unanswered = new Map<number, string>();
  private next = 0;
  private failure: Error | undefined;
  private waiters: (() => void)[] = [];
  private readonly encoder = new TextEncoder();
  private readonly spare: ArrayBuffer[] = [];
  /** Writes not yet handed over, and the buffer holding their bytes: sent together, when OUTBOX wait, the buffer is full, or the loop turns. */
  private outbox: SlabWrite[] = [];
  private slab: Uint8Array<ArrayBuffer> | undefined;
  private used = 0;
  /** Batches of renames handed over, by id, and their outcome once the thread answers. */
  private readonly renames = new Map<number, { count: number; error?: Error } | undefined>();
  private nextRename = 0;
  /** The thread has failed or ended: nothing more is answered. */
  private stopped = false;
  private readonly post = () => {
    if (this.outbox.length === 0) return;
    const slab = this.slab!.buffer;
    this.worker.postMessage({ slab, writes: this.outbox }, [slab]);
    this.outbox = [];
    this.slab = undefined;
    this.used = 0;
  };

  constructor() {
    // Required here, not imported: node:worker_threads takes about 4 ms to load, which a command
    // that writes nothing (list, score) would pay for loading this module.
    const { Worker } = requireBuiltIn('node:worker_threads') as typeof import('node:worker_threads');
    this.worker = new Worker(TEMP_WRITER, { eval: true });
    this.worker.unref();
    this.worker.on('message', (message: WriterAnswer) => {
      if ('renamed' in message) {
        const { id, count, error } = message.renamed;
        this.renames.set(id, error === undefined ? { count } : { count, error: Object.assign(new Error(error.message), { code: error.code, syscall: error.syscall }) });
        this.unrefWhenIdle();
        this.wake();
        return;
      }
      const { answers, slabs } = message;
      for (const slab of slabs) if (slab.byteLength === SLAB_BYTES && this.spare.length < SPARE_SLABS) this.spare.push(slab);
      for (const { id, error } of answers) {
        const file = this.unanswered.get(id);
        this.unanswered.delete(id);
        if (error !== undefined) this.failure ??= Object.assign(new Error(error.message), { code: error.code, syscall: error.syscall, file });
      }
      this.unrefWhenIdle();
      this.wake();
    });
    // A thread that fails or stops fails every write awaited, and every write after.
    const stopped = (error: Error) => {
      this.failure ??= error;
      this.stopped = true;
      this.unanswered.clear();
      this.wake();
    };
    this.worker.on('error', stopped);
    this.worker.on('exit', () => stopped(new Error('the thread writing temporary files stopped')));
  }

  /** Hands `text` to the thread for `temp`; waits while many writes are unanswered. Rejects with the first failure of any write. */
  async write(temp: string, text: string | Uint8Array, file: string): Promise<void> {
    if (this.failure) throw this.failure;
    const id = this.next++;
    this.unanswered.set(id, file);
    // Referenced while an answer is awaited: the process waits for it.
    this.worker.ref();
    const { start, end } = this.put(text);
    this.outbox.push({ id, temp, start, end });
    if (this.outbox.length >= OUTBOX) this.post();
    else if (this.outbox.length === 1) setImmediate(this.post);
    while (this.unanswered.size > UNANSWERED && !this.failure) await this.change();
    if (this.failure) throw this.failure;
  }

  /**
   * Renames each temporary file to its name, in order, on the thread (after the writes handed
   * over before, which it does first); stops at the first failure: how many were renamed, and why not the next.
   */
  async rename(batch: readonly { temp: string; file: string }[]): Promise<{ count: number; error?: Error }> {
    if (this.failure) throw this.failure;
    const id = this.nextRename++;
    this.renames.set(id, undefined);
    // Referenced while the answer is awaited: the process waits for it.
    this.worker.ref();
    this.post();
    this.worker.postMessage({ renames: batch.map(({ temp, file }) => [temp, file]), id });
    let outcome = this.renames.get(id);
    // A write's failure meanwhile does not stop the thread: the renames it was given are still answered.
    while (outcome === undefined && !this.stopped) {
      await this.change();
      outcome = this.renames.get(id);
    }
    this.renames.delete(id);
    if (outcome === undefined) throw this.failure!;
    return outcome;
  }

  /** Unreferenced once nothing is awaited of it: a process with nothing else to do ends. */
  private unrefWhenIdle(): void {
    if (this.unanswered.size === 0 && ![...this.renames.values()].includes(undefined)) this.worker.unref();
  }

  /** Writes handed over so far. */
  get handedOver(): number {
    return this.next;
  }

  /** Resolves when the first `upTo` writes handed over are done (not those handed over meanwhile); rejects with the first failure. */
  async settled(upTo = this.next): Promise<void> {
    const oldest = () => this.unanswered.keys().next().value as number | undefined;
    while (!this.failure && (oldest() ?? upTo) < upTo) await this.change();
    if (this.failure) throw this.failure;
  }

  async end(): Promise<void> {
    await this.worker.terminate();
  }

  /** Puts the bytes of `text` after those of the writes waiting, or, if they do not fit, posts those and puts them in a new buffer. */
  private put(text: string | Uint8Array): { start: number; end: number } {
    // UTF-8 takes at most 3 bytes for each UTF-16 unit.
    const most = typeof text === 'string' ? text.length * 3 : text.length;
    if (this.slab !== undefined) {
      const start = this.used;
      if (this.fill(text)) return { start, end: this.used };
      this.post();
    }
    this.slab = new Uint8Array(most > SLAB_BYTES ? new ArrayBuffer(most) : (this.spare.pop() ?? new ArrayBuffer(SLAB_BYTES)));
    this.fill(text);
    return { start: 0, end: this.used };
  }

  /** Whether the bytes of `text` fit after those waiting: if so, they are put there. */
  private fill(text: string | Uint8Array): boolean {
    const slab = this.slab!;
    if (typeof text === 'string') {
      const { read, written } = this.encoder.encodeInto(text, slab.subarray(this.used));
      if (read < text.length) return false;
      this.used += written;
    } else {
      if (slab.length - this.used < text.length) return false;
      slab.set(text, this.used);
      this.used += text.length;
    }
    return true;
  }

  private change(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

// not said: the code of the thread that writes temporary files (TempWriter)
const TEMP_WRITER = `
const { parentPort } = require('node:worker_threads');
const { closeSync, openSync, renameSync, unlinkSync, writeSync } = require('node:fs');
let answers = [];
let slabs = [];
const answer = () => {
  parentPort.postMessage({ answers, slabs }, slabs);
  answers = [];
  slabs = [];
};
const failed = (error) => ({ code: error.code, syscall: error.syscall, message: String(error.message) });
parentPort.on('message', ({ slab, writes, renames, id }) => {
  if (renames !== undefined) return rename(renames, id);
  if (answers.length === 0) setImmediate(answer);
  for (const { id, temp, start, end } of writes) write(id, temp, new Uint8Array(slab, start, end - start));
  slabs.push(slab);
});
function write(id, temp, bytes) {
  try {
    const fd = openSync(temp, 'wx', 0o666);
    try {
      let done = 0;
      while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
    } finally {
      closeSync(fd);
    }
    answers.push({ id });
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {}
    answers.push({ id, error: failed(error) });
  }
}
function rename(renames, id) {
  let count = 0;
  try {
    for (const [temp, file] of renames) {
      renameSync(temp, file);
      count++;
    }
    parentPort.postMessage({ renamed: { id, count } });
  } catch (error) {
    parentPort.postMessage({ renamed: { id, count, error: failed(error) } });
  }
}
`;

/** All of `text`: a string written as it is (no Buffer made for it), the rest of a short write as bytes. */
function writeAll(fd: number, text: string | Uint8Array): void {
  let bytes: Uint8Array;
  let done: number;
  if (typeof text === 'string') {
    done = writeSync(fd, text);
    if (done === Buffer.byteLength(text)) return;
    bytes = Buffer.from(text);
  } else {
    bytes = text;
    done = 0;
  }
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
}

/** syncfs(2) of the folder's file system by coreutils' `sync -f`, on Linux; false where it is not to be had. */
function syncFileSystem(folder: string): Promise<boolean> {
  if (process.platform !== 'linux') return Promise.resolve(false);
  // Required here, as node:worker_threads above: node:child_process takes about 4 ms to load.
  const { execFile } = requireBuiltIn('node:child_process') as typeof import('node:child_process');
  return new Promise((resolve) => {
    execFile('sync', ['-f', folder], { windowsHide: true }, (error) => resolve(error === null));
  });
}

async function syncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
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
