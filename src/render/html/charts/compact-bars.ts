import type { Band } from '../../../core/questionnaire/model.js';
import { palette } from '../palette.js';
import { percentLength } from './geometry.js';
import { zoneBackdrop } from './backdrop.js';
import { labelLines } from './label-lines.js';
import { num, svgChart, svgLabel, svgText, type ChartLabel, type ChartText } from './svg.js';
import type { BarSeries } from './bars.js';

export interface CompactBarRow {
  /** Beside its bars: in two languages, the two one after the other, wrapped as one. */
  label: ChartText;
  /** Drawn indented (a facet under its theme). */
  indent?: boolean;
  /** One per series, in the series' order: the percent (null: none) and the text beside its bar ("62% · n 15"). */
  values: { percent: number | null; text: string }[];
}

const WIDTH = 640;
const LABEL = 232;
const PLOT_LEFT = LABEL + 8;
const PLOT = 270;
const AXIS = 24;
const FONT = 12.5;
const LINE = 14;
const BAR = 11;
const BAR_GAP = 2;
const ROW_GAP = 5;
const LABEL_CHARS = 34;
const INDENT = 14;

/**
 * Horizontal bars of percents, one row per label with the label beside the bars (not above), so a
 * summary of many themes and facets keeps to a page: the band zones behind, and beside each bar
 * its value and the respondents it is of. A label longer than two lines (in each of its languages)
 * is cut with an ellipsis (the table beside the chart has it whole).
 */
export function compactBarChart(label: ChartLabel, rows: readonly CompactBarRow[], series: readonly BarSeries[], bands: readonly Band[]): string {
  const x = (percent: number) => PLOT_LEFT + percentLength(percent, PLOT);
  const parts: string[] = [];
  let y = AXIS + 6;
  for (const row of rows) {
    const indent = row.indent ? INDENT : 0;
    const lines = labelLines(row.label, { maxChars: LABEL_CHARS - (row.indent ? 2 : 0), linesPerPart: 2 });
    const barsHeight = series.length * (BAR + BAR_GAP) - BAR_GAP;
    const height = Math.max(lines.length * LINE, barsHeight);
    parts.push(svgLabel(lines, 4 + indent, y + FONT, { size: FONT, weight: row.indent ? 'normal' : 'bold', fill: palette.text, lineHeight: LINE }));
    let barY = y + (height - barsHeight) / 2;
    series.forEach((s, i) => {
      const value = row.values[i] ?? { percent: null, text: '' };
      const end = value.percent === null ? PLOT_LEFT : x(value.percent);
      // not said: markup
      if (value.percent !== null) parts.push(`<rect class="bar" x="${num(PLOT_LEFT)}" y="${num(barY)}" width="${num(end - PLOT_LEFT)}" height="${BAR}" fill="${s.colour}"/>`);
      parts.push(svgText([value.text], PLOT_LEFT + PLOT + 6, barY + BAR - 2, { size: FONT - 1, fill: palette.text }));
      barY += BAR + BAR_GAP;
    });
    y += height + ROW_GAP;
  }
  return svgChart(label, WIDTH, y, `${zoneBackdrop(bands, x, AXIS, y)}${parts.join('')}`);
}
