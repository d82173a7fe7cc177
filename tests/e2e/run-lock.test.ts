import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/cli.js';
import { KEY, PtySession, ptyDataFolder } from '../helpers/pty.js';

const QUESTIONNAIRE = fixture('run-small.yaml');

const data = ptyDataFolder('syslead-run-lock-');

function start(args: string[] = []): PtySession {
  const session = new PtySession(['run', QUESTIONNAIRE, ...args], { SYSLEAD_HOME: data.home, NO_COLOR: '1' });
  data.track(session);
  return session;
}

const inProgressFile = () => join(data.home, 'in-progress', 'run-small.json');
const lockFile = () => join(data.home, 'in-progress', 'run-small.lock');

async function begin(session: PtySession): Promise<void> {
  await session.waitFor('Press Enter to start.');
  await session.press(KEY.enter, '1/6  Listening');
}

describe('two runs of one questionnaire at once', () => {
  it('refuses the second, saying which process has the run and what to do, without touching the run in progress', async () => {
    const first = start();
    await begin(first);
    await first.press('3', '2/6');
    const inProgress = readFileSync(inProgressFile(), 'utf8');
    expect(JSON.parse(readFileSync(lockFile(), 'utf8'))).toMatchObject({ pid: first.pid, hostname: hostname() });

    const second = start();
    expect(await second.exit()).toMatchObject({ exitCode: 1 });
    await second.waitFor(`syslead: error: a run of "A small run" is in progress elsewhere: syslead process ${first.pid} on this computer has it open since`);
    await second.waitFor('Finish that run, or stop it with Ctrl-C (its answers are kept), then run this again to carry on where it left off.');
    await second.waitFor('If that process has ended without tidying up, the next run sees it is gone and takes over.');
    expect(second.screen()).not.toContain('Carry on where you left off?');
    expect(readFileSync(inProgressFile(), 'utf8')).toBe(inProgress);

    // The first run carries on as if nothing happened, and gives the lock up when it stops.
    await first.press('2', '3/6');
    first.write(KEY.ctrlC);
    expect(await first.exit()).toMatchObject({ exitCode: 130 });
    expect(existsSync(lockFile())).toBe(false);
    expect(JSON.parse(readFileSync(inProgressFile(), 'utf8')).answers).toEqual({ l1: 3, l2: 1 });

    const third = start();
    await third.waitFor('2 of 6 questions done. Carry on where you left off?');
    expect(JSON.parse(readFileSync(lockFile(), 'utf8')).pid).toBe(third.pid);
  });

  it('gives the lock up when the run is complete', async () => {
    const session = start();
    await begin(session);
    for (const [key, next] of [
      ['1', '2/6'],
      ['1', '3/6'],
      ['1', '4/6'],
      ['1', '5/6'],
      [KEY.enter, '6/6'],
    ] as const)
      await session.press(key, next);
    session.write('1');
    await session.choose('Done');
    expect(await session.exit()).toMatchObject({ exitCode: 0 });
    expect(existsSync(lockFile())).toBe(false);
  });

  it('takes over the lock of a run whose process has gone, with a note', async () => {
    // A process id that was in use a moment ago and is free now.
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    mkdirSync(join(data.home, 'in-progress'), { recursive: true });
    writeFileSync(lockFile(), JSON.stringify({ pid: gone, hostname: hostname(), started: '2026-11-25T10:00:00.000Z' }));

    const session = start();
    await session.waitFor(`syslead: note: taking over the run's lock from syslead process ${gone} (started 25 Nov 2026,`);
    await session.waitFor('which is no longer running.');
    await begin(session);
    expect(JSON.parse(readFileSync(lockFile(), 'utf8')).pid).toBe(session.pid);
  });
});
