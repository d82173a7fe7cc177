import type { Band } from '../../../core/questionnaire/model.js';
import { palette, zoneColour } from '../palette.js';
import { bandZones, cutOffs } from './geometry.js';
import { num, svgText } from './svg.js';

/**
 * The band zones shaded as columns from `top` to `bottom` of a horizontal 0-100 scale, with a line
 * and a label at 0, at each cut-off and at 100. `x` maps a percent to the chart's x.
 */
export function zoneBackdrop(bands: readonly Band[], x: (percent: number) => number, top: number, bottom: number): string {
  const zones = bandZones(bands)
    // not said: markup
    .map((z) => `<rect class="zone" x="${num(x(z.from))}" y="${num(top)}" width="${num(x(z.to) - x(z.from))}" height="${num(bottom - top)}" fill="${zoneColour(z.index)}"/>`)
    .join('');
  const ticks = [0, ...cutOffs(bands), 100]
    .map((p) => {
      const line = `<line x1="${num(x(p))}" y1="${num(top - 4)}" x2="${num(x(p))}" y2="${num(bottom)}" stroke="${palette.rule}" stroke-width="1"/>`;
      return line + svgText([String(p)], x(p), top - 8, { anchor: p === 0 ? 'start' : p === 100 ? 'end' : 'middle', size: 12, fill: palette.muted });
    })
    .join('');
  return zones + ticks;
}
