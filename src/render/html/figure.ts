import type { Band } from '../../core/questionnaire/model.js';
import { escapeHtmlOnce } from './escape.js';
import { palette, zoneColour } from './palette.js';
import { bandZones } from './charts/geometry.js';

export interface LegendEntry {
  label: string;
  colour: string;
}

/** The band zones as legend entries, with the range each covers ("Growing: 40 to under 70"). */
export function zoneLegend(bands: readonly Band[]): LegendEntry[] {
  const zones = bandZones(bands);
  return zones.map((z, i) => {
    const range = zones.length === 1 ? 'all scores' : i === 0 ? `under ${z.to}` : i === zones.length - 1 ? `${z.from} and over` : `${z.from} to under ${z.to}`;
    return { label: `${z.band.label}: ${range}`, colour: zoneColour(z.index) };
  });
}

// Swatches are tiny SVGs rather than CSS backgrounds: browsers leave backgrounds out of print by default.
const swatch = (colour: string) => `<svg width="14" height="14" aria-hidden="true" focusable="false"><rect width="14" height="14" fill="${colour}" stroke="${palette.muted}" stroke-width="1"/></svg>`;

/**
 * A chart with its caption, legend and the table of the same numbers. `svg` and `table` are markup
 * made by the chart and table builders; the caption and legend text are escaped here.
 */
export function chartFigure({ caption, svg, legend, table }: { caption: string; svg: string; legend: readonly LegendEntry[]; table: string }): string {
  const items = legend.map((e) => `<li>${swatch(e.colour)}${escapeHtmlOnce(e.label)}</li>`).join('');
  return `<figure>\n<figcaption>${escapeHtmlOnce(caption)}</figcaption>\n${svg}\n<ul class="legend">${items}</ul>\n${table}\n</figure>`;
}
