import { describe, expect, it } from 'vitest';
import { judgeLock, lockHeldMessage, lockTakenOverNote, parseLockOwner, UNFINISHED_LOCK_GRACE_MS, type LockSeer } from '../../src/core/run/lock.js';

const HERE: LockSeer = { pid: 100, hostname: 'laptop', isRunning: (pid) => pid === 100 || pid === 200 };
const lockText = (owner: object) => JSON.stringify(owner);
const STARTED = '2026-11-25T10:00:00.000Z';

describe('judgeLock', () => {
  it('holds while its process runs on this computer', () => {
    const owner = { pid: 200, hostname: 'laptop', started: STARTED };
    expect(judgeLock({ text: lockText(owner), ageMs: 60_000 }, HERE)).toEqual({ held: true, owner });
  });

  it('is stale once its process has gone', () => {
    const owner = { pid: 300, hostname: 'laptop', started: STARTED };
    expect(judgeLock({ text: lockText(owner), ageMs: 5 }, HERE)).toEqual({ held: false, owner });
  });

  it('is stale when it names this very process: its pid was reused after the run that wrote it died', () => {
    expect(judgeLock({ text: lockText({ pid: 100, hostname: 'laptop', started: STARTED }), ageMs: 5 }, HERE).held).toBe(false);
  });

  it('holds when it comes from another computer, whose processes cannot be seen from here', () => {
    const owner = { pid: 300, hostname: 'desktop', started: STARTED };
    expect(judgeLock({ text: lockText(owner), ageMs: 3_600_000 }, HERE)).toEqual({ held: true, owner });
  });

  it('holds an unfinished lock for a moment (its owner is writing it), and treats it as left from a crash after that', () => {
    expect(judgeLock({ text: '', ageMs: 5 }, HERE)).toEqual({ held: true });
    expect(judgeLock({ text: '{"pid": 2', ageMs: UNFINISHED_LOCK_GRACE_MS + 1 }, HERE)).toEqual({ held: false });
  });
});

describe('parseLockOwner', () => {
  it('reads a whole lock and nothing else', () => {
    expect(parseLockOwner(lockText({ pid: 7, hostname: 'h', started: STARTED }))).toEqual({ pid: 7, hostname: 'h', started: STARTED });
    for (const text of ['', 'null', '[]', '{"pid": "7", "hostname": "h", "started": "x"}', '{"pid": 0, "hostname": "h", "started": "x"}', '{"pid": 7, "started": "x"}']) {
      expect(parseLockOwner(text)).toBeUndefined();
    }
  });
});

describe('lock messages', () => {
  it('say which process holds the run, since when, what to do, and how a stale lock is found out', () => {
    const message = lockHeldMessage('A small run', { pid: 4321, hostname: 'laptop', started: STARTED }, '/home/a/in-progress/run-small.lock', HERE);
    expect(message).toMatch(/^a run of "A small run" is in progress elsewhere: syslead process 4321 on this computer has it open since 25 Nov 2026, \d\d:\d\d\./);
    expect(message).toContain('Finish that run, or stop it with Ctrl-C (its answers are kept), then run this again');
    expect(message).toContain('If that process has ended without tidying up, the next run sees it is gone and takes over.');
    expect(message).toContain('If process 4321 is not syslead, remove /home/a/in-progress/run-small.lock.');
  });

  it('say that a run on another computer cannot be checked from here, with its host name made safe to print', () => {
    const message = lockHeldMessage('A small run', { pid: 4321, hostname: 'desk\u001b]52;c;x\u0007top', started: STARTED }, '/l', HERE);
    expect(message).toContain('syslead process 4321 on desk\\u001b]52;c;x\\u0007top has it open');
    expect(message).toContain('if no run is going on there, remove /l.');
    expect(message).not.toContain('\u001b');
  });

  it('note a takeover with the process that had gone', () => {
    expect(lockTakenOverNote({ pid: 4321, hostname: 'laptop', started: STARTED })).toMatch(
      /^syslead: note: taking over the run's lock from syslead process 4321 \(started 25 Nov 2026, \d\d:\d\d\), which is no longer running\.$/,
    );
  });
});
