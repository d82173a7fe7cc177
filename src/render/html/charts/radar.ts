import type { Band } from '../../../core/questionnaire/model.js';
import type { UiLanguage } from '../../../core/i18n/messages.js';
import { sayIn, speakingNow } from '../../../core/i18n/voice.js';
import { palette, seriesColour, zoneColour } from '../palette.js';
import { percentText } from '../format.js';
import { bandZones, cutOffs, radarAngle, radarPoint, type Point } from './geometry.js';
import { labelLines } from './label-lines.js';
import { num, svgChart, svgLabel, svgText, type ChartLabel, type ChartText, type LabelLine } from './svg.js';
import { rememberedFor } from '../../../core/remembered.js';

export interface RadarAxis {
  /** In two languages, the two one after the other, wrapped as one. */
  label: ChartText;
  percent: number | null;
}

const WIDTH = 600;
const RADIUS = 150;
const LABEL_GAP = 14;
const FONT = 15;
const LINE = 18;
/** Characters per line of an axis label: keeps a label beside the web within the chart's width. */
const LABEL_CHARS = 16;
/** Space around the labels and the web. */
const PAD = 6;

const points = (ps: readonly Point[]) => ps.map((p) => `${num(p.x)},${num(p.y)}`).join(' ');

/**
 * A radar (spider) chart of percents, one axis per theme, over the band zones drawn as rings at
 * the cut-offs. Axes without a score are labelled "no score" (in `language`, a report's) and left out of the shape.
 */
export function radarChart(label: ChartLabel, axes: readonly RadarAxis[], bands: readonly Band[], language: UiLanguage = speakingNow()): string {
  const noScore = sayIn(language, 'person.noScore');
  const n = axes.length;
  // The label's lines, then the percent's, in the chart's language.
  const lines = axes.map((a): LabelLine[] => [...labelLines(a.label, { maxChars: LABEL_CHARS }), [{ text: percentText(a.percent, noScore) }]]);
  // Lay the labels out around a centre at 0,0 first, to find how much room they need above and below the web.
  const origin = { x: 0, y: 0 };
  const blocks = lines.map((label, i) => labelPlacement(label, i, n, origin));
  const top = Math.min(-RADIUS, ...blocks.map((b) => b.top)) - PAD;
  const bottom = Math.max(RADIUS, ...blocks.map((b) => b.bottom)) + PAD;
  const centre = { x: WIDTH / 2, y: -top };
  const height = bottom - top;

  const backdrop = webOf(bands, n, centre);
  const scored = axes.flatMap((a, i) => (a.percent === null ? [] : [radarPoint(a.percent, i, n, RADIUS, centre)]));
  const colour = seriesColour(0);
  const shape =
    scored.length >= 3
      ? // not said: markup
        `<polygon points="${points(scored)}" fill="${colour}" fill-opacity="0.22" stroke="${colour}" stroke-width="2.5" stroke-linejoin="round"/>`
      : scored.length === 2
        ? // not said: markup
          `<polyline points="${points(scored)}" fill="none" stroke="${colour}" stroke-width="2.5"/>`
        : '';
  // not said: markup
  const dots = scored.map((p) => `<circle cx="${num(p.x)}" cy="${num(p.y)}" r="4.5" fill="${colour}" stroke="${palette.page}" stroke-width="1.5"/>`).join('');

  const labels = lines.map((label, i) => axisLabel(label, i, n, centre)).join('');
  return svgChart(label, WIDTH, height, `${backdrop}${shape}${dots}${labels}`);
}

/** Each web made already, by bands, axes and centre: every report of a batch draws the same one. */
const webs = rememberedFor<readonly Band[], string>();

/** The band zones as rings, the spokes and the cut-offs' numbers: the same for every chart of these bands, axes and centre. */
function webOf(bands: readonly Band[], n: number, centre: Point): string {
  // A few shapes at most: a batch's questionnaires, each with its number of themes.
  return webs(bands, `${n},${centre.x},${centre.y}`, () => {
    const ring = (percent: number) => points(Array.from({ length: n }, (_, i) => radarPoint(percent, i, n, RADIUS, centre)));
    // Outermost zone first, so each inner zone is painted over the one around it.
    const zones = [...bandZones(bands)]
      .reverse()
      // not said: markup
      .map((z) => `<polygon points="${ring(z.to)}" fill="${zoneColour(z.index)}" stroke="${palette.rule}" stroke-width="1"/>`)
      .join('');
    const spokes = Array.from({ length: n }, (_, i) => {
      const end = radarPoint(100, i, n, RADIUS, centre);
      return `<line x1="${num(centre.x)}" y1="${num(centre.y)}" x2="${num(end.x)}" y2="${num(end.y)}" stroke="${palette.rule}" stroke-width="1"/>`;
    }).join('');
    const ticks = [...cutOffs(bands), 100].map((p) => svgText([String(p)], centre.x + 4, radarPoint(p, 0, n, RADIUS, centre).y + 12, { size: 11, fill: palette.muted })).join('');
    return `${zones}${spokes}${ticks}`;
  });
}

interface LabelPlacement {
  x: number;
  firstBaseline: number;
  anchor: 'start' | 'middle' | 'end';
  /** The extent of the label's lines, for sizing the chart. */
  top: number;
  bottom: number;
}

/** Where an axis label goes: just outside the end of its axis, anchored away from the web. */
function labelPlacement(lines: readonly LabelLine[], index: number, count: number, centre: Point): LabelPlacement {
  const angle = (radarAngle(index, count) * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const at = radarPoint(100, index, count, RADIUS + LABEL_GAP, centre);
  const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
  const blockHeight = (lines.length - 1) * LINE;
  const firstBaseline = sin < -0.2 ? at.y - 4 - blockHeight : sin > 0.2 ? at.y + FONT : at.y - blockHeight / 2 + FONT * 0.35;
  return { x: at.x, firstBaseline, anchor, top: firstBaseline - FONT, bottom: firstBaseline + blockHeight + 4 };
}

function axisLabel(lines: readonly LabelLine[], index: number, count: number, centre: Point): string {
  const { x, firstBaseline, anchor } = labelPlacement(lines, index, count, centre);
  return svgLabel(lines, x, firstBaseline, { anchor, size: FONT, fill: palette.text, lineHeight: LINE });
}
