import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Failure } from '../core/failure.js';
import { kindByContent, kindByMagic, kindByName, type InputKind } from '../core/input-kind.js';
import { fsReason } from './fs-reason.js';
import { say } from '../core/i18n/voice.js';
import { isFolder, regularFilesOnly, type Warn } from './read.js';
import { byCodePoint } from '../core/code-point-order.js';

/** Bytes looked at to tell an answer file from a CSV when the name does not say. */
const SNIFF_BYTES = 64 * 1024;

/**
 * The files an input stands for: a folder's answer files, CSV files, workbooks and zips directly
 * inside it, by name (dot files and Excel's ~$ lock files left out); any other input, '-' included, itself. A
 * folder that cannot be read or holds no such file is an error (a Failure naming it).
 */
export async function filesOf(input: string, warn: Warn): Promise<string[]> {
  if (input === '-' || !(await isFolder(input))) return [input];
  let names: string[];
  try {
    names = await readdir(input);
  } catch (error) {
    throw new Failure(say('inputs.files.cannotReadFolder', { why: fsReason(error) }), input);
  }
  const named = names.filter((n) => kindByName(n) !== undefined && !n.startsWith('.') && !n.startsWith('~$')).sort(byCodePoint);
  const files = await regularFilesOnly(
    named.map((n) => join(input, n)),
    warn,
  );
  if (files.length === 0) throw new Failure(say('inputs.files.noneInFolder'), input);
  return files;
}

/** What a file holds and, for stdin, its bytes: stdin cannot be read twice, so its start, once looked at, comes back first. */
export interface OpenedInput {
  kind: InputKind;
  bytes?: AsyncIterable<Buffer>;
}

/**
 * Tells what a file holds ('-' = stdin): by its extension where it has one of ours, else by its
 * first bytes. A FIFO or a device (/dev/stdin, <(command), /dev/zero) cannot be read twice, so it
 * is looked at as stdin is. A file that cannot be read is an error (a Failure naming it). `given`
 * bytes are read in place of the file's own (or stdin's).
 */
export async function openInput(file: string, stdin: AsyncIterable<Buffer>, given?: AsyncIterable<Buffer>): Promise<OpenedInput> {
  const named = kindByName(file);
  if (named) return given ? { kind: named, bytes: given } : { kind: named };
  if (given) return sniff(given, file === '-' ? undefined : file);
  if (file === '-') return sniff(stdin);
  if (!(await canBeReadTwice(file))) return sniff(createReadStream(file) as AsyncIterable<Buffer>, file);
  const start = await readStart(file);
  return { kind: kindByMagic(start) ?? kindByContent(start.toString('utf8')) };
}

async function sniff(stream: AsyncIterable<Buffer>, file?: string): Promise<OpenedInput> {
  try {
    const { head, rest } = await peek(stream, SNIFF_BYTES);
    return { kind: kindByMagic(head) ?? kindByContent(head.toString('utf8')), bytes: rest };
  } catch (error) {
    throw new Failure(say('inputs.cannotRead', { why: fsReason(error) }), file ?? '<stdin>');
  }
}

/** Whether the path is a file or folder, not a FIFO or device; a missing one counts, to be reported when read. */
async function canBeReadTwice(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile() || s.isDirectory(),
    () => true,
  );
}

/** At least the first `size` bytes of a stream (all of it when shorter), and the whole stream again, those first. */
async function peek(stream: AsyncIterable<Buffer>, size: number): Promise<{ head: Buffer; rest: AsyncIterable<Buffer> }> {
  const iterator = stream[Symbol.asyncIterator]();
  const seen: Buffer[] = [];
  let length = 0;
  let ended = false;
  while (length < size && !ended) {
    const next = await iterator.next();
    if (next.done) ended = true;
    else {
      seen.push(next.value);
      length += next.value.length;
    }
  }
  return {
    head: Buffer.concat(seen),
    rest: {
      async *[Symbol.asyncIterator]() {
        try {
          yield* seen;
          if (ended) return;
          for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
        } finally {
          // A reader that stops early (a bad header, a NUL byte) closes the file.
          if (!ended) await iterator.return?.();
        }
      },
    },
  };
}

/** The start of a file, to tell what it holds. */
async function readStart(file: string): Promise<Buffer> {
  try {
    for await (const chunk of createReadStream(file, { start: 0, end: SNIFF_BYTES - 1 }) as AsyncIterable<Buffer>) return chunk;
    return Buffer.alloc(0);
  } catch (error) {
    throw new Failure(say('inputs.cannotRead', { why: fsReason(error) }), file);
  }
}
