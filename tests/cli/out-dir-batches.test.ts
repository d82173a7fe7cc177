import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

// score --out-dir writes its reports in batches (io/atomic.ts FolderWrites): each to a temporary
// name, the first few on the main thread and the rest on a thread of its own, then the file system
// flushed once per 1,000 and the batch renamed. These check what that must keep: every report whole
// under its own name, nothing else left, and a failure that names the report.
const leading = fixture('score/leading.yaml');
const base = mkdtempSync(join(tmpdir(), 'syslead-out-dir-batches-'));
const mounted: string[] = [];

afterAll(() => {
  for (const dir of mounted) spawnSync('umount', [dir]);
  rmSync(base, { recursive: true, force: true });
});

const HEADER = ['Timestamp', 'Name', 'I start from what matters to the people who use services.', 'I let my organisation’s interests come first.', 'I share credit with partner organisations.'];
const LEVELS = ['Rarely', 'Sometimes', 'Usually', 'Almost always'];
/** A Forms-style export of `count` people, each with answers of their own. */
function cohort(dir: string, count: number): string {
  const rows = Array.from({ length: count }, (_, i) => ['2026-11-25T10:00:00Z', `Person ${i + 1}`, LEVELS[i % 4]!, LEVELS[(i >> 2) % 4]!, String(i % 4)]);
  const file = join(dir, `cohort-${count}.csv`);
  writeFileSync(file, `${[HEADER, ...rows].map((row) => row.join(',')).join('\r\n')}\r\n`);
  return file;
}
const score = (args: string[]) => runCli(['score', '--questionnaire', leading, ...args]);
const TEMP = /syslead-tmp/;

describe('score --out-dir in batches', () => {
  it('writes 2,100 reports, each as the same person gets alone, and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(base, 'many-'));
    const out = join(dir, 'reports');
    const r = await score(['--format', 'text', '--out-dir', out, cohort(dir, 2100)]);
    expect(r.code).toBe(0);
    const names = readdirSync(out);
    expect(names).toHaveLength(2101);
    expect(names.filter((n) => n.startsWith('.'))).toEqual([]);
    // Written on the main thread, on the writing thread, in the last batch: each as a run of one writes it.
    for (const i of [1, 64, 65, 1000, 1001, 2100]) {
      const alone = join(dir, `alone-${i}`);
      const one = join(dir, `one-${i}.csv`);
      const lines = readFileSync(join(dir, 'cohort-2100.csv'), 'utf8').split('\r\n');
      writeFileSync(one, `${lines[0]}\r\n${lines[i]}\r\n`);
      expect((await score(['--format', 'text', '--out-dir', alone, one])).code).toBe(0);
      expect(readFileSync(join(out, `person-${i}.txt`), 'utf8')).toBe(readFileSync(join(alone, `person-${i}.txt`), 'utf8'));
    }
  });
});

/** A small tmpfs; undefined where this user cannot mount. */
function fileSystem(name: string, options: string): string | undefined {
  const dir = join(base, name);
  mkdirSync(dir);
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]).status !== 0) return undefined;
  mounted.push(dir);
  return dir;
}
// Room for some 1,500 of the reports below (a page each): a batch is renamed before the disk fills.
const full = fileSystem('full', 'size=6m');

describe.skipIf(full === undefined)('score --out-dir on a disk that fills', () => {
  it('names the report it could not write, and leaves no temporary file and no report short', async () => {
    const dir = mkdtempSync(join(base, 'fills-'));
    const input = cohort(dir, 2000);
    const r = await score(['--format', 'md', '--out-dir', full!, input]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`cannot write ${full}/person-\\d+\\.md: the disk is full`));
    expect(r.stderr).not.toMatch(TEMP);
    const left = readdirSync(full!);
    expect(left.filter((n) => TEMP.test(n))).toEqual([]);
    expect(left.length).toBeGreaterThanOrEqual(1000);
    // Every report there is whole: as the same person's written alone.
    const whole = join(dir, 'whole');
    expect((await score(['--format', 'md', '--out-dir', whole, input])).code).toBe(0);
    for (const name of left) expect(readFileSync(join(full!, name), 'utf8')).toBe(readFileSync(join(whole, name), 'utf8'));
  });
});
