// Start-up of the commands people type, as CPU time (user + system) against bare
// `node -e 0`, every case run once per round, rounds interleaved, so that machine noise hits them
// alike. The goals: --version and --help within 1.3x bare node; validate, list, score of one file,
// history, report of 20 rows and run to its first screen within 2x. The cases run against the
// built-in systems-leadership questionnaire, with the questionnaire cache in a folder of their own
// (warmed by the first rounds, as a user's is after the first command). The command is run as
// installed, bin/syslead.js (which starts the bundle). SYSLEAD_BENCH_CLI=path/to/syslead.js times
// another build (e.g. an older one, or dist/cli.js, the transpiled modules unbundled) instead;
// SYSLEAD_BENCH_BEFORE=path/to/syslead.js times one more build in the same rounds, for before/after
// figures; STARTUP_BENCH_ROUNDS sets the rounds (20).
// The environment is a clean one (PATH, HOME, the data and cache folders): NODE_EXTRA_CA_CERTS,
// for one, adds 30 ms to every start of node, bare node's included.
// Figures only; nothing here passes or fails. Run after `npm run build`: node bench/startup.mjs
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pty from '@lydell/node-pty';
import { median } from './machine.mjs';
import { questionnaire } from './report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = process.env.SYSLEAD_BENCH_CLI ?? join(root, 'bin/syslead.js');
const before = process.env.SYSLEAD_BENCH_BEFORE;
const WARM_ROUNDS = 2;

/** A data folder with three saved results, an answer file, a CSV of 20 rows and a questionnaire file to validate, in `dir`. */
function fixtures(dir) {
  const q = questionnaire();
  const ids = q.items.filter((item) => item.kind === 'likert').map((item) => item.id);
  const answers = (value) => ({
    questionnaire: 'systems-leadership',
    version: q.version,
    started: '2026-01-15T10:00:00Z',
    completed: '2026-01-15T10:12:00Z',
    answers: Object.fromEntries(ids.map((id, i) => [id, ((i + value) % 5) + 1])),
  });
  const results = join(dir, 'home/results/systems-leadership');
  mkdirSync(results, { recursive: true });
  for (const [n, stamp] of ['2026-01-15T10-12-00Z', '2026-04-15T10-12-00Z', '2026-07-15T10-12-00Z'].entries()) writeFileSync(join(results, `${stamp}.json`), JSON.stringify(answers(n)));
  const yaml = (doc) =>
    `questionnaire: ${doc.questionnaire}\nversion: ${doc.version}\nstarted: ${doc.started}\ncompleted: ${doc.completed}\nanswers:\n${Object.entries(doc.answers)
      .map(([id, v]) => `  ${id}: ${v}\n`)
      .join('')}`;
  writeFileSync(join(dir, 'answers.yaml'), yaml(answers(0)));
  const rows = Array.from({ length: 20 }, (_, r) => ids.map((_, i) => ((r * 7 + i * 3) % 5) + 1).join(','));
  writeFileSync(join(dir, 'cohort.csv'), `${[ids.join(','), ...rows].join('\n')}\n`);
  // A questionnaire of the user's own, left alone for an hour: the cache keeps it after its first validation.
  const own = join(dir, 'own.yaml');
  copyFileSync(join(root, 'questionnaires/systems-leadership.yaml'), own);
  const hourAgo = new Date(Date.now() - 3_600_000);
  utimesSync(own, hourAgo, hourAgo);
  return { answers: join(dir, 'answers.yaml'), csv: join(dir, 'cohort.csv'), own };
}

/**
 * CPU and wall milliseconds of one process, the CPU from bash's `times` (getrusage of the children,
 * to the millisecond; GNU time rounds to hundredths of a second, a step of half bare node's time).
 */
