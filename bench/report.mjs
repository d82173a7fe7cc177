import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadQuestionnaire } from '../dist/core/questionnaire/load.js';
import { INSTALLED, machine, measure, timed } from './machine.mjs';
import { R_MISSING, runR } from './r.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = INSTALLED;
const SIZES = (process.env.REPORT_BENCH_ROWS ?? '100000,1000000').split(',').map(Number);
const ROUNDS = 3;
/** R's time is compared at this size, or the largest below it. */
const R_ROWS = 100_000;

export function questionnaire() {
  const file = join(root, 'questionnaires/systems-leadership.yaml');
  const { questionnaire: q } = loadQuestionnaire(readFileSync(file, 'utf8'), file);
  return q;
}

/** Seeded answers from one trait per theme, so items correlate as real scales do; NaN = skipped. */
export function answers(q, respondents) {
  const items = q.items.filter((i) => i.kind === 'likert');
  const themes = q.themes.map((t) => t.id);
  let seed = 20130601;
  const random = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const data = new Float64Array(respondents * items.length);
  for (let r = 0; r < respondents; r++) {
    const traits = themes.map(normal);
    items.forEach((item, c) => {
      let x = Math.min(5, Math.max(1, Math.round(3 + 0.8 * traits[themes.indexOf(item.themeId)] + 0.9 * normal())));
      if (item.keyed === 'minus') x = 6 - x;
      data[r * items.length + c] = random() < 0.05 ? NaN : x;
    });
  }
  return { items, data };
}

const cell = (text) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The survey export: question texts as headers, every other answer as its label. */
export function formsCsv(items, data, respondents) {
  const lines = [['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Team', ...items.map((i) => i.text)].map(cell).join(',')];
  for (let r = 0; r < respondents; r++) {
    const row = [String(r + 1), '1/15/24 10:01:02', '1/15/24 10:13:40', `person${r}@example.org`, `Person ${r}`, `Team ${r % 12}`];
    items.forEach((item, c) => {
      const v = data[r * items.length + c];
      row.push(Number.isNaN(v) ? '' : (r + c) % 2 === 0 ? item.scale.labels[v - item.scale.min] : String(v));
    });
    lines.push(row.map(cell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The same answers by item id and as numbers, for R. */
export function numericCsv(items, data, respondents) {
  const lines = [items.map((i) => i.id).join(',')];
  for (let r = 0; r < respondents; r++) lines.push(Array.from(data.subarray(r * items.length, (r + 1) * items.length), (v) => (Number.isNaN(v) ? '' : String(v))).join(','));
  return `${lines.join('\n')}\n`;
}

const runReport = (file) => timed([bin, 'report', file, '--format', 'json']);

/** The floor: the CSV read by the same reader into answer values, row by row, nothing kept. */
const FLOOR = `
const [{ readCsvBatches }, { SurveyRowReader }, { loadQuestionnaire }, { readFileSync }] = await Promise.all(
  ['io/csv.js', 'core/csv/reader.js', 'core/questionnaire/load.js'].map((m) => import(${JSON.stringify(join(root, 'dist'))} + '/' + m)).concat(import('node:fs')));
const [yaml, csv] = process.argv.slice(1);
const { questionnaire } = loadQuestionnaire(readFileSync(yaml, 'utf8'), yaml);
let reader;
let rows = 0;
for await (const batch of readCsvBatches(csv)) {
  for (const record of batch.rows) {
    if (!reader) reader = SurveyRowReader.fromHeader(record.cells, questionnaire, csv, record.line).reader;
    else if (reader.readRecord(record).row) rows++;
  }
}
if (rows === 0) throw new Error('no rows read');
`;
const runFloor = (file) => timed(['--input-type=module', '-e', FLOOR, join(root, 'questionnaires/systems-leadership.yaml'), file]);

/** R's start for psych on the CSV: psych loaded, the file read, the themes' and facets' items as \`scales\`, the reverse-keyed ones as \`minus\`. */
export function psychPrelude(q, file) {
  const scales = q.themes.flatMap((t) => [t, ...t.facets]).map((g) => `${JSON.stringify(g.id)} = c(${g.scoredItems.map((i) => JSON.stringify(i.id)).join(', ')})`);
  const minus = q.items.filter((i) => i.kind === 'likert' && i.keyed === 'minus').map((i) => JSON.stringify(i.id));
  return `suppressPackageStartupMessages(library(psych))
x <- read.csv(${JSON.stringify(file)})
scales <- list(${scales.join(', ')})
minus <- c(${minus.join(', ')})`;
}

function timeR(q, file) {
  const script = `${psychPrelude(q, file)}
t <- system.time({
  x[, minus] <- 6 - x[, minus]
  s <- scoreItems(make.keys(x, scales), x, impute = "none")
  for (items in scales) a <- alpha(x[, items], check.keys = FALSE, warnings = FALSE)
})
cat(t[["elapsed"]] * 1000, "\\n")`;
  const r = runR(script);
  return r && { compute: Number(r.stdout), total: r.total };
}

export function benchReport() {
  const q = questionnaire();
  const largest = Math.max(...SIZES);
  const { items, data } = answers(q, largest);
  const dir = mkdtempSync(join(tmpdir(), 'syslead-bench-report-'));
  console.log(
    `syslead report: systems-leadership (${items.length} scored items, ${q.themes.length} themes, ${q.themes.flatMap((t) => t.facets).length} facets) from a Forms-style CSV with labels and numbers, --format json, median of ${ROUNDS} runs; floor: the same CSV read into answer values`,
  );
  try {
    let compared;
    for (const size of SIZES) {
      const file = join(dir, `cohort-${size}.csv`);
      writeFileSync(file, formsCsv(items, data, size));
      const report = measure(() => runReport(file), ROUNDS);
      const floor = measure(() => runFloor(file), ROUNDS);
      console.log(
        `  ${size.toLocaleString('en-GB').padStart(9)} rows  ${report.cpu.toFixed(0).padStart(6)} ms CPU  ${report.mib.toFixed(0).padStart(5)} MiB peak  (${(report.cpu / floor.cpu).toFixed(2)}x and ${(report.mib / floor.mib).toFixed(2)}x the floor: ${floor.cpu.toFixed(0)} ms, ${floor.mib.toFixed(0)} MiB)`,
      );
      if (size <= R_ROWS && (!compared || size > compared.size)) compared = { size, wall: report.wall };
    }
    if (!compared) return;
    const numeric = join(dir, 'numeric.csv');
    writeFileSync(numeric, numericCsv(items, data, compared.size));
    const r = timeR(q, numeric);
    if (r) {
      console.log(`  R psych scoreItems + alpha on the same ${compared.size.toLocaleString('en-GB')} rows: ${r.compute.toFixed(0)} ms computing, ${r.total.toFixed(0)} ms with start-up and read.csv`);
      console.log(`  syslead end to end (${compared.wall.toFixed(0)} ms wall) takes ${(compared.wall / r.total).toFixed(3)}x R's time end to end, ${(compared.wall / r.compute).toFixed(3)}x R's computing alone`);
    } else {
      console.log(R_MISSING);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`machine: ${machine()}\n`);
  benchReport();
}
