import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LockSeer } from '../../src/core/run/lock.js';
import { reportFailure } from '../../src/cli/main.js';
import { isProcessRunning, RunLock } from '../../src/io/run-lock.js';

let home: string;
let file: string;
const notes: string[] = [];
const note = (text: string) => notes.push(text);
/** This process as the lock sees it, with the processes said to run. */
const seer = (running: number[]): LockSeer => ({ pid: process.pid, hostname: 'laptop', isRunning: (pid) => running.includes(pid) });

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'syslead-lock-'));
  file = join(home, 'in-progress', 'run-small.lock');
  notes.length = 0;
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

const writeLockText = (text: string) => {
  mkdirSync(join(home, 'in-progress'), { recursive: true });
  writeFileSync(file, text);
};
const writeLock = (owner: object) => writeLockText(JSON.stringify(owner));

describe('RunLock', () => {
  it('is taken by creating a file naming this process, readable by its owner alone, and removed on release', async () => {
    const lock = await RunLock.acquire(file, 'A small run', note, () => new Date(), seer([]));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ pid: process.pid, hostname: 'laptop', started: expect.stringMatching(/^\d{4}-/) });
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    lock.release();
    expect(existsSync(file)).toBe(false);
    expect(notes).toEqual([]);
  });

  it('refuses while another running process holds it, leaving its lock as it was', async () => {
    writeLock({ pid: 4321, hostname: 'laptop', started: '2026-11-25T10:00:00Z' });
    const before = readFileSync(file, 'utf8');
    const refused = await RunLock.acquire(file, 'A small run', note, () => new Date(), seer([4321])).catch((error: unknown) => error);
    expect(refused).toMatchObject({ message: expect.stringContaining('syslead process 4321 on this computer') });
    expect(reportFailure(refused, () => {}, {})).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('takes over a lock whose process has gone, with a note', async () => {
    writeLock({ pid: 4321, hostname: 'laptop', started: '2026-11-25T10:00:00Z' });
    const lock = await RunLock.acquire(file, 'A small run', note, () => new Date(), seer([]));
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(process.pid);
    expect(notes).toEqual([expect.stringContaining("taking over the run's lock from syslead process 4321")]);
    lock.release();
  });

  it('takes over an unfinished lock only once it is too old to be in the middle of being written', async () => {
    writeLockText('');
    await expect(RunLock.acquire(file, 'A small run', note, () => new Date(), seer([]))).rejects.toMatchObject({ message: expect.stringContaining('another syslead is starting it this moment') });
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(file, anHourAgo, anHourAgo);
    (await RunLock.acquire(file, 'A small run', note, () => new Date(), seer([]))).release();
    expect(notes).toEqual([expect.stringContaining('unfinished lock')]);
  });

  it('leaves alone, on release, a lock that another run has taken since', async () => {
    const lock = await RunLock.acquire(file, 'A small run', note, () => new Date(), seer([]));
    writeLock({ pid: 4321, hostname: 'laptop', started: '2026-11-25T10:00:00Z' });
    lock.release();
    expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(4321);
  });
});

describe('isProcessRunning', () => {
  it('sees this process, and not a process id that is free', () => {
    expect(isProcessRunning(process.pid)).toBe(true);
    // Linux never gives a pid above 2^22 (PID_MAX_LIMIT).
    if (process.platform === 'linux') expect(isProcessRunning(2 ** 22 + 1)).toBe(false);
  });
});
