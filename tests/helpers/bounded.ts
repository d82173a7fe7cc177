import { spawn } from 'node:child_process';
import { BIN } from './cli.js';

/** The bound issue 12 sets for any single input, however hostile: it ends within this time... */
export const BOUND_MS = 5_000;
/** ...and this heap. */
export const BOUND_HEAP_MB = 300;

/** The built binary with a 300 MB heap, killed if it runs past the bound: whether it ended, how, and how long it took. */
export function runWithinBound(args: string[]): Promise<{ code: number | null; killed: boolean; ms: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [`--max-old-space-size=${BOUND_HEAP_MB}`, BIN, ...args], { env: { PATH: process.env.PATH, SYSLEAD_CACHE_DIR: process.env.SYSLEAD_CACHE_DIR } });
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, BOUND_MS);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, killed, ms: Math.round(performance.now() - started), stdout, stderr });
    });
  });
}
