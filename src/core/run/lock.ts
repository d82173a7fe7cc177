import { safeText } from '../safe-text.js';
import { shortDateTime } from '../date-time.js';
import { say } from '../i18n/voice.js';

/** Who holds a questionnaire's run: written in its lock file beside the in-progress file. */
export interface LockOwner {
  pid: number;
  hostname: string;
  /** When the lock was taken (ISO 8601). */
  started: string;
}

/** A lock file as found: its text, and how long ago it was last written. */
export interface FoundLock {
  text: string;
  ageMs: number;
}

/** This process, and a way to ask whether another process on this computer is still running. */
export interface LockSeer {
  pid: number;
  hostname: string;
  isRunning(pid: number): boolean;
}

export type LockVerdict =
  /** Another process holds the run: leave it alone. owner is undefined while its file is being written. */
  | { held: true; owner?: LockOwner }
  /** Nobody holds it any more: it may be taken over. owner is undefined when the file was never completed. */
  | { held: false; owner?: LockOwner };

/**
 * A lock file whose text is not whole stays unjudged this long: it is fresh when its owner is between
 * creating it and writing it (a matter of microseconds), and left from a crash when older.
 */
export const UNFINISHED_LOCK_GRACE_MS = 10_000;

export function parseLockOwner(text: string): LockOwner | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { pid, hostname, started } = value as Record<string, unknown>;
  if (!Number.isSafeInteger(pid) || (pid as number) <= 0 || typeof hostname !== 'string' || typeof started !== 'string') return undefined;
  return { pid: pid as number, hostname, started };
}

/**
 * Whether a lock found on disk still holds. A lock from this computer is stale once its process has
 * gone, or when it names this very process (whose pid was then reused after a crash). A lock from
 * another computer sharing the data folder is held: its process cannot be seen from here.
 */
export function judgeLock(found: FoundLock, here: LockSeer): LockVerdict {
  const owner = parseLockOwner(found.text);
  if (!owner) return { held: found.ageMs < UNFINISHED_LOCK_GRACE_MS };
  if (owner.hostname !== here.hostname) return { held: true, owner };
  const held = owner.pid !== here.pid && here.isRunning(owner.pid);
  return { held, owner };
}

/**
 * Why a run cannot start while another holds its lock, and what to do: finish or stop the other
 * run; and how a lock left behind by a run that died is found out.
 */
export function lockHeldMessage(title: string, owner: LockOwner | undefined, lockPath: string, here: Pick<LockSeer, 'hostname'>): string {
  // The lock file may have been edited by hand, so its text is made safe to print.
  const head = say('results.lock.head', { title: safeText(title) });
  const file = safeText(lockPath);
  if (!owner) return say('results.lock.starting', { head, file });
  const when = formatWhen(owner.started);
  const sameComputer = owner.hostname === here.hostname;
  const host = safeText(owner.hostname);
  // A process id is a string: no thousands separator.
  const pid = String(owner.pid);
  const since = when ? say('results.lock.since', { when }) : '';
  return [
    sameComputer ? say('results.lock.heldHere', { head, pid, since }) : say('results.lock.heldThere', { head, pid, host, since }),
    say('results.lock.finish'),
    sameComputer ? say('results.lock.goneHere', { pid, file }) : say('results.lock.cannotSee', { host, file }),
  ].join('\n');
}

/** The note when a run takes over a lock whose owner has gone. */
export function lockTakenOverNote(owner: LockOwner | undefined): string {
  // not said: the "syslead: note:" marker stays in English, as problems' severities do
  if (!owner) return `syslead: note: ${say('results.lock.takingOverUnfinished')}`;
  const when = formatWhen(owner.started);
  // not said: the "syslead: note:" marker stays in English, as problems' severities do
  return `syslead: note: ${say('results.lock.takingOver', { pid: String(owner.pid), started: when ? say('results.lock.started', { when }) : '' })}`;
}

function formatWhen(iso: string): string | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : shortDateTime(date);
}
