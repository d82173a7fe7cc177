import type { Band } from '../../../core/questionnaire/model.js';
import { palette, seriesColour } from '../palette.js';
import { percentLength } from './geometry.js';
import { zoneBackdrop } from './backdrop.js';
import { labelLines } from './label-lines.js';
import { num, svgChart, svgLabel, svgText, type ChartLabel, type ChartText } from './svg.js';

export interface DistributionRow {
  /** Above its columns: in two languages, the two one after the other, wrapped as one. */
  label: ChartText;
  /**
   * People per bin of percent: equal bins over 0-100, lowest first (a cohort report's ten-point
   * distribution). The report model bins, so the chart and its table show the same counts.
   */
  counts: readonly number[];
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

/**
 * How a cohort's percents spread over the band zones: one histogram per row (theme), with the
 * count above each column. Column heights share one scale across rows so rows compare.
 */
export function distributionChart(label: ChartLabel, rows: readonly DistributionRow[], bands: readonly Band[]): string {
  const x = (percent: number) => LEFT + percentLength(percent, PLOT);
  const tallest = Math.max(1, ...rows.flatMap((r) => r.counts));
  const parts: string[] = [];
  let y = AXIS + 8;
  for (const row of rows) {
    const lines = labelLines(row.label, { maxChars: LABEL_CHARS });
    parts.push(svgLabel(lines, LEFT + 4, y + FONT, { size: FONT, weight: 'bold', fill: palette.text, lineHeight: LINE }));
    y += lines.length * LINE + COUNT_ROOM;
    const base = y + COLUMNS_HEIGHT;
    const binWidth = 100 / row.counts.length;
    row.counts.forEach((count, bin) => {
      if (count === 0) return;
      const h = (count / tallest) * COLUMNS_HEIGHT;
      const left = x(bin * binWidth) + 1.5;
      const width = x((bin + 1) * binWidth) - x(bin * binWidth) - 3;
      // not said: markup
      parts.push(`<rect class="column" x="${num(left)}" y="${num(base - h)}" width="${num(width)}" height="${num(h)}" fill="${seriesColour(0)}"/>`);
      parts.push(svgText([String(count)], left + width / 2, base - h - 3, { anchor: 'middle', size: 11, fill: palette.text }));
    });
    parts.push(`<line x1="${LEFT}" y1="${num(base)}" x2="${LEFT + PLOT}" y2="${num(base)}" stroke="${palette.muted}" stroke-width="1"/>`);
    y = base + ROW_GAP;
  }
  const height = y;

  return svgChart(label, WIDTH, height, `${zoneBackdrop(bands, x, AXIS, height)}${parts.join('')}`);
}
