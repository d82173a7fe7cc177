import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ExitError } from '../errors.js';
import { LIMITS } from '../core/yaml-source.js';
import { fsReason } from './fs-reason.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * A file's text ('-' reads stdin), refusing oversized or non-UTF-8 input with a clear message.
 * `bytes` replaces the file's own bytes, e.g. stdin with its first piece already looked at.
 */
export async function readText(file: string, bytes?: AsyncIterable<Buffer>): Promise<string> {
  const content = bytes || file === '-' ? await readStream(bytes ?? (process.stdin as AsyncIterable<Buffer>), displayName(file), LIMITS.maxBytes) : await readFileLimited(file, LIMITS.maxBytes);
  try {
    return decoder.decode(content);
  } catch {
    throw new ExitError(`${displayName(file)}:1:1: error: the file is not UTF-8 text (save it as UTF-8 and try again)`, { located: true });
  }
}

export function displayName(file: string): string {
  return file === '-' ? '<stdin>' : file;
}

async function readFileLimited(file: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(file, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) throw new ExitError(`${file}: error: is a folder, not a file`, { located: true });
    if (info.size > maxBytes) throw tooLarge(file, info.size, maxBytes);
    return await handle.readFile();
  } catch (error) {
    throw error instanceof ExitError ? error : new ExitError(`${file}: error: cannot read: ${fsReason(error)}`, { located: true });
  } finally {
    await handle?.close();
  }
}

async function readStream(stream: AsyncIterable<Buffer>, name: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge(name, size, maxBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function tooLarge(file: string, size: number, maxBytes: number): ExitError {
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return new ExitError(`${file}:1:1: error: file is too large (${mib(size)}; the limit is ${mib(maxBytes)})`, { located: true });
}

/** The YAML files directly inside a folder, sorted; a missing folder gives none. */
export async function yamlFilesIn(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir);
    const stem = (f: string) => f.replace(/\.ya?ml$/i, '');
    // Sorted by name without the extension, so "a.yaml" comes before "a-b.yaml".
    return entries
      .filter((f) => /\.ya?ml$/i.test(f))
      .sort((a, b) => (stem(a) < stem(b) ? -1 : stem(a) > stem(b) ? 1 : 0))
      .map((f) => join(dir, f));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new ExitError(`${dir}: error: cannot read folder: ${fsReason(error)}`, { located: true });
  }
}

export async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

export async function isFolder(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}

/** Whether anything (file, folder, link) is at the path, e.g. an --out file not to replace. */
export async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}
