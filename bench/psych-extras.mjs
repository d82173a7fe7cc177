// Issue 17's measure: `syslead report` of 100,000 x 36 (the built-in systems-leadership
// questionnaire's scored items, answers as in bench/report.mjs) with every figure of psych::alpha
// beyond alpha, against R psych doing the same work in one run: scoreItems(impute = "none"), alpha()
// for every theme and facet (its Feldt interval, ase, G6, raw.r, std.r, r.cor come with it), t.test
// of each person score, and cor(scores, use = "pairwise") corrected for attenuation. syslead's peak
// memory at 10,000 and 100,000 rows shows whether it stays flat in rows (nothing per row is kept).
// Sizes: PSYCH_BENCH_ROWS=10000,100000 (default). Figures only; nothing here passes or fails.
// Run after `npm run build`: node bench/psych-extras.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine, median } from './machine.mjs';
import { R_MISSING, runR } from './r.mjs';
import { answers, formsCsv, questionnaire } from './report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = process.env.SYSLEAD_BENCH_CLI ?? join(root, 'dist/cli.js');
const SIZES = (process.env.PSYCH_BENCH_ROWS ?? '10000,100000').split(',').map(Number);
const ROUNDS = 3;

/** One run under GNU time: wall and CPU milliseconds, peak resident memory in MiB. */
function timed(args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  const [wall, user, system, kb] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { wall: wall * 1000, cpu: (user + system) * 1000, mib: kb / 1024 };
}

function measure(run) {
  run();
  const runs = Array.from({ length: ROUNDS }, run);
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)), mib: Math.max(...runs.map((r) => r.mib)) };
}

/** The same answers by item id and as numbers, for R. */
function numericCsv(items, data, respondents) {
  const lines = [items.map((i) => i.id).join(',')];
  for (let r = 0; r < respondents; r++) lines.push(Array.from(data.subarray(r * items.length, (r + 1) * items.length), (v) => (Number.isNaN(v) ? '' : String(v))).join(','));
  return `${lines.join('\n')}\n`;
}

function timeR(q, file) {
  const scales = q.themes.flatMap((t) => [t, ...t.facets]).map((g) => `${JSON.stringify(g.id)} = c(${g.scoredItems.map((i) => JSON.stringify(i.id)).join(', ')})`);
  const minus = q.items.filter((i) => i.kind === 'likert' && i.keyed === 'minus').map((i) => JSON.stringify(i.id));
  const script = `suppressPackageStartupMessages(library(psych))
x <- read.csv(${JSON.stringify(file)})
scales <- list(${scales.join(', ')})
minus <- c(${minus.join(', ')})
t <- system.time({
  x[, minus] <- 6 - x[, minus]
  s <- scoreItems(make.keys(x, scales), x, impute = "none")
  alphas <- sapply(scales, function(items) {
    a <- alpha(x[, items], check.keys = FALSE, warnings = FALSE)
    as.numeric(c(a$total$raw_alpha, unlist(a$feldt[c("lower.ci", "upper.ci")]), a$total$ase))
  })
  ci <- apply(s$scores, 2, function(v) t.test(v)$conf.int)
  r <- cor(s$scores, use = "pairwise")
  corrected <- r / sqrt(outer(alphas[1, ], alphas[1, ]))
})
cat(t[["elapsed"]] * 1000, (t[["user.self"]] + t[["sys.self"]]) * 1000, "\\n")`;
  const r = runR(script);
  if (!r) return undefined;
  const [compute, cpu] = r.stdout.split(/\s+/).map(Number);
  return { compute, cpu, total: r.total };
}

export function benchPsychExtras() {
  const q = questionnaire();
  const largest = Math.max(...SIZES);
  const { items, data } = answers(q, largest);
  const dir = mkdtempSync(join(tmpdir(), 'syslead-bench-psych-'));
  console.log(`syslead report with psych's figures beyond alpha: ${items.length} scored items, ${q.themes.length} themes, ${q.themes.flatMap((t) => t.facets).length} facets, --format json, median of ${ROUNDS} runs`);
  try {
    let last;
    for (const size of SIZES) {
      const file = join(dir, `cohort-${size}.csv`);
      writeFileSync(file, formsCsv(items, data, size));
      const report = measure(() => timed([bin, 'report', file, '--format', 'json']));
      console.log(`  syslead ${size.toLocaleString('en-GB').padStart(9)} rows  ${report.wall.toFixed(0).padStart(6)} ms wall  ${report.cpu.toFixed(0).padStart(6)} ms CPU  ${report.mib.toFixed(0).padStart(5)} MiB peak`);
      last = { size, report };
    }
    const numeric = join(dir, 'numeric.csv');
    writeFileSync(numeric, numericCsv(items, data, last.size));
    const r = timeR(q, numeric);
    if (!r) return console.log(R_MISSING);
    console.log(`  R psych on the same ${last.size.toLocaleString('en-GB')} rows: ${r.compute.toFixed(0)} ms computing (${r.cpu.toFixed(0)} ms CPU), ${r.total.toFixed(0)} ms with start-up and read.csv`);
    console.log(`  syslead end to end (${last.report.wall.toFixed(0)} ms wall) is ${(last.report.wall / r.total).toFixed(3)}x R end to end, ${(last.report.wall / r.compute).toFixed(3)}x R's computing alone`);
    // On a shared machine wall time is noisy; CPU time is not.
    console.log(`  in CPU time: syslead ${last.report.cpu.toFixed(0)} ms is ${(last.report.cpu / r.cpu).toFixed(3)}x R's computing alone`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`machine: ${machine()}\n`);
  benchPsychExtras();
}