function timed(args, env) {
  const start = process.hrtime.bigint();
  const r = spawnSync('bash', ['-c', '"$@" > /dev/null; status=$?; times; exit $status', 'timed', process.execPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  // The second line of `times`: the children's user and system time, as "0m0.054s 0m0.008s".
  const [user, system] = r.stdout
    .trim()
    .split('\n')
    .at(-1)
    .split(' ')
    .map((t) => {
      const [, minutes, seconds] = /^(\d+)m([\d.]+)s$/.exec(t);
      return Number(minutes) * 60 + Number(seconds);
    });
  return { cpu: (user + system) * 1000, wall };
}

/**
 * `syslead run` in a pseudo-terminal until its first screen is drawn (the questionnaire's title,
 * then 100 ms without output), then Ctrl-C: the CPU time of all of it, the wall time to the screen.
 */
function timedRun(dir, env, cli) {
  const out = join(dir, 'run-time');
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = pty.spawn('/usr/bin/time', ['-f', '%U %S', '-o', out, process.execPath, cli, 'run'], { cols: 100, rows: 40, cwd: dir, env: { ...env, TERM: 'xterm-256color' } });
    let raw = '';
    let quiet;
    let wall;
    child.onData((data) => {
      raw += data;
      if (!raw.includes('Systems leadership')) return;
      wall ??= Number(process.hrtime.bigint() - start) / 1e6;
      clearTimeout(quiet);
      quiet = setTimeout(() => child.write('\u0003'), 100);
    });
    child.onExit(() => {
      clearTimeout(quiet);
      const [user, system] = readFileSync(out, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
      if (wall === undefined || Number.isNaN(user)) reject(new Error(`run showed no first screen: ${JSON.stringify(raw.slice(0, 300))}`));
      else resolve({ cpu: (user + system) * 1000, wall });
    });
  });
}

export async function benchStartup(rounds = Number(process.env.STARTUP_BENCH_ROUNDS ?? 20)) {
  const dir = mkdtempSync(join(tmpdir(), 'syslead-bench-startup-'));
  try {
    const env = { PATH: process.env.PATH, HOME: dir, SYSLEAD_HOME: join(dir, 'home'), SYSLEAD_CACHE_DIR: join(dir, 'cache'), TZ: 'UTC' };
    const { answers, csv, own } = fixtures(dir);
    const commands = {
      '--version': ['--version'],
      '--help': ['--help'],
      'validate FILE': ['validate', own],
      list: ['list'],
      'score answers.yaml': ['score', answers],
      history: ['history'],
      'report (20 rows)': ['report', csv],
      'run (first screen)': ['run'],
    };
    const builds = before ? { now: bin, before } : { now: bin };
    const cases = [['node -e 0', 'bare', async () => timed(['-e', '0'], env)]];
    for (const [name, args] of Object.entries(commands)) {
      for (const [build, cli] of Object.entries(builds)) {
        // A cache folder per build: two versions of the cache's entries would replace each other's every round.
        const buildEnv = { ...env, SYSLEAD_CACHE_DIR: join(dir, `cache-${build}`) };
        cases.push([name, build, async () => (args[0] === 'run' ? timedRun(dir, buildEnv, cli) : timed([cli, ...args], buildEnv))]);
      }
    }
    const times = new Map(cases.map(([name, build]) => [`${name}\0${build}`, []]));
    for (let round = 0; round < rounds + WARM_ROUNDS; round++) {
      for (const [name, build, run] of cases) {
        const t = await run();
        if (round >= WARM_ROUNDS) times.get(`${name}\0${build}`).push(t); // the first rounds warm the file and questionnaire caches
      }
    }
    // GNU time (for run) gives CPU in hundredths of a second: means, not medians, average that step out.
    const mean = (list) => list.reduce((sum, t) => sum + t.cpu, 0) / list.length;
    const base = mean(times.get('node -e 0\0bare'));
    console.log(
      `start-up: ${Object.entries(builds)
        .map(([build, cli]) => `${build} ${cli}`)
        .join(', ')}`,
    );
    console.log(`  CPU (mean of ${rounds} rounds, interleaved), its ratio to bare node's, wall (median)`);
    for (const [key, list] of times) {
      const [name, build] = key.split('\0');
      const cpu = mean(list);
      const wall = median(list.map((t) => t.wall));
      console.log(`  ${name.padEnd(20)} ${build.padEnd(6)} ${cpu.toFixed(1).padStart(7)} ms CPU  ${(cpu / base).toFixed(2).padStart(5)}x  ${wall.toFixed(1).padStart(7)} ms wall`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchStartup();
