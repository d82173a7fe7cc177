import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shellWord } from '../../src/terminal/shell-quote.js';
import { BIN, ROOT } from '../helpers/cli.js';

/** Runs a command as a person would in the clone: the environment of a shell, no terminal. */
function shell(command: string, args: string[], cwd = ROOT): Promise<{ code: number | null; stderr: string }> {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', SYSLEAD_CACHE_DIR: process.env.SYSLEAD_CACHE_DIR ?? '', SYSLEAD_HOME: mkdtempSync(join(tmpdir(), 'syslead-started-')) };
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('the hints of a real process name the command as it was started', () => {
  it('by npm start', async () => {
    const r = await shell('npm', ['start', '--silent', '--', 'history']);
    expect(r).toMatchObject({ code: 0, stderr: expect.stringContaining('yet: "npm start -- run" takes the self-assessment') });
  });

  it('by node bin/syslead.js, in the clone and elsewhere', async () => {
    expect((await shell(process.execPath, ['bin/syslead.js', 'history'])).stderr).toContain('yet: "node bin/syslead.js run" takes');
    // A folder of its own: from tmpdir() itself a clone under /tmp is rightly named by a relative path.
    const elsewhere = mkdtempSync(join(tmpdir(), 'syslead-elsewhere-'));
    expect((await shell(process.execPath, [BIN, 'history'], elsewhere)).stderr).toContain(`yet: "node ${shellWord(BIN)} run" takes`);
  });
});
