import type { Band } from '../../core/questionnaire/model.js';
import type { UiLanguage } from '../../core/i18n/messages.js';
import { sayIn, speakingNow } from '../../core/i18n/voice.js';
import { escapeHtmlOnce } from './escape.js';
import { withLanguageSpans } from './lang-marks.js';
import { sayHtml } from './say-html.js';
import { palette, zoneColour } from './palette.js';
import { bandZones } from './charts/geometry.js';

export interface LegendEntry {
  label: string;
  /** The label as markup made already (in two languages, each in its <span lang>), instead of the escaped label. */
  html?: string;
  colour: string;
}

/** The range a band zone covers ("40 to under 70"), in `language`. */
function zoneRange(zones: ReturnType<typeof bandZones>, i: number, language: UiLanguage): string {
  const say = (key: Parameters<typeof sayIn>[1], values?: Record<string, string>) => sayIn(language, key, values);
  const z = zones[i]!;
  const [from, to] = [String(z.from), String(z.to)];
  return zones.length === 1 ? say('person.zone.all') : i === 0 ? say('person.zone.under', { to }) : i === zones.length - 1 ? say('person.zone.over', { from }) : say('person.zone.between', { from, to });
}

/** The band zones as legend entries, with the range each covers ("Growing: 40 to under 70"), in `language` (a report's). */
export function zoneLegend(bands: readonly Band[], language: UiLanguage = speakingNow()): LegendEntry[] {
  const zones = bandZones(bands);
  return zones.map((z, i) => ({ label: sayIn(language, 'person.zone.entry', { band: z.band.label, range: zoneRange(zones, i, language) }), colour: zoneColour(z.index) }));
}

/**
 * The band zones as legend entries with their markup: each band's label made by `band` (its
 * escaped label in a <span lang> when the questionnaire's language is not the legend's), the rest
 * said in `language` and escaped.
 */
export function zoneLegendHtml(bands: readonly Band[], language: UiLanguage, band: (label: string) => string): LegendEntry[] {
  const zones = bandZones(bands);
  return zones.map((z, i) => ({
    label: sayIn(language, 'person.zone.entry', { band: z.band.label, range: zoneRange(zones, i, language) }),
    html: sayHtml(language, 'person.zone.entry', { band: band(z.band.label), range: escapeHtmlOnce(zoneRange(zones, i, language)) }),
    colour: zoneColour(z.index),
  }));
}

// Swatches are tiny SVGs rather than CSS backgrounds: browsers leave backgrounds out of print by default.
// not said: markup
const swatch = (colour: string) => `<svg width="14" height="14" aria-hidden="true" focusable="false"><rect width="14" height="14" fill="${colour}" stroke="${palette.muted}" stroke-width="1"/></svg>`;

/**
 * A chart with its caption, legend and the table of the same numbers. `svg` and `table` are markup
 * made by the chart and table builders; the caption and legend text are escaped here, a text marked
 * with inLanguage (html/lang-marks.ts) given its own lang.
 */
export function chartFigure({ caption, captionHtml, svg, legend, table }: { caption: string; captionHtml?: string; svg: string; legend: readonly LegendEntry[]; table: string }): string {
  const items = legendItems(legend);
  // not said: markup
  return `<figure>\n<figcaption>${captionHtml ?? withLanguageSpans(escapeHtmlOnce(caption))}</figcaption>\n${svg}\n<ul class="legend">${items}</ul>\n${table}\n</figure>`;
}

/** Each legend's items, made once: a report gives the same legend to every one of its charts. */
const itemsOf = new WeakMap<readonly LegendEntry[], string>();

function legendItems(legend: readonly LegendEntry[]): string {
  let items = itemsOf.get(legend);
  if (items === undefined) {
    items = legend.map((e) => `<li>${swatch(e.colour)}${e.html ?? withLanguageSpans(escapeHtmlOnce(e.label))}</li>`).join('');
    itemsOf.set(legend, items);
  }
  return items;
}
