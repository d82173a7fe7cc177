import type { UiLanguage } from '../../../core/i18n/messages.js';
import { sayIn, speakingNow } from '../../../core/i18n/voice.js';
import { palette } from '../palette.js';
import { percentText } from '../format.js';
import type { LikertBar } from '../../likert.js';
import { labelLines } from './label-lines.js';
import { num, svgChart, svgLabel, svgText, type ChartLabel, type ChartText } from './svg.js';
import { whole } from '../../../core/whole.js';

export interface LikertRow {
  /** The statement, as worded: in two languages, whole in each, the first's lines first. */
  label: ChartText;
  bar: LikertBar | null;
}

const WIDTH = 640;
const LEFT = 4;
const VALUE_ROOM = 64;
const PLOT = WIDTH - LEFT - VALUE_ROOM;
const CENTRE = LEFT + PLOT / 2;
const AXIS = 22;
const FONT = 12;
const LINE = 13;
const BAR = 11;
const ROW_GAP = 4;
const LABEL_CHARS = 100;

/** Shades, outermost first: the low side's warm, the high side's cool, darker away from the centre. */
const LOW = ['#8a3b12', '#c0683a', '#e3a27d'];
const HIGH = ['#1d4f91', '#4f7fc0', '#8fb0dd'];
const MIDDLE = '#c4c7c9';

/** The narrowest segment, in px, that is labelled with its point's number. */
const SEGMENT_LABEL_MIN = 12;

/** WCAG's relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Black or white, whichever contrasts more with `hex` (at least 4.58:1 for any colour). */
export function textOn(hex: string): string {
  const l = luminance(hex);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

/** The colour of each point of a scale of `k` points. */
export function likertColours(k: number): string[] {
  const half = Math.floor(k / 2);
  const shade = (shades: readonly string[], fromOutside: number) => shades[Math.min(shades.length - 1, half <= 1 ? 0 : Math.round((fromOutside * (shades.length - 1)) / (half - 1)))]!;
  return Array.from({ length: k }, (_, p) => (k % 2 === 1 && p === half ? MIDDLE : p < half ? shade(LOW, p) : shade(HIGH, k - 1 - p)));
}

/**
 * Statements' answers as diverging stacked bars (Heiberger & Robbins): each statement's text above
 * its bar ("no answers" said in `language`, a report's), the low points left of the centre line and the high points right of it, the middle point
 * split half each side, each side scaled to `reach` percent; beside each bar the answers it is of.
 */
export function likertChart(label: ChartLabel, rows: readonly LikertRow[], reach: number, language: UiLanguage = speakingNow()): string {
  const x = (percent: number) => CENTRE + (Math.max(-reach, Math.min(reach, percent)) / reach) * (PLOT / 2);
  const parts: string[] = [];
  const ticks = [-reach, -reach / 2, reach / 2, reach];
  // The scale's ticks along the bars only, so no line crosses a statement's text.
  const grid = (top: number) => ticks.map((p) => `<line x1="${num(x(p))}" y1="${num(top - 2)}" x2="${num(x(p))}" y2="${num(top + BAR + 2)}" stroke="${palette.rule}" stroke-width="1"/>`).join('');
  let y = AXIS + 4;
  for (const row of rows) {
    const lines = labelLines(row.label, { maxChars: LABEL_CHARS, blocks: true });
    parts.push(svgLabel(lines, LEFT, y + FONT, { size: FONT, fill: palette.text, lineHeight: LINE }));
    y += lines.length * LINE + 2;
    parts.push(grid(y));
    if (row.bar) {
      const colours = likertColours(row.bar.points);
      for (const s of row.bar.segments) {
        const width = x(s.to) - x(s.from);
        // not said: markup
        parts.push(`<rect class="segment" x="${num(x(s.from))}" y="${num(y)}" width="${num(width)}" height="${BAR}" fill="${colours[s.point]}" stroke="${palette.page}" stroke-width="0.5"/>`);
        // Each segment wide enough for it names its point by number (the legend's "1: Rarely"),
        // so the chart reads without its colours; a narrower one sits in scale order between them.
        if (width >= SEGMENT_LABEL_MIN) {
          parts.push(svgText([String(s.point + 1)], x(s.from) + width / 2, y + BAR - 2, { anchor: 'middle', size: BAR - 2, fill: textOn(colours[s.point]!) }));
        }
      }
      parts.push(svgText([`n ${whole(row.bar.n)}`], LEFT + PLOT + 6, y + BAR - 2, { size: FONT - 1, fill: palette.text }));
    } else parts.push(svgText([sayIn(language, 'person.chart.noAnswers')], CENTRE + 6, y + BAR - 2, { size: FONT - 1, fill: palette.muted }));
    parts.push(`<line x1="${num(CENTRE)}" y1="${num(y - 3)}" x2="${num(CENTRE)}" y2="${num(y + BAR + 3)}" stroke="${palette.text}" stroke-width="1.5"/>`);
    y += BAR + ROW_GAP;
  }
  const axis = [...ticks, 0].map((p) => svgText([percentText(Math.abs(p))], x(p), AXIS - 8, { anchor: p === -reach ? 'start' : p === reach ? 'end' : 'middle', size: 11, fill: palette.muted })).join('');
  return svgChart(label, WIDTH, y, `${axis}${parts.join('')}`);
}
