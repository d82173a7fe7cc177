// Cohort statistics core on 100,000 respondents x 36 items (6 themes of 6, each with two facets
// of 3; 5% of answers missing, one item in six reverse-keyed), as `syslead report` computes them:
// each row scored (RowScorer) and folded into a CohortTally, then the full statistics from the
// tally; and reading the same data as a CSV survey export into answer sets. With R installed,
// psych's scoreItems + alpha on the same CSV, for comparison. Figures only; nothing here passes or fails.
// Run after `npm run build`: node bench/stats.mjs [respondents]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadQuestionnaire } from '../dist/core/questionnaire/load.js';
import { RowScorer } from '../dist/core/score/row-scorer.js';
import { CohortTally, TallyLayout } from '../dist/core/stats/cohort-tally.js';
import { tallyStatistics } from '../dist/core/stats/cohort-statistics.js';
import { SurveyRowReader } from '../dist/core/csv/reader.js';
import { readCsvBatches } from '../dist/io/csv.js';
import { machine, median } from './machine.mjs';
import { R_MISSING, runR } from './r.mjs';

const THEMES = 6;
const _PER_THEME = 6;

function questionnaire() {
  const item = (t, i) => `      - { id: t${t}i${i}, text: Statement ${t}-${i}${i === 3 ? ', keyed: minus' : ''} }`;
  const facet = (t, f) => `      - id: t${t}f${f}\n        title: Facet ${t}-${f}\n        items:\n${[1, 2, 3].map((i) => item(t, i + 3 * (f - 1)).replace(/^/, '    ')).join('\n')}`;
  const themes = Array.from({ length: THEMES }, (_, t) => `  - id: theme${t}\n    title: Theme ${t}\n    facets:\n${facet(t, 1)}\n${facet(t, 2)}`).join('\n');
  const yaml = `id: bench\nversion: 1\ntitle: Bench\ndescription: Benchmark.\nminutes: 10\nscales:\n  five: { labels: [A, B, C, D, E] }\ndefault_scale: five\nbands:\n  - { id: low, label: Low, below: 40 }\n  - { id: mid, label: Mid, below: 70 }\n  - { id: high, label: High }\nthemes:\n${themes}\n`;
  const { questionnaire: q, problems } = loadQuestionnaire(yaml, 'bench.yaml');
  if (!q) throw new Error(problems.map((p) => p.message).join('\n'));
  return q;
}

/** Seeded answers from one trait per theme, so items correlate as real scales do. */
function answers(respondents, items) {
  let seed = 42;
  const random = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const data = new Float64Array(respondents * items.length);
  for (let r = 0; r < respondents; r++) {
    const traits = Array.from({ length: THEMES }, normal);
    items.forEach((item, c) => {
      const theme = Number(item.themeId.slice(5));
      let x = Math.min(5, Math.max(1, Math.round(3 + 0.8 * traits[theme] + 0.9 * normal())));
      if (item.keyed === 'minus') x = 6 - x;
      data[r * items.length + c] = random() < 0.05 ? NaN : x;
    });
  }
  return data;
}

// Wall time and this process's CPU time (user + system): on a shared machine the CPU time is the
// steadier figure, as other processes' load stretches the wall time.
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function time(fn, rounds) {
  const walls = [];
  const cpus = [];
  let result;
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    const cpu = cpuMs();
    result = fn();
    cpus.push(cpuMs() - cpu);
    walls.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { ms: median(walls), cpu: median(cpus), result };
}

async function timeAsync(fn) {
  const start = process.hrtime.bigint();
  const cpu = cpuMs();
  const result = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, cpu: cpuMs() - cpu, result };
}

/** Every row scored and folded in, as FormRespondents does for rows tallied together. */
function tallied(q, data, respondents) {
  const scorer = new RowScorer(q);
  const tally = new CohortTally(new TallyLayout(q));
  // The data's columns are q.items'; a raw row is in the scorer's order of scored items.
  const column = Int32Array.from(scorer.scoredItems, (item) => q.items.indexOf(item));
  const raw = new Float64Array(column.length);
  const keyed = new Float64Array(column.length);
  const scores = new Float64Array(2 * scorer.sectionIds.length);
  const percents = new Float64Array(scorer.sectionIds.length);
  for (let r = 0; r < respondents; r++) {
    for (let c = 0; c < column.length; c++) raw[c] = data[r * q.items.length + column[c]];
    scorer.score(raw, keyed, scores, percents);
    tally.add(keyed, scores, percents, r);
  }
  return tally;
}

