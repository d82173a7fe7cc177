import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFolder } from '../../src/io/make-folder.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'syslead-folder-'));

describe('makeFolder', () => {
  it('creates every missing level with the mode given, and accepts an existing folder', async () => {
    const dir = tempDir();
    const deep = join(dir, 'a', 'b', 'c');
    await makeFolder(deep, 0o700);
    await makeFolder(deep, 0o700);
    for (const level of [join(dir, 'a'), join(dir, 'a', 'b'), deep]) {
      expect(statSync(level).isDirectory()).toBe(true);
      expect(statSync(level).mode & 0o777).toBe(0o700);
    }
  });

  it('says a file in the way is a file, not a folder', async () => {
    const file = join(tempDir(), 'taken');
    writeFileSync(file, 'x');
    await expect(makeFolder(file)).rejects.toThrow('is a file, not a folder');
    await expect(makeFolder(join(file, 'sub'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  // Node 20's recursive mkdir never settles under /proc; the test's timeout is the hang's kill.
  it.runIf(process.platform === 'linux')('fails under /proc instead of hanging', { timeout: 5000 }, async () => {
    await expect(makeFolder('/proc/syslead-x/y')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
