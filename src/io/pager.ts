import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * The pager a long report is read through: $PAGER as the shell runs it (git's way), else `less -R`
 * when less is on PATH; undefined when neither, and the report is printed instead.
 */
export function pagerFor(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.PAGER !== undefined && env.PAGER.trim() !== '') return env.PAGER;
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .some((dir) => isExecutable(join(dir, 'less')));
  return onPath ? 'less -R' : undefined;
}

/**
 * Shows the text through the pager, which reads it on its stdin and the keys from the terminal, and
 * writes to this process's stdout and stderr; resolves when it ends, whatever its exit status (a
 * pager quit early is no failure). Fails only when the pager cannot be started.
 */
export async function page(pager: string, text: string, env: Readonly<Record<string, string | undefined>>): Promise<void> {
  // Imported here: node:child_process takes about 4 ms to load, for a pager only.
  const { spawn } = await import('node:child_process');
  return new Promise((resolve, reject) => {
    // LESS as git sets it when unset: colours kept (R), no screen clearing at the end (X).
    const child = spawn(pager, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env: { LESS: 'RX', ...env } });
    child.on('error', reject);
    child.on('close', () => resolve());
    // A pager quit before reading everything closes its stdin: that is no error.
    child.stdin.on('error', () => undefined);
    child.stdin.end(text);
  });
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
