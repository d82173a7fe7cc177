import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const SIZE = 4 * 1024 * 1024;
const contents = ['A', 'B'].map((c) => `${c.repeat(SIZE - 1)}\n`);

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

describe('atomic writes', () => {
  it('leave the old or the complete new file when the process is killed at any moment', async () => {
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
    // Nothing but the file and the temporary files of killed writes, which never replace it.
    expect(readdirSync(dir).filter((f) => f !== 'result.json').every((f) => f.startsWith('result.json.'))).toBe(true);
  }, 60_000);
});
