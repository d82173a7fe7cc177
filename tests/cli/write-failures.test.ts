import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

const leading = fixture('score/leading.yaml');
const sam = fixture('score/sam.yaml');
const score = (args: string[]) => runCli(['score', '--questionnaire', leading, ...args]);

const base = mkdtempSync(join(tmpdir(), 'syslead-write-failures-'));
const mounted: string[] = [];

/** A small file system of its own (tmpfs), read-only or nearly full; undefined where this user cannot mount. */
function fileSystem(name: string, options: string): string | undefined {
  const dir = join(base, name);
  mkdirSync(dir);
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]).status !== 0) return undefined;
  mounted.push(dir);
  return dir;
}

const readOnly = fileSystem('read-only', 'ro,size=64k');
const full = fileSystem('full', 'size=4k');

afterAll(() => {
  for (const dir of mounted) spawnSync('umount', [dir]);
  rmSync(base, { recursive: true, force: true });
});

/** Names of temporary files as write-file-atomic or syslead make them. */
const TEMP = /\.html\.\d+|syslead-tmp/;

describe.skipIf(readOnly === undefined || full === undefined)('a failed write names the file asked for and the reason, never a temporary file', () => {
  it('on a read-only file system, for --out and --out-dir', async () => {
    const out = join(readOnly!, 'r.html');
    const one = await score(['--format', 'html', '--out', out, sam]);
    expect(one.code).toBe(1);
    expect(one.stderr).toBe(`syslead: error: cannot write ${out}: the file system is read-only\n`);

    const many = await score(['--format', 'html', '--out-dir', readOnly!, sam]);
    expect(many.code).toBe(1);
    expect(many.stderr).toContain(`cannot write ${join(readOnly!, 'sam-patel.html')}: the file system is read-only`);
    expect(many.stderr).not.toMatch(TEMP);
  });

  // write-file-atomic 6 ignored a short write here: it exited 0 and kept the first 4 KiB of the report.
  it('on a full disk, and leaves nothing behind', async () => {
    const out = join(full!, 'r.html');
    const r = await score(['--format', 'html', '--out', out, sam]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`syslead: error: cannot write ${out}: the disk is full\n`);
    expect(readdirSync(full!)).toEqual([]);
  });
});

describe('a write into a folder', () => {
  it('removes the temporary files a killed syslead left there, with a note, and keeps everything else', async () => {
    const dir = mkdtempSync(join(base, 'out-'));
    const dead = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
    const stale = `.r.md.syslead-tmp-${dead}-2`;
    for (const name of [stale, 'r.md.4027956880', 'notes.txt']) writeFileSync(join(dir, name), 'x');
    const r = await score(['--format', 'md', '--out', join(dir, 'r.md'), sam]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`syslead: note: removed a temporary file left in ${dir} by a syslead that was stopped while writing: ${stale}\nwrote ${join(dir, 'r.md')}\n`);
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'r.md', 'r.md.4027956880']);
  });
});
