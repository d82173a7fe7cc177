import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Creates a folder and any missing folders above it, each with `mode`; an existing folder is fine.
 * Not `mkdir(path, { recursive: true })`: on Node 20 that never settles under /proc (it retries
 * forever at full CPU). Here each level is one plain mkdir, so every failure comes back as an error.
 * A file (or anything but a folder) already at the path fails with "is a file, not a folder".
 */
export async function makeFolder(path: string, mode?: number): Promise<void> {
  try {
    await mkdir(path, { mode });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return refuseNonFolder(path, error);
    const parent = dirname(path);
    if (code !== 'ENOENT' || parent === path) throw error;
    await makeFolder(parent, mode);
    // Once: a parent that exists yet still gives ENOENT (as under /proc) is an error, not a loop.
    await mkdir(path, { mode }).catch((again: unknown) => ((again as NodeJS.ErrnoException).code === 'EEXIST' ? refuseNonFolder(path, again) : Promise.reject(again)));
  }
}

async function refuseNonFolder(path: string, original: unknown): Promise<void> {
  const found = await stat(path).catch(() => undefined);
  if (found === undefined) throw original;
  if (!found.isDirectory()) throw new Error(found.isFile() ? 'is a file, not a folder' : 'is not a folder');
}
