import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import { afterEach, beforeEach } from 'vitest';
import { BIN, ROOT } from './cli.js';

export interface PtyExit {
  exitCode: number;
  signal?: number;
}

/** Keys as a terminal sends them. */
export const KEY = { enter: '\r', backspace: '\u007f', up: '\u001b[A', down: '\u001b[B', ctrlC: '\u0003' } as const;

/**
 * The built binary in a real pseudo-terminal, its screen read through a headless xterm, as a
 * person would see it. Waits poll the screen; they never sleep a fixed time.
 */
/** How long the output must be quiet after the exit for the screen to be taken as whole. */
const OUTPUT_SETTLED_MS = 50;

export class PtySession {
  readonly exited: Promise<PtyExit>;
  /** Everything the program wrote, escape sequences included. */
  raw = '';
  private readonly terminal: xterm.Terminal;
  private readonly pty: pty.IPty;
  private exitInfo: PtyExit | undefined;
  /** Pieces of output handed to the terminal and not yet parsed, and when the last arrived. */
  private parsing = 0;
  private lastData = 0;

  /**
   * fileSizeLimit, in blocks of 512 bytes, is the largest file the program may write (the shell's
   * `ulimit -f`): a write past it fails with EFBIG, as one on a full disk fails with ENOSPC.
   */
  constructor(args: string[], env: Record<string, string>, { cols = 100, rows = 50, fileSizeLimit }: { cols?: number; rows?: number; fileSizeLimit?: number } = {}) {
    this.terminal = new xterm.Terminal({ cols, rows, allowProposedApi: true });
    const [command, commandArgs] = fileSizeLimit === undefined ? [process.execPath, [BIN, ...args]] : ['/bin/sh', ['-c', `ulimit -f ${fileSizeLimit} && exec "$0" "$@"`, process.execPath, BIN, ...args]];
    this.pty = pty.spawn(command, commandArgs, {
      cols,
      rows,
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', SYSLEAD_CACHE_DIR: process.env.SYSLEAD_CACHE_DIR ?? '', TERM: 'xterm-256color', LANG: 'en_GB.UTF-8', ...env },
    });
    this.pty.onData((data) => {
      this.raw += data;
      this.lastData = Date.now();
      this.parsing++;
      this.terminal.write(data, () => this.parsing--);
    });
    this.exited = new Promise((resolve) =>
      this.pty.onExit((info) => {
        this.exitInfo = info;
        resolve(info);
      }),
    );
  }

  /**
   * The whole screen buffer (scrollback included) as text, trailing blank lines dropped. Lines the
   * terminal wrapped are joined again, so that what is expected does not depend on the width.
   */
  screen(): string {
    const buffer = this.terminal.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < buffer.length; i++) {
      const line = buffer.getLine(i);
      const text = line?.translateToString(true) ?? '';
      if (line?.isWrapped && lines.length > 0) lines[lines.length - 1] += text;
      else lines.push(text);
    }
    return lines.join('\n').replace(/\n+$/, '');
  }

  /**
   * Waits until the screen shows the text, failing with the screen when it does not in time. Text
   * is found across line breaks (prompts wrap long lines themselves); a RegExp is tried on the screen as it is.
   */
  async waitFor(expected: string | RegExp, timeoutMs = 15_000): Promise<void> {
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    const shows = () => (typeof expected === 'string' ? flat(this.screen()).includes(flat(expected)) : expected.test(this.screen()));
    await this.poll(shows, timeoutMs, () => `the screen never showed ${String(expected)}`);
  }

  /** The program's process id. */
  get pid(): number {
    return this.pty.pid;
  }

  write(keys: string): void {
    this.pty.write(keys);
  }

  /** Sends keys, then waits for what they should bring on screen. */
  async press(keys: string, expected: string | RegExp): Promise<void> {
    this.write(keys);
    await this.waitFor(expected);
  }

  /**
   * At the end screen of a run (its "What next?" choice), presses the number of the answer whose
   * label it shows, as read from the screen: the numbers depend on whether a PDF can be made.
   */
  async choose(label: string, { plain = false } = {}): Promise<void> {
    // A key answers the choice widget ("1  Done"); in --plain a line does ("1. Done").
    const pattern = new RegExp(`What next\\?\\s*\\n(?:.*\\n)*?\\D*(\\d)${plain ? '\\.' : ''}\\s+${label}\\s*$`, 'm');
    await this.waitFor(pattern);
    const matches = [...this.screen().matchAll(new RegExp(pattern.source, 'gm'))];
    this.write(`${matches.at(-1)![1]!}${plain ? '\r' : ''}`);
  }

  kill(signal: string): void {
    this.pty.kill(signal);
  }

  /**
   * Closes the terminal itself, as when its window is closed: the program loses its stdin and
   * stdout (then gets SIGHUP). destroy() is on node-pty's Unix terminal but not in its typings.
   */
  closeTerminal(): void {
    (this.pty as pty.IPty & { destroy(): void }).destroy();
  }

  /**
   * Waits for the program to end and for the terminal to show all it wrote: the pty may hand on
   * the last output after the exit, and the xterm parser takes a moment over each piece.
   */
  async exit(timeoutMs = 15_000): Promise<PtyExit> {
    await this.poll(
      () => this.exitInfo !== undefined,
      timeoutMs,
      () => 'the program did not exit',
    );
    await this.poll(
      () => this.parsing === 0 && Date.now() - this.lastData >= OUTPUT_SETTLED_MS,
      timeoutMs,
      () => 'the terminal did not finish showing the output',
    );
    return this.exitInfo!;
  }

  /** Ends the program if a failed test left it running. */
  dispose(): void {
    if (this.exitInfo === undefined) this.pty.kill('SIGKILL');
    this.terminal.dispose();
  }

  private async poll(done: () => boolean, timeoutMs: number, failure: () => string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    // The xterm parser is asynchronous: a write shows on the screen a moment later.
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`${failure()} within ${timeoutMs} ms. Screen:\n${this.screen()}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/**
 * A fresh data folder ($SYSLEAD_HOME) for each test of the file, and every session tracked in it
 * disposed after the test, whatever its end.
 */
export function ptyDataFolder(prefix: string): { readonly home: string; track(session: PtySession): PtySession } {
  let home = '';
  const sessions: PtySession[] = [];
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), prefix));
  });
  afterEach(() => {
    for (const session of sessions.splice(0)) session.dispose();
    rmSync(home, { recursive: true, force: true });
  });
  return {
    get home() {
      return home;
    },
    track(session) {
      sessions.push(session);
      return session;
    },
  };
}
