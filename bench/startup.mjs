// Start-up time of `syslead --version` and `--help` against bare `node -e 0`, measured in one run
// with the three interleaved so that machine noise hits them alike. The goal: at most 1.5x bare node.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './machine.mjs';

const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const cases = {
  'node -e 0': ['-e', '0'],
  'syslead --version': [bin, '--version'],
  'syslead --help': [bin, '--help'],
};

export function benchStartup(rounds = 40) {
  const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (let round = 0; round < rounds + 3; round++) {
    for (const [name, args] of Object.entries(cases)) {
      const start = process.hrtime.bigint();
      const r = spawnSync(process.execPath, args, { stdio: 'ignore' });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (r.status !== 0) throw new Error(`${name} exited ${r.status}`);
      if (round >= 3) times[name].push(ms); // the first rounds warm the file cache
    }
  }
  const base = median(times['node -e 0']);
  console.log(`start-up (median of ${rounds} runs each, interleaved)`);
  for (const [name, list] of Object.entries(times)) {
    const m = median(list);
    console.log(`  ${name.padEnd(20)} ${m.toFixed(1).padStart(7)} ms  ${(m / base).toFixed(2)}x bare node`);
  }
}
