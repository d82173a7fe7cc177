import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answers, formsCsv, questionnaire } from './report.mjs';
import { INSTALLED, machine, timed } from './machine.mjs';

const bin = INSTALLED;
const FORMATS = ['text', 'md', 'json', 'html'];
const PEAK_FORMAT = 'html';
/** As many writes in flight as `score --out-dir` keeps (src/commands/score-batch.ts). */
const WRITES_IN_FLIGHT = 8;

/** How many reports `score --out-dir` renames after one flush of the file system (src/io/atomic.ts FolderWrites). */
const BATCH = 1000;

/**
 * Writes files of the given sizes into a folder, WRITES_IN_FLIGHT at a time; `durable` as
 * FolderWrites makes them: temporary files, one syncfs (`sync -f`) per batch, then the batch
 * renamed, and the folder flushed last.
 */
const FLOOR = `
const fs = require('node:fs/promises');
const { execFileSync } = require('node:child_process');
const [dir, sizesFile, durable] = process.argv.slice(1);
const sizes = require('node:fs').readFileSync(sizesFile, 'utf8').trim().split('\\n').map(Number);
const temp = (i) => dir + '/.report-' + i + '.tmp';
const file = (i) => dir + '/report-' + i + '.txt';
async function inFlight(from, to, write) {
  let next = from;
  await Promise.all(Array.from({ length: ${WRITES_IN_FLIGHT} }, async () => { while (next < to) await write(next++); }));
}
(async () => {
  if (durable !== 'durable') return inFlight(0, sizes.length, (i) => fs.writeFile(file(i), 'x'.repeat(sizes[i])));
  for (let from = 0; from < sizes.length; from += ${BATCH}) {
    const to = Math.min(sizes.length, from + ${BATCH});
    await inFlight(from, to, (i) => fs.writeFile(temp(i), 'x'.repeat(sizes[i]), { flag: 'wx' }));
    execFileSync('sync', ['-f', dir]);
    await inFlight(from, to, (i) => fs.rename(temp(i), file(i)));
  }
  const folder = await fs.open(dir, 'r'); await folder.sync(); await folder.close();
})();`;

function sizesOf(dir) {
  return readdirSync(dir)
    .filter((n) => !n.startsWith('index.'))
    .map((n) => statSync(join(dir, n)).size);
}

export function benchOutDir(people = Number(process.env.SYSLEAD_BENCH_PEOPLE ?? 10_000), peakPeople = Number(process.env.SYSLEAD_BENCH_PEAK_PEOPLE ?? 100_000)) {
  const q = questionnaire();
  const largest = Math.max(people, peakPeople);
  const { items, data } = answers(q, largest);
  const work = mkdtempSync(join(tmpdir(), 'syslead-bench-out-dir-'));
  const fresh = (name) => {
    const dir = join(work, name);
    rmSync(dir, { recursive: true, force: true });
    return dir;
  };
  console.log(
    `syslead score --out-dir: systems-leadership, a Forms-style CSV of ${people.toLocaleString('en-GB')} people, one report each; floors: as many files of the same sizes from one Node process, ${WRITES_IN_FLIGHT} in flight`,
  );
  try {
    const csv = join(work, 'cohort.csv');
    writeFileSync(csv, formsCsv(items, data, people));
    for (const format of FORMATS) {
      const out = fresh(`reports-${format}`);
      const run = timed([bin, 'score', csv, '--out-dir', out, '--format', format]);
      const sizesFile = join(work, 'sizes.txt');
      writeFileSync(sizesFile, sizesOf(out).join('\n'));
      const floor = (durable) => {
        const dir = fresh('floor');
        mkdirSync(dir);
        return timed(['-e', FLOOR, dir, sizesFile, durable]);
      };
      const durable = floor('durable');
      const plain = floor('plain');
      const rate = (ms) => (people / ms) * 1000;
      console.log(
        `  ${format.padEnd(5)} ${rate(run.wall).toFixed(0).padStart(6)} reports/s (${run.wall.toFixed(0)} ms wall, ${run.cpu.toFixed(0)} ms CPU, ${run.mib.toFixed(0)} MiB)` +
          `  floor flushed ${rate(durable.wall).toFixed(0)}/s: ${(run.wall / durable.wall).toFixed(2)}x` +
          `  floor unflushed ${rate(plain.wall).toFixed(0)}/s: ${(run.wall / plain.wall).toFixed(2)}x`,
      );
      rmSync(out, { recursive: true, force: true });
    }
    writeFileSync(csv, formsCsv(items, data, peakPeople));
    const out = fresh('reports-peak');
    const run = timed([bin, 'score', csv, '--out-dir', out, '--format', PEAK_FORMAT]);
    console.log(`  ${peakPeople.toLocaleString('en-GB')} people, ${PEAK_FORMAT}: ${run.mib.toFixed(0)} MiB peak, ${((peakPeople / run.wall) * 1000).toFixed(0)} reports/s`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`machine: ${machine()}\n`);
  benchOutDir();
}