const figures = ({ ms, cpu }) => `${ms.toFixed(0).padStart(6)} ms wall ${cpu.toFixed(0).padStart(6)} ms CPU`;

function timeR(csv) {
  const script = `suppressPackageStartupMessages(library(psych))
x <- read.csv(${JSON.stringify(csv)}, na.strings = "")[, -1]
keys <- make.keys(x, split(colnames(x), sub("i[0-9]+$", "", colnames(x))))
flip <- grepl("i3$", colnames(x)); x[, flip] <- 6 - x[, flip]
t <- system.time({
  s <- scoreItems(keys, x, impute = "none")
  for (th in unique(sub("i[0-9]+$", "", colnames(x)))) a <- alpha(x[, grepl(paste0("^", th, "i"), colnames(x))], check.keys = FALSE, warnings = FALSE)
})
cat(t[["elapsed"]] * 1000, (t[["user.self"]] + t[["sys.self"]]) * 1000, "\\n")`;
  const r = runR(script);
  if (!r) return undefined;
  const [ms, cpu] = r.stdout.split(/\s+/).map(Number);
  return { ms, cpu, total: r.total };
}

export async function benchStats(respondents = 100_000) {
  const q = questionnaire();
  const data = answers(respondents, q.items);
  console.log(`cohort statistics: ${respondents.toLocaleString('en-GB')} respondents x ${q.items.length} items, ${THEMES} themes and ${THEMES * 2} facets`);

  const collect = time(() => tallied(q, data, respondents), 5);
  const statistics = time(() => tallyStatistics(collect.result), 5);
  const theme = statistics.result[0];
  console.log(`  score and tally rows       ${figures(collect)}  (median of 5)`);
  console.log(`  full statistics            ${figures(statistics)}  (median of 5; e.g. ${theme.id}: alpha ${theme.alpha.toFixed(3)}, mean ${theme.mean.toFixed(3)})`);

  const dir = mkdtempSync(join(tmpdir(), 'syslead-bench-'));
  try {
    const csv = join(dir, 'cohort.csv');
    const lines = [['Name', ...q.items.map((i) => i.id)].join(',')];
    for (let r = 0; r < respondents; r++) {
      const row = Array.from(data.subarray(r * q.items.length, (r + 1) * q.items.length), (v) => (Number.isNaN(v) ? '' : String(v)));
      lines.push([`P${r}`, ...row].join(','));
    }
    writeFileSync(csv, `${lines.join('\n')}\n`);
    const before = process.memoryUsage().rss;
    const read = await timeAsync(async () => {
      let reader;
      let read = 0;
      for await (const batch of readCsvBatches(csv)) {
        for (const record of batch.rows) {
          if (!reader) reader = SurveyRowReader.fromHeader(record.cells, q, csv, record.line).reader;
          else if (reader.readRow(record.cells, record.line).answers) read++;
        }
      }
      return read;
    });
    console.log(
      `  read CSV into answer sets  ${figures(read)}  (${read.result.toLocaleString('en-GB')} rows, ${(lines.join('\n').length / 2 ** 20).toFixed(1)} MiB; rss ${(before / 2 ** 20).toFixed(0)} -> ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB)`,
    );
    const r = timeR(csv);
    if (r) {
      console.log(
        `  R psych scoreItems + alpha ${figures(r)}  (${(r.total / 1000).toFixed(1)} s with start-up and read.csv): syslead's scoring, tally and statistics take ${(r.cpu / (collect.cpu + statistics.cpu)).toFixed(1)}x less CPU`,
      );
    } else {
      console.log(R_MISSING);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`machine: ${machine()}\n`);
  await benchStats(Number(process.argv[2] ?? 100_000));
}
