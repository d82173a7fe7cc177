import type { Band } from '../../../core/questionnaire/model.js';
import { palette, seriesColour } from '../palette.js';
import { histogram, percentLength } from './geometry.js';
import { zoneBackdrop } from './backdrop.js';
import { num, svgChart, svgText, wrapWords, type ChartLabel } from './svg.js';

export interface DistributionRow {
  label: string;
  /** Each person's percent; people without a score are left out by the caller. */
  percents: readonly number[];
}

const WIDTH = 600;
const LEFT = 8;
const PLOT = WIDTH - 2 * LEFT;
const AXIS = 26;
const FONT = 14;
const LINE = 17;
const COLUMNS_HEIGHT = 64;
const COUNT_ROOM = 14;
const ROW_GAP = 16;
const LABEL_CHARS = 70;
/** Ten-point bins: fine enough to see the shape of a cohort, coarse enough for small groups. */
export const DISTRIBUTION_BINS = 10;

/**
 * How a cohort's percents spread over the band zones: one histogram per row (theme), with the
 * count above each column. Column heights share one scale across rows so rows compare.
 */
export function distributionChart(label: ChartLabel, rows: readonly DistributionRow[], bands: readonly Band[]): string {
  const x = (percent: number) => LEFT + percentLength(percent, PLOT);
  const binned = rows.map((r) => histogram(r.percents, DISTRIBUTION_BINS));
  const tallest = Math.max(1, ...binned.flat().map((b) => b.count));
  const parts: string[] = [];
  let y = AXIS + 8;
  rows.forEach((row, r) => {
    const lines = wrapWords(row.label, LABEL_CHARS);
    parts.push(svgText(lines, LEFT + 4, y + FONT, { size: FONT, weight: 'bold', fill: palette.text, lineHeight: LINE }));
    y += lines.length * LINE + COUNT_ROOM;
    const base = y + COLUMNS_HEIGHT;
    for (const bin of binned[r]!) {
      if (bin.count === 0) continue;
      const h = (bin.count / tallest) * COLUMNS_HEIGHT;
      const left = x(bin.from) + 1.5;
      const width = x(bin.to) - x(bin.from) - 3;
      parts.push(`<rect class="column" x="${num(left)}" y="${num(base - h)}" width="${num(width)}" height="${num(h)}" fill="${seriesColour(0)}"/>`);
      parts.push(svgText([String(bin.count)], left + width / 2, base - h - 3, { anchor: 'middle', size: 11, fill: palette.text }));
    }
    parts.push(`<line x1="${LEFT}" y1="${num(base)}" x2="${LEFT + PLOT}" y2="${num(base)}" stroke="${palette.muted}" stroke-width="1"/>`);
    y = base + ROW_GAP;
  });
  const height = y;

  return svgChart(label, WIDTH, height, `${zoneBackdrop(bands, x, AXIS, height)}${parts.join('')}`);
}
