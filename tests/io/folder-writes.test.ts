import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FolderWrites } from '../../src/io/atomic.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'syslead-folder-writes-'));
  folders.push(dir);
  return dir;
}

const name = (i: number) => `report-${String(i).padStart(3, '0')}.txt`;

describe('FolderWrites', () => {
  // 100 files: the first 64 are written here, the rest on the writing thread, which renames the batch.
  it('renames every file of a batch to its name, each whole', async () => {
    const dir = folder();
    const writes = new FolderWrites(dir, 40);
    for (let i = 0; i < 100; i++) await writes.write(join(dir, name(i)), `report ${i}\n`, { fresh: true });
    await writes.finish();
    expect(readdirSync(dir).sort()).toEqual(Array.from({ length: 100 }, (_, i) => name(i)));
    for (const i of [0, 63, 64, 99]) expect(readFileSync(join(dir, name(i)), 'utf8')).toBe(`report ${i}\n`);
  });

  it('stops renaming at the first file it cannot rename, names it, and leaves no temporary file', async () => {
    const dir = folder();
    // A folder (not empty) where report 80 should go: a file cannot be renamed over it.
    mkdirSync(join(dir, name(80)));
    writeFileSync(join(dir, name(80), 'inside'), 'x');
    const writes = new FolderWrites(dir);
    for (let i = 0; i < 100; i++) await writes.write(join(dir, name(i)), `report ${i}\n`, { fresh: true });
    await expect(writes.finish()).rejects.toMatchObject({ file: join(dir, name(80)) });
    // In order up to the one that failed; none after it, and no temporary file left.
    expect(readdirSync(dir).sort()).toEqual(Array.from({ length: 81 }, (_, i) => name(i)));
    expect(readFileSync(join(dir, name(79)), 'utf8')).toBe('report 79\n');
  });
});
