import type { Band } from '../../../core/questionnaire/model.js';

/** Pure chart geometry: no markup here, so every position can be tested as numbers. */

export interface Point {
  x: number;
  y: number;
}

/** A percent held to the 0-100 a chart can draw. */
export function clampPercent(percent: number): number {
  return Math.min(100, Math.max(0, percent));
}

/** The length a percent takes along an axis of the given full length (0% -> 0, 100% -> length). */
export function percentLength(percent: number, length: number): number {
  return (clampPercent(percent) / 100) * length;
}

/**
 * The angle of axis `index` of `count` on a radar chart, in degrees: the first axis points straight
 * up (-90deg, as SVG's y grows downwards) and the rest follow clockwise at equal steps.
 */
export function radarAngle(index: number, count: number): number {
  return -90 + (360 * index) / count;
}

/** Where percent p sits on axis `index` of `count` around `centre`, 100% being `radius` away. */
export function radarPoint(percent: number, index: number, count: number, radius: number, centre: Point): Point {
  const angle = (radarAngle(index, count) * Math.PI) / 180;
  const r = percentLength(percent, radius);
  return { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) };
}

/** A band's stretch of the 0-100 scale: from the previous cut-off (or 0) to its own (or 100). */
export interface Zone {
  band: Band;
  index: number;
  from: number;
  to: number;
}

/** The band zones in order, lowest first, meeting at the questionnaire's cut-offs. */
export function bandZones(bands: readonly Band[]): Zone[] {
  let from = 0;
  return bands.map((band, index) => {
    const to = band.below === undefined ? 100 : clampPercent(band.below);
    const zone = { band, index, from, to: Math.max(from, to) };
    from = zone.to;
    return zone;
  });
}

/** The cut-offs that separate band zones (0 and 100 excluded). */
export function cutOffs(bands: readonly Band[]): number[] {
  return bandZones(bands)
    .slice(0, -1)
    .map((z) => z.to)
    .filter((p) => p > 0 && p < 100);
}
