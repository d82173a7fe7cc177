import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INSTALLED, machine, measure, timed } from './machine.mjs';
import { R_MISSING, runR } from './r.mjs';
import { answers, formsCsv, numericCsv, psychPrelude, questionnaire } from './report.mjs';

const bin = INSTALLED;
const SIZES = (process.env.PSYCH_BENCH_ROWS ?? '10000,100000').split(',').map(Number);
const ROUNDS = 3;

function timeR(q, file) {
  const script = `${psychPrelude(q, file)}
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
      const report = measure(() => timed([bin, 'report', file, '--format', 'json']), ROUNDS);
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
