import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, ROOT, runCli } from '../helpers/cli.js';

const SIZE = 4 * 1024 * 1024;
const contents = ['A', 'B'].map((c) => `${c.repeat(SIZE - 1)}\n`);
/** syslead's own temporary files: hidden, and naming the process that writes them. */
const TEMP_FILE = /^\.result\.json\.syslead-tmp-\d+-\d+$/;

/** Starts a process that rewrites `file` with the A and B contents in turn, as fast as it can. */
function startWriter(file: string) {
  const script = `
    const { writeAtomically } = await import(${JSON.stringify(`${ROOT}dist/io/atomic.js`)});
    const contents = ['A', 'B'].map((c) => c.repeat(${SIZE - 1}) + '\\n');
    process.stdout.write('ready\\n');
    for (let i = 0; ; i++) await writeAtomically(${JSON.stringify(file)}, contents[i % 2]);
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const ready = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, ready, exited };
}

/** The process id of a process that has ended. */
function deadPid(): number {
  const pid = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
  return Number(pid);
}

describe('atomic writes', () => {
  it('leave the old or the complete new file when the process is killed at any moment, and no visible temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'syslead-atomic-'));
    const file = join(dir, 'result.json');
    writeFileSync(file, contents[0]!);
    for (let round = 0; round < 12; round++) {
      const writer = startWriter(file);
      await writer.ready;
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 120));
      writer.child.kill('SIGKILL');
      await writer.exited;
      const text = readFileSync(file, 'utf8');
      expect(text.length, `round ${round}`).toBe(SIZE);
      expect(contents, `round ${round}`).toContain(text);
    }
    // Nothing but the file and the hidden temporary files of killed writes, which never replace it.
    const leftovers = readdirSync(dir).filter((f) => f !== 'result.json');
    expect(leftovers.filter((f) => !TEMP_FILE.test(f))).toEqual([]);

    // The next run into the folder removes the temporary files of dead processes, and says so;
    // one of a process still running (this one) may be in use, and stays.
    const stale = `.result.json.syslead-tmp-${deadPid()}-1`;
    const inUse = `.result.json.syslead-tmp-${process.pid}-1`;
    writeFileSync(join(dir, stale), 'half');
    writeFileSync(join(dir, inUse), 'half');
    const r = await runCli(['score', '--questionnaire', fixture('score/leading.yaml'), '--format', 'html', '--out-dir', dir, fixture('score/sam.yaml')]);
    expect(r.code).toBe(0);
    const removed = [...leftovers, stale].sort();
    const files = removed.length === 1 ? 'a temporary file' : `${removed.length} temporary files`;
    expect(r.stderr).toContain(`syslead: note: removed ${files} left in ${dir} by a syslead that was stopped while writing: `);
    for (const name of removed) expect(r.stderr).toContain(name);
    expect(readdirSync(dir).sort()).toEqual([inUse, 'index.html', 'result.json', 'sam-patel.html'].sort());
  }, 60_000);
});
