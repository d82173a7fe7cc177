// Paired runs of `report --format json` by two or more builds on one CSV, taken in turn, so that a
// shared machine's load falls on all alike: node bench/report-paired.mjs ROWS ROUNDS DIR... (each
// DIR a checkout with dist/ built, run as installed, bin/syslead.js; the CSV is bench/report.mjs's,
// made once under the temp folder).
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answers, formsCsv, questionnaire } from './report.mjs';
import { median, RUN_ENV } from './machine.mjs';

const [rows = '1000000', rounds = '3', ...dirs] = process.argv.slice(2);
if (dirs.length === 0) throw new Error('usage: node bench/report-paired.mjs ROWS ROUNDS DIR...');
const file = join(tmpdir(), `syslead-paired-${rows}.csv`);
if (!existsSync(file)) {
  const { items, data } = answers(questionnaire(), Number(rows));
  writeFileSync(file, formsCsv(items, data, Number(rows)));
}

/** A run of DIR's command as installed, with a code cache of its own (a build removes the caches of another's chunks). */
function run(dir, d) {
  const env = { ...RUN_ENV, SYSLEAD_CACHE_DIR: join(RUN_ENV.SYSLEAD_CACHE_DIR, String(d)) };
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, join(dir, 'bin/syslead.js'), 'report', file, '--format', 'json'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env,
  });
  if (r.status !== 0) throw new Error(r.stderr);
  const [user, system, kb] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { cpu: (user + system) * 1000, mib: kb / 1024, out: r.stdout };
}

dirs.forEach(run); // warms the file cache and the code caches
const runs = dirs.map(() => []);
for (let i = 0; i < Number(rounds); i++) dirs.forEach((dir, d) => runs[d].push(run(dir, d)));
dirs.forEach((dir, d) => {
  const cpu = runs[d].map((r) => r.cpu);
  const same = runs[d].every((r) => r.out === runs[0][0].out);
  console.log(`${dir}: ${median(cpu).toFixed(0)} ms CPU (${cpu.map((c) => c.toFixed(0)).join(' ')}), ${Math.max(...runs[d].map((r) => r.mib)).toFixed(0)} MiB peak, output ${same ? 'the same as the first' : 'DIFFERS'}`);
});
