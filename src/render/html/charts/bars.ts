import type { Band } from '../../../core/questionnaire/model.js';
import type { UiLanguage } from '../../../core/i18n/messages.js';
import { sayIn, speakingNow } from '../../../core/i18n/voice.js';
import { palette } from '../palette.js';
import { percentText } from '../format.js';
import { percentLength } from './geometry.js';
import { zoneBackdrop } from './backdrop.js';
import { labelLines } from './label-lines.js';
import { num, svgChart, svgLabel, svgText, type ChartLabel, type ChartText } from './svg.js';
import { rememberedFor } from '../../../core/remembered.js';

export interface BarSeries {
  /** Named beside each bar when there are several series ("before", "self"), so colour is never the only cue. */
  label: string;
  colour: string;
}

export interface BarRow {
  /** Above its bars: in two languages, the two one after the other ("Gweledigaeth / Vision"), wrapped as one. */
  label: ChartText;
  /** One percent per series, in the series' order; null when there is no score. */
  percents: (number | null)[];
}

const WIDTH = 600;
const LEFT = 8;
/** Room right of the plot for the longest value text ("direct-report 100%"). */
const VALUE_ROOM = 150;
const PLOT = WIDTH - LEFT - VALUE_ROOM;
const AXIS = 26;
const FONT = 14;
const LINE = 17;
const BAR = 16;
const BAR_GAP = 4;
const ROW_GAP = 14;
const LABEL_CHARS = 62;

/**
 * Horizontal bars of percents over the band zones: the zones are shaded behind the bars and meet
 * at the cut-offs, marked on the axis above. One bar per series in each row: a person's facets
 * (one series), before and after (compare), self and others (360). "no score" is said in `language`
 * (a report's).
 */
export function barChart(label: ChartLabel, rows: readonly BarRow[], series: readonly BarSeries[], bands: readonly Band[], language: UiLanguage = speakingNow()): string {
  const noScore = sayIn(language, 'person.noScore');
  const x = (percent: number) => LEFT + percentLength(percent, PLOT);
  const named = series.length > 1;
  const parts: string[] = [];
  let y = AXIS + 8;
  for (const row of rows) {
    const lines = labelLines(row.label, { maxChars: LABEL_CHARS });
    parts.push(svgLabel(lines, LEFT + 4, y + FONT, { size: FONT, weight: 'bold', fill: palette.text, lineHeight: LINE }));
    y += lines.length * LINE + 6;
    series.forEach((s, i) => {
      const percent = row.percents[i] ?? null;
      const value = named ? `${s.label} ${percentText(percent, noScore)}` : percentText(percent, noScore);
      const end = percent === null ? LEFT : x(percent);
      // not said: markup
      if (percent !== null) parts.push(`<rect class="bar" x="${num(LEFT)}" y="${num(y)}" width="${num(end - LEFT)}" height="${BAR}" fill="${s.colour}"/>`);
      parts.push(svgText([value], end + 5, y + BAR - 3, { size: FONT, fill: palette.text }));
      y += BAR + BAR_GAP;
    });
    y += ROW_GAP;
  }
  const height = y;

  return svgChart(label, WIDTH, height, `${backdropOf(bands, height)}${parts.join('')}`);
}

/** Each backdrop made already, by bands and height: every report of a batch draws the same few. */
const backdrops = rememberedFor<readonly Band[], string>();

function backdropOf(bands: readonly Band[], height: number): string {
  return backdrops(bands, String(height), () => zoneBackdrop(bands, (percent) => LEFT + percentLength(percent, PLOT), AXIS, height));
}
