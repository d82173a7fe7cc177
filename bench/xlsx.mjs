// `syslead report` on a Microsoft Forms-style xlsx and on the same rows as a CSV: wall time and
// peak memory of the child process (GNU time), median of ROUNDS runs, and the xlsx's as ratios of
// the CSV's. The systems-leadership questionnaire (36 scored items), 10,000 rows by default
// (XLSX_BENCH_ROWS=50000 for another size), ID / Start time / Completion time (real Excel dates) /
// Email / Name / Team, then every statement, answers as labels or numbers, 5% skipped. The
// workbook is written by the tests' writer (tests/fixtures/exports/xlsx-writer.mjs: the parts Excel
// writes, deflated). Figures only; nothing here passes or fails. Run after `npm run build`:
// node bench/xlsx.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { xlsxBytes } from '../tests/fixtures/exports/xlsx-writer.mjs';
import { INSTALLED, machine, median, RUN_ENV } from './machine.mjs';
import { answers, questionnaire } from './report.mjs';

const bin = INSTALLED;
const ROWS = Number(process.env.XLSX_BENCH_ROWS ?? 10_000);
const ROUNDS = 3;

/** The export's cells: dates as Dates (real Excel dates in the xlsx), answers as every other label. */
function rows(items, data, respondents) {
  const table = [['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Team', ...items.map((i) => i.text)]];
  for (let r = 0; r < respondents; r++) {
    const start = new Date(Date.UTC(2025, 10, 3, 9, 0, 0) + r * 61_000);
    const row = [r + 1, start, new Date(start.getTime() + 11 * 60_000), `person${r}@example.org`, `Person ${r}`, `Team ${r % 12}`];
    items.forEach((item, c) => {
      const v = data[r * items.length + c];
      row.push(Number.isNaN(v) ? null : (r + c) % 2 === 0 ? item.scale.labels[v - item.scale.min] : v);
    });
    table.push(row);
  }
  return table;
}

const csvCell = (text) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const csvText = (cell) => (cell instanceof Date ? cell.toISOString().slice(0, 19) : cell === null ? '' : String(cell));
const csvOf = (table) => `${table.map((row) => row.map((cell) => csvCell(csvText(cell))).join(',')).join('\r\n')}\r\n`;

function timed(file) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, bin, 'report', file, '--format', 'json'], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: RUN_ENV });
  if (r.status !== 0) throw new Error(`report ${file} failed: ${r.stderr}`);
  const [wall, kb] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { wall: wall * 1000, mib: kb / 1024 };
}

/** Median wall and highest peak of ROUNDS runs, after one that warms the file cache. */
function measure(file) {
  timed(file);
  const runs = Array.from({ length: ROUNDS }, () => timed(file));
  return { wall: median(runs.map((r) => r.wall)), mib: Math.max(...runs.map((r) => r.mib)) };
}

export function benchXlsx() {
  const q = questionnaire();
  const { items, data } = answers(q, ROWS);
  const table = rows(items, data, ROWS);
  const dir = mkdtempSync(join(tmpdir(), 'syslead-bench-xlsx-'));
  try {
    const xlsx = join(dir, 'forms.xlsx');
    const csv = join(dir, 'forms.csv');
    writeFileSync(xlsx, xlsxBytes([{ name: 'Form1', rows: table }]));
    writeFileSync(csv, csvOf(table));
    const mib = (file) => `${(statSync(file).size / 1024 / 1024).toFixed(1)} MiB`;
    console.log(`syslead report --format json: ${ROWS.toLocaleString('en-GB')} rows of ${table[0].length} columns, xlsx (${mib(xlsx)}) and the same rows as CSV (${mib(csv)}), median of ${ROUNDS} runs`);
    const fromXlsx = measure(xlsx);
    const fromCsv = measure(csv);
    console.log(`  xlsx ${fromXlsx.wall.toFixed(0).padStart(6)} ms wall ${fromXlsx.mib.toFixed(0).padStart(5)} MiB peak`);
    console.log(`  CSV  ${fromCsv.wall.toFixed(0).padStart(6)} ms wall ${fromCsv.mib.toFixed(0).padStart(5)} MiB peak`);
    console.log(`  xlsx / CSV: ${(fromXlsx.wall / fromCsv.wall).toFixed(2)}x the wall time, ${(fromXlsx.mib / fromCsv.mib).toFixed(2)}x the peak memory`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`machine: ${machine()}\n`);
  benchXlsx();
}
