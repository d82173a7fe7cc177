// Prints line and branch coverage per layer of src/ (ARCHITECTURE.md) from the json-summary
// report that `vitest run --coverage` writes; run by `npm run coverage`.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';

const root = process.cwd();
const summary = JSON.parse(readFileSync(new URL('../coverage/coverage-summary.json', import.meta.url), 'utf8'));
const layers = ['src/core', 'src/io', 'src/render', 'src/prompt', 'src/terminal', 'src/commands', 'src/cli'];
// Files directly in src/ (the entry and the shared error type) belong to no layer folder.
const topLevel = 'src/*.ts';

function layerOf(file) {
  const path = relative(root, file).split(sep).join('/');
  return layers.find((layer) => path.startsWith(`${layer}/`)) ?? (/^src\/[^/]+$/.test(path) ? topLevel : undefined);
}

const empty = () => ({ files: 0, lines: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } });
const totals = new Map([...layers, topLevel].map((layer) => [layer, empty()]));
const all = empty();
for (const [file, counts] of Object.entries(summary)) {
  if (file === 'total') continue;
  const layer = layerOf(file);
  if (layer === undefined) continue;
  for (const sum of [totals.get(layer), all]) {
    sum.files += 1;
    for (const kind of ['lines', 'branches']) {
      sum[kind].covered += counts[kind].covered;
      sum[kind].total += counts[kind].total;
    }
  }
}

const percent = ({ covered, total }) => (total === 0 ? '-' : `${((100 * covered) / total).toFixed(1)}%`);
const rows = [['layer', 'files', 'lines', 'branches'], ...[...totals, ['all of src', all]].map(([layer, sum]) => [layer, String(sum.files), percent(sum.lines), percent(sum.branches)])];
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
for (const row of rows) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '));
