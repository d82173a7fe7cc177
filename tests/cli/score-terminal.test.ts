import pty from '@lydell/node-pty';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, fixture } from '../helpers/cli.js';

/** Runs `syslead score` in a pseudo-terminal of the given width, as a person at a terminal would. */
function scoreInTerminal(cols: number, env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = pty.spawn(process.execPath, [BIN, 'score', fixture('score/sam.yaml'), `--questionnaires=${fixture('score')}`], {
      cols,
      rows: 50,
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', SYSLEAD_CACHE_DIR: process.env.SYSLEAD_CACHE_DIR ?? '', TERM: 'xterm-256color', ...env },
    });
    let output = '';
    child.onData((data) => (output += data));
    child.onExit(({ exitCode }) => resolve({ code: exitCode, output }));
  });
}

describe('syslead score at a terminal', () => {
  it('wraps to the terminal width and colours the report', async () => {
    const { code, output } = await scoreInTerminal(60);
    expect(code).toBe(0);
    expect(output).toMatch(/\u001b\[1mSUMMARY/);
    for (const line of output.split('\r\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(60);
    expect(output.split('\r\n').some((line) => stringWidth(line) > 50)).toBe(true);
  });

  it('makes resource titles clickable where the terminal supports links', async () => {
    const { output } = await scoreInTerminal(80, { FORCE_HYPERLINK: '1' });
    expect(output).toContain('\u001b]8;;https://example.org/systems-leadership\u0007Systems Leadership:');
    expect(output).not.toContain('2013. https://example.org');
  });

  it('prints the address in plain text where it does not', async () => {
    const { output } = await scoreInTerminal(80, { FORCE_HYPERLINK: '0' });
    expect(output).not.toContain('\u001b]8;;');
    expect(output).toMatch(/2013\r?\n +https:\/\/example\.org\/systems-leadership\r?\n/);
  });

  it('has no colour with NO_COLOR set', async () => {
    const { output } = await scoreInTerminal(80, { NO_COLOR: '1' });
    expect(output).not.toMatch(/\u001b\[/);
  });
});
