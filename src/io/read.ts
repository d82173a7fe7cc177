import { open, readdir, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { Failure, isExpectedFailure, ProblemError } from '../core/failure.js';
import type { Problem } from '../core/problem.js';
import { say } from '../core/i18n/voice.js';
import { safeText } from '../core/safe-text.js';
import { LIMITS } from '../core/yaml-limits.js';
import { fsReason } from './fs-reason.js';
import { byCodePoint } from '../core/code-point-order.js';

/** Where a reader says what it passed over: one line, without its newline (the command's stderr). */
export type Warn = (line: string) => void;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** What a NUL byte in an input means: no text file holds one. */
export function nulMessage(): string {
  return say('inputs.read.nul');
}

/**
 * A file's text, refusing oversized, binary or non-UTF-8 input with a problem
 * saying where (a ProblemError). The size limit holds as the bytes arrive, so a device or a pipe that never ends
 * (/dev/zero, a FIFO) is refused after its first MiB. `bytes` replaces the file's own bytes:
 * for '-', the command's stdin (required), perhaps with its first piece already looked at.
 */
export async function readText(file: string, bytes?: AsyncIterable<Buffer>): Promise<string> {
  const name = displayName(file);
  if (file === '-' && !bytes) throw new Error('readText("-") needs the bytes of stdin');
  const content = bytes ? await readStream(bytes, name, LIMITS.maxBytes) : await readFileLimited(file, LIMITS.maxBytes);
  try {
    return decoder.decode(content);
  } catch {
    throw atStart(name, say('inputs.read.notUtf8'));
  }
}

/** A named file's text, or for '-' the text of the command's stdin (see readText). */
export function readFileOrStdin(file: string, stdin: AsyncIterable<Buffer>): Promise<string> {
  return readText(file, file === '-' ? stdin : undefined);
}

export function displayName(file: string): string {
  return file === '-' ? '<stdin>' : file;
}

/**
 * The line and column (1-based) reached in a text read piece by piece. Lines end at "\n", as YAML
 * counts them; with `crEndsLines`, also at "\r" and "\r\n", as the CSV reader counts them (a file
 * saved with the classic Mac's line ends is one line by "\n" alone, and its places would be too).
 */
export class TextPlace {
  line = 1;
  column = 1;
  /** The text so far ended with "\r": a "\n" first in the next piece ends no other line. */
  private afterCr = false;

  constructor(private readonly crEndsLines = false) {}

  /** Moves past the text. */
  advance(text: string): void {
    const ends = this.crEndsLines ? count(text, '\n') + count(text, '\r') - count(text, '\r\n') - (this.afterCr && text.startsWith('\n') ? 1 : 0) : count(text, '\n');
    const last = this.crEndsLines ? Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) : text.lastIndexOf('\n');
    if (text !== '') this.afterCr = this.crEndsLines && text.endsWith('\r');
    this.line += ends;
    this.column = last < 0 ? this.column + text.length : text.length - last;
  }

  /** Another place, here, to move on from without moving this one. */
  copy(): TextPlace {
    const place = new TextPlace(this.crEndsLines);
    place.line = this.line;
    place.column = this.column;
    place.afterCr = this.afterCr;
    return place;
  }

  /** An error at this place. */
  problem(file: string, message: string): Problem {
    return { file, line: this.line, column: this.column, severity: 'error', message };
  }
}

function count(text: string, part: string): number {
  let n = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) n++;
  return n;
}

async function readFileLimited(file: string, maxBytes: number): Promise<Uint8Array> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) throw new Failure(say('inputs.fs.EISDIR'), file);
    if (info.size > maxBytes) throw tooLarge(file, info.size, maxBytes);
    // Read as a stream even when the size is known: a device or a FIFO has none (size 0).
    return await readStream(handle.createReadStream({ autoClose: false }) as AsyncIterable<Buffer>, file, maxBytes);
  } catch (error) {
    throw isExpectedFailure(error) ? error : new Failure(say('inputs.cannotRead', { why: fsReason(error) }), file);
  } finally {
    await handle?.close();
  }
}

/** A stream's bytes, refused as soon as they pass `maxBytes` or hold a NUL byte. */
async function readStream(stream: AsyncIterable<Buffer>, name: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge(name, undefined, maxBytes);
    chunks.push(chunk);
    const nul = chunk.indexOf(0);
    if (nul >= 0) {
      const place = new TextPlace();
      place.advance(new TextDecoder('utf-8').decode(Buffer.concat(chunks).subarray(0, size - chunk.length + nul)));
      throw new ProblemError([place.problem(name, nulMessage())]);
    }
  }
  return Buffer.concat(chunks);
}

/** `size` is undefined for a stream refused as it passed the limit, its whole size unknown. */
function tooLarge(file: string, size: number | undefined, maxBytes: number): ProblemError {
  const mib = (n: number) => say('inputs.read.mib', { mib: (n / 1024 / 1024).toFixed(1) });
  const how = size === undefined ? say('inputs.read.overLimit', { limit: mib(maxBytes) }) : say('inputs.read.sizeAndLimit', { size: mib(size), limit: mib(maxBytes) });
  return atStart(file, say('inputs.read.tooLarge', { how }));
}

/** A problem with the file as a whole, shown at its first line and column. */
function atStart(file: string, message: string): ProblemError {
  return new ProblemError([{ file, line: 1, column: 1, severity: 'error', message }]);
}

/** The YAML files directly inside a folder, sorted; a missing folder gives none. */
export async function yamlFilesIn(dir: string, warn: Warn): Promise<string[]> {
  try {
    const entries = await readdir(dir);
    const stem = (f: string) => f.replace(/\.ya?ml$/i, '');
    // Sorted by name without the extension, so "a.yaml" comes before "a-b.yaml".
    const names = entries.filter((f) => /\.ya?ml$/i.test(f)).sort((a, b) => byCodePoint(stem(a), stem(b)));
    return await regularFilesOnly(
      names.map((f) => join(dir, f)),
      warn,
    );
  } catch (error) {
    // A folder of questionnaires is named on purpose (--questionnaires, $SYSLEAD_QUESTIONNAIRES):
    // one that is not there is a mistake to say, not an empty folder.
    throw new Failure(say('inputs.read.cannotReadFolder', { why: fsReason(error) }), dir);
  }
}

/**
 * The paths that are regular files (or links to one), in order. Anything else found in a folder
 * under an input's name (a FIFO, a socket, a device, a folder) is skipped with a warning on
 * stderr: opening a FIFO would wait for a writer forever. One named by the user is read, not this.
 */
export async function regularFilesOnly(paths: readonly string[], warn: Warn): Promise<string[]> {
  const kept: string[] = [];
  for (const path of paths) {
    const found = await stat(path).catch(() => undefined);
    // One that cannot be looked at (a dangling link, a missing permission) is kept, for its reader to report.
    if (found === undefined || found.isFile()) kept.push(path);
    else warn(`${safeText(path)}: warning: ${say('inputs.read.skipped', { what: found.isDirectory() ? say('inputs.read.aFolder') : say('inputs.read.notRegular') })}`);
  }
  return kept;
}

export async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

export async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}
