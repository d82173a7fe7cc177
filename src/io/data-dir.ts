import { isAbsolute, join, resolve } from 'node:path';
import envPaths from 'env-paths';

/**
 * Where syslead keeps answers: $SYSLEAD_HOME, else $XDG_DATA_HOME/syslead, else the platform's
 * usual place for application data (~/.local/share/syslead on Linux, ~/Library/Application
 * Support/syslead on macOS, %LOCALAPPDATA%\syslead\Data on Windows).
 */
export function dataDir(env: Readonly<Record<string, string | undefined>>): string {
  if (env.SYSLEAD_HOME) return resolve(env.SYSLEAD_HOME);
  // The XDG spec says a relative value is invalid and must be ignored.
  if (env.XDG_DATA_HOME && isAbsolute(env.XDG_DATA_HOME)) return join(env.XDG_DATA_HOME, 'syslead');
  return envPaths('syslead', { suffix: '' }).data;
}

export const inProgressFile = (home: string, questionnaireId: string) => join(home, 'in-progress', `${questionnaireId}.json`);
/** Beside the in-progress file: held by the one run that may write it (see run-lock.ts). */
export const runLockFile = (home: string, questionnaireId: string) => join(home, 'in-progress', `${questionnaireId}.lock`);
export const resultsDir = (home: string, questionnaireId: string) => join(home, 'results', questionnaireId);

/** A moment as a file name that sorts by time and suits every file system: 2026-11-25T10-00-00Z. */
export function fileTimestamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '-');
}
