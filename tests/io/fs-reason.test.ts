import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdir, open, readFile, writeFile } from 'node:fs/promises';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomically } from '../../src/io/atomic.js';
import { fsReason } from '../../src/io/fs-reason.js';

/** An error as Node's fs makes it: `CODE: description, syscall 'path'`, with code, syscall and path. */
function fsError(code: string, description = 'some description', path = '/data/r.html.4027956880'): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${description}, open '${path}'`), { code, errno: -1, syscall: 'open', path });
}

const reasonOf = async (operation: () => Promise<unknown>): Promise<string> => {
  try {
    await operation();
  } catch (error) {
    return fsReason(error);
  }
  throw new Error('the operation did not fail');
};

describe('fsReason', () => {
  it.each([
    ['ENOENT', 'no such file or folder'],
    ['EROFS', 'the file system is read-only'],
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['ENOSPC', 'the disk is full'],
    ['EDQUOT', 'the disk quota is used up'],
    ['EISDIR', 'is a folder, not a file'],
    ['ENOTDIR', 'a part of the path is not a folder'],
    ['EEXIST', 'already exists'],
    ['ENAMETOOLONG', 'the name is too long'],
    ['EMFILE', 'too many open files'],
    ['ELOOP', 'too many symbolic links (a link may point to itself)'],
    ['EBUSY', 'the file or folder is busy (in use)'],
    ['EIO', 'input/output error (the disk or the connection to it failed)'],
  ])('says %s in plain words', (code, reason) => {
    expect(fsReason(fsError(code))).toBe(reason);
  });

  it('never says "no such file or folder" but for ENOENT, and never shows the path, for every code the system has', () => {
    const codes = Object.keys(constants.errno);
    expect(codes.length).toBeGreaterThan(50);
    for (const code of codes.filter((c) => c !== 'ENOENT')) {
      const reason = fsReason(fsError(code));
      expect(reason, code).not.toMatch(/no such file/);
      expect(reason, code).not.toContain('r.html');
    }
  });

  it("names an unknown code with the system's description of it, without the path", () => {
    expect(fsReason(fsError('ESOMETHING', 'something odd happened'))).toBe('something odd happened (ESOMETHING)');
    expect(fsReason(Object.assign(new Error('no colon here'), { code: 'EODD' }))).toBe('system error (EODD)');
  });

  it("gives the message of errors that are not the system's", () => {
    expect(fsReason(Object.assign(new Error('File size is greater than 2 GiB'), { code: 'ERR_FS_FILE_TOO_LARGE' }))).toBe('File size is greater than 2 GiB');
    expect(fsReason(new Error('plain'))).toBe('plain');
    expect(fsReason('text')).toBe('text');
  });

  describe('for real errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'syslead-fs-reason-'));
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const loop = join(dir, 'loop');
    symlinkSync(loop, loop);
    mkdirSync(join(dir, 'a-folder'));

    it.each([
      ['a missing file', () => readFile(join(dir, 'missing')), 'no such file or folder'],
      ['a file as a folder', () => writeAtomically(join(file, 'r.html'), 'x'), 'a part of the path is not a folder'],
      ['a folder as the file', () => writeAtomically(join(dir, 'a-folder'), 'x'), 'is a folder, not a file'],
      ['a link to itself', () => readFile(loop), 'too many symbolic links (a link may point to itself)'],
      ['a name too long', () => writeAtomically(join(dir, 'n'.repeat(300)), 'x'), 'the name is too long'],
      ['a folder that exists', () => mkdir(join(dir, 'a-folder')), 'already exists'],
      ['a full disk (/dev/full)', () => writeFile('/dev/full', 'x'), 'the disk is full'],
      ['a folder of the kernel (/sys)', () => open('/sys/r.html', 'wx'), 'permission denied'],
    ])('%s', async (_, operation, reason) => {
      expect(await reasonOf(operation)).toBe(reason);
    });
  });
});
