import { safeText } from '../safe-text.js';
import { shortDateTime } from '../date-time.js';

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
  const head = `a run of "${safeText(title)}" is in progress elsewhere`;
  const lockFile = safeText(lockPath);
  if (!owner) {
    return `${head}: another syslead is starting it this moment. Wait for it, or if no other syslead is running, remove ${lockFile} and try again.`;
  }
  const since = formatWhen(owner.started);
  const sameComputer = owner.hostname === here.hostname;
  const host = safeText(owner.hostname);
  return [
    `${head}: syslead process ${owner.pid} ${sameComputer ? 'on this computer' : `on ${host}`} has it open${since ? ` since ${since}` : ''}.`,
    'Finish that run, or stop it with Ctrl-C (its answers are kept), then run this again to carry on where it left off.',
    sameComputer
      ? `If that process has ended without tidying up, the next run sees it is gone and takes over. If process ${owner.pid} is not syslead, remove ${lockFile}.`
      : `syslead cannot see processes on ${host}: if no run is going on there, remove ${lockFile}.`,
  ].join('\n');
}

/** The note when a run takes over a lock whose owner has gone. */
export function lockTakenOverNote(owner: LockOwner | undefined): string {
  if (!owner) return 'syslead: note: taking over an unfinished lock left by a run that stopped as it began.';
  const since = formatWhen(owner.started);
  return `syslead: note: taking over the run's lock from syslead process ${owner.pid}${since ? ` (started ${since})` : ''}, which is no longer running.`;
}

function formatWhen(iso: string): string | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : shortDateTime(date);
}
