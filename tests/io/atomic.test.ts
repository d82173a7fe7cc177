import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentFailed, removeStaleTempFiles, writeAtomically } from '../../src/io/atomic.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'syslead-atomic-unit-'));
const deadPid = () => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);

describe('writeAtomically', () => {
  it('keeps the mode of the file it replaces, and gives a mode asked for exactly', async () => {
    const dir = tempDir();
    const kept = join(dir, 'kept.txt');
    writeFileSync(kept, 'old');
    chmodSync(kept, 0o640);
    await writeAtomically(kept, 'new');
    expect([readFileSync(kept, 'utf8'), statSync(kept).mode & 0o777]).toEqual(['new', 0o640]);
    const given = join(dir, 'given.json');
    await writeAtomically(given, '{}', 0o600);
    expect(statSync(given).mode & 0o777).toBe(0o600);
  });

  it('writes into a pipe or a device, never renaming a file over it', async () => {
    const fifo = join(tempDir(), 'fifo');
    spawnSync('mkfifo', [fifo]);
    const { readFile } = await import('node:fs/promises');
    const [read] = await Promise.all([readFile(fifo, 'utf8'), writeAtomically(fifo, 'to the reader')]);
    expect(read).toBe('to the reader');
    expect(statSync(fifo).isFIFO()).toBe(true);
    await expect(writeAtomically('/dev/full', 'x')).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('ends writes to one file in the order they were asked for', async () => {
    const file = join(tempDir(), 'a.json');
    await Promise.all(Array.from({ length: 20 }, (_, i) => writeAtomically(file, `${i}`.repeat(10_000 - i * 400))));
    expect(readFileSync(file, 'utf8')).toBe('19'.repeat(10_000 - 19 * 400));
  });

  it('writes pieces as they are made, and leaves the old file when one cannot be made', async () => {
    const dir = tempDir();
    const file = join(dir, 'index.md');
    writeFileSync(file, 'old');
    const made: number[] = [];
    function* pieces(fail: boolean) {
      for (let i = 0; i < 3; i++) {
        made.push(i);
        // Every piece before it is on its way to the disk: it is not written once they are all made.
        if (i > 0) expect(readdirSync(dir).filter((name) => name !== 'index.md')).toHaveLength(1);
        if (fail && i === 2) throw new TypeError('a bug');
        yield `é${i}\n`.repeat(50_000);
      }
    }
    await writeAtomically(file, pieces(false));
    expect(readFileSync(file, 'utf8')).toBe([0, 1, 2].map((i) => `é${i}\n`.repeat(50_000)).join(''));
    const failed = await writeAtomically(file, pieces(true)).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(ContentFailed);
    expect((failed as ContentFailed).cause).toMatchObject({ name: 'TypeError', message: 'a bug' });
    expect(readFileSync(file, 'utf8')).toBe([0, 1, 2].map((i) => `é${i}\n`.repeat(50_000)).join(''));
    expect(readdirSync(dir)).toEqual(['index.md']);
    expect(made).toEqual([0, 1, 2, 0, 1, 2]);
  });

  it('writes a file whose name leaves no room for a longer temporary name', async () => {
    const dir = tempDir();
    const name = `${'é'.repeat(120)}.html`; // 245 bytes: the name plus the temporary mark would not fit in 255
    await writeAtomically(join(dir, name), 'x');
    expect(readdirSync(dir)).toEqual([name]);
  });
});

describe('removeStaleTempFiles', () => {
  it("removes only syslead's temporary files of processes no longer running", async () => {
    const dir = tempDir();
    const dead = deadPid();
    const names = {
      stale: `.r.html.syslead-tmp-${dead}-3`,
      running: `.r.html.syslead-tmp-${process.pid}-1`,
      report: 'r.html',
      someoneElses: 'r.html.4027956880',
      hidden: `.r.html.syslead-tmp-${dead}`,
      visible: `r.html.syslead-tmp-${dead}-1`,
    };
    for (const name of Object.values(names)) writeFileSync(join(dir, name), 'x');
    expect(await removeStaleTempFiles(dir)).toEqual([names.stale]);
    expect(readdirSync(dir).sort()).toEqual(
      Object.values(names)
        .filter((n) => n !== names.stale)
        .sort(),
    );
    expect(await removeStaleTempFiles(join(dir, 'missing'))).toEqual([]);
  });
});
