import { readFileSync, rmSync } from 'node:fs';
import { open, readFile, rm, stat, type FileHandle } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { Failure } from '../core/failure.js';
import { judgeLock, lockHeldMessage, lockTakenOverNote, type FoundLock, type LockOwner, type LockSeer } from '../core/run/lock.js';
import { fsReason } from './fs-reason.js';
import { say } from '../core/i18n/voice.js';
import { makeFolder } from './make-folder.js';

/** Whether a process runs on this computer: signal 0 checks without sending anything. EPERM means it runs as someone else. */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

const thisProcess = (): LockSeer => ({ pid: process.pid, hostname: hostname(), isRunning: isProcessRunning });

/**
 * The lock that keeps two runs of one questionnaire from writing the same in-progress file: a file
 * created only if absent ('wx'), naming the process that holds it. A lock whose process has died
 * (SIGKILL, a power cut) is taken over with a note.
 */
export class RunLock {
  private constructor(
    readonly file: string,
    private readonly text: string,
  ) {}

  /**
   * Takes the lock, or ends the command (exit 1, nothing touched) when another run holds it.
   * `title` names the questionnaire in the message; notes go to `note`; `now` is the command's clock.
   */
  static async acquire(file: string, title: string, note: (text: string) => void, now: () => Date, seer: LockSeer = thisProcess()): Promise<RunLock> {
    const text = `${JSON.stringify({ pid: seer.pid, hostname: seer.hostname, started: now().toISOString() } satisfies LockOwner)}\n`;
    await fsStep(
      (reason) => say('results.store.cannotCreate', { folder: dirname(file), reason }),
      () => makeFolder(dirname(file), 0o700),
    );
    // Three tries: a lock may be released or taken over by another run between our looks at it.
    for (let attempt = 0; attempt < 3; attempt++) {
      if (await createWith(file, text)) return new RunLock(file, text);
      const found = await readLock(file, now);
      if (!found) continue;
      const verdict = judgeLock(found, seer);
      if (verdict.held) throw new Failure(lockHeldMessage(title, verdict.owner, file, seer));
      // Removed only if it is still the stale lock judged: another run may have taken it over meanwhile.
      if ((await readLock(file, now))?.text !== found.text) continue;
      await fsStep(
        (reason) => say('results.lock.cannotRemoveStale', { file, reason }),
        () => rm(file, { force: true }),
      );
      note(lockTakenOverNote(verdict.owner));
    }
    throw new Failure(say('results.lock.keepTaking', { file }));
  }

  /**
   * Gives the lock up; a lock that is no longer ours (removed by hand, then taken by another run) is
   * left alone. Synchronous, so that a run whose terminal has gone can end straight after it: any
   * turn of the event loop would let the failed writes to that terminal surface as a crash.
   */
  release(): void {
    try {
      if (readFileSync(this.file, 'utf8') === this.text) rmSync(this.file, { force: true });
    } catch {
      // Gone already (ENOENT), or cannot be removed: nothing is lost, as a lock left behind names this process, which the next run finds gone and takes over.
    }
  }
}

/** Creates the lock file with its text, or returns false when one exists. */
async function createWith(file: string, text: string): Promise<boolean> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new Failure(say('results.lock.cannotCreate', { file, reason: fsReason(error) }));
  }
  try {
    await handle.writeFile(text);
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(file, { force: true });
    throw new Failure(say('results.lock.cannotWrite', { file, reason: fsReason(error) }));
  }
  return true;
}

/** The lock file's text and age, or undefined when there is none (any more). */
async function readLock(file: string, now: () => Date): Promise<FoundLock | undefined> {
  try {
    const [text, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    return { text, ageMs: now().getTime() - info.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Failure(say('results.lock.cannotRead', { file, reason: fsReason(error) }));
  }
}

async function fsStep<T>(failed: (reason: string) => string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw new Failure(failed(fsReason(error)));
  }
}
