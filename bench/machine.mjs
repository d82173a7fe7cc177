import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The command as people run it once installed: bin/syslead.js, which starts the bundle (on Node 20
 * through its own code cache). SYSLEAD_BENCH_CLI=path/to/syslead.js times another build instead.
 */
export const INSTALLED = process.env.SYSLEAD_BENCH_CLI ?? fileURLToPath(new URL('../bin/syslead.js', import.meta.url));

const caches = mkdtempSync(join(os.tmpdir(), 'syslead-bench-cache-'));
process.on('exit', () => rmSync(caches, { recursive: true, force: true }));

/**
 * The environment of every run timed: PATH, HOME and TZ, and a cache folder of the benchmark's own
 * (warmed by the first run, as a user's is after their first command). Nothing else of this shell:
 * NODE_EXTRA_CA_CERTS, for one, adds 30-40 ms to every start of node.
 */
export const RUN_ENV = { PATH: process.env.PATH, HOME: process.env.HOME ?? os.homedir(), TZ: 'UTC', SYSLEAD_CACHE_DIR: caches };

/** One line naming the machine, printed with every benchmark's figures. */
export function machine() {
  const cpus = os.cpus();
  return `${cpus[0]?.model ?? 'unknown CPU'} x ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}, load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One run of node with these arguments under GNU time, in RUN_ENV: wall and CPU milliseconds, peak resident memory in MiB. */
export function timed(args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: RUN_ENV });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const [wall, user, system, kb] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { wall: wall * 1000, cpu: (user + system) * 1000, mib: kb / 1024 };
}

/** Median wall and CPU and the highest peak of `rounds` runs, after one that warms the file cache. */
export function measure(run, rounds = 3) {
  run();
  const runs = Array.from({ length: rounds }, run);
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)), mib: Math.max(...runs.map((r) => r.mib)) };
}
