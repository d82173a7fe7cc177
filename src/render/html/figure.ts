import type { Band } from '../../core/questionnaire/model.js';
import type { UiLanguage } from '../../core/i18n/messages.js';
import { sayIn, speakingNow } from '../../core/i18n/voice.js';
import { escapeHtmlOnce } from './escape.js';
import { withLanguageSpans } from './lang-marks.js';
import { palette, zoneColour } from './palette.js';
import { bandZones } from './charts/geometry.js';

export interface LegendEntry {
  label: string;
  colour: string;
}

/** The band zones as legend entries, with the range each covers ("Growing: 40 to under 70"), in `language` (a report's). */
export function zoneLegend(bands: readonly Band[], language: UiLanguage = speakingNow()): LegendEntry[] {
  const zones = bandZones(bands);
  const say = (key: Parameters<typeof sayIn>[1], values?: Record<string, string>) => sayIn(language, key, values);
  return zones.map((z, i) => {
    const [from, to] = [String(z.from), String(z.to)];
    const range = zones.length === 1 ? say('person.zone.all') : i === 0 ? say('person.zone.under', { to }) : i === zones.length - 1 ? say('person.zone.over', { from }) : say('person.zone.between', { from, to });
    return { label: say('person.zone.entry', { band: z.band.label, range }), colour: zoneColour(z.index) };
  });
}

// Swatches are tiny SVGs rather than CSS backgrounds: browsers leave backgrounds out of print by default.
// not said: markup
const swatch = (colour: string) => `<svg width="14" height="14" aria-hidden="true" focusable="false"><rect width="14" height="14" fill="${colour}" stroke="${palette.muted}" stroke-width="1"/></svg>`;

/**
 * A chart with its caption, legend and the table of the same numbers. `svg` and `table` are markup
 * made by the chart and table builders; the caption and legend text are escaped here, a text marked
 * with inLanguage (html/lang-marks.ts) given its own lang.
 */
export function chartFigure({ caption, svg, legend, table }: { caption: string; svg: string; legend: readonly LegendEntry[]; table: string }): string {
  const items = legend.map((e) => `<li>${swatch(e.colour)}${withLanguageSpans(escapeHtmlOnce(e.label))}</li>`).join('');
  // not said: markup
  return `<figure>\n<figcaption>${withLanguageSpans(escapeHtmlOnce(caption))}</figcaption>\n${svg}\n<ul class="legend">${items}</ul>\n${table}\n</figure>`;
}
